/**
 * The Link Authentication Element's frame page (`/elements/link-authentication.html`, title
 * "Secure email input frame"): the email field, and inline Link login for a known email.
 */
import { bootFrame } from '../shared/frame.ts';
import { LinkAuthenticationFrame } from './link-authentication-frame.ts';
import { linkAuthenticationStyles } from './styles.ts';

bootFrame(linkAuthenticationStyles, (ctx) => new LinkAuthenticationFrame(ctx));
