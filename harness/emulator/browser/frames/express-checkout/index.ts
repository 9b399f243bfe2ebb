/**
 * The Express Checkout Element's frame page (`/elements/express-checkout.html`): a Link button
 * (Apple Pay and Google Pay are not available in an emulated browser) and Link's login and
 * wallet behind it.
 */
import { paymentStyles } from '../payment/styles.ts';
import { bootFrame } from '../shared/frame.ts';
import { ExpressCheckoutFrame } from './express-checkout-frame.ts';
import { expressCheckoutStyles } from './styles.ts';

bootFrame(paymentStyles + expressCheckoutStyles, (ctx) => new ExpressCheckoutFrame(ctx));
