import type { Response } from 'express';
import type Stripe from 'stripe';
import { PERSISTENT_TOKEN_COOKIE, persistentTokenCookie } from './cookies.ts';
import type { Faults } from './faults.ts';

/** Persistent tokens are opaque strings from Stripe; anything longer than this is not one. */
const MAX_TOKEN_LENGTH = 5000;

/**
 * The Link persistent token of a SetupIntent retrieved with `expand: ['payment_method']`, after a
 * confirm attempt: `payment_method.link.persistent_token`. Undefined when the payment method is not
 * Link, when there is none, or when the API returns no token (real Stripe today marks the field
 * legacy and leaves it empty).
 *
 * @example
 * const si = await stripe.setupIntents.retrieve(id, { expand: ['payment_method'] });
 * persistentTokenOf(si) // 'a5b0…' or undefined
 */
export function persistentTokenOf(setupIntent: Stripe.SetupIntent): string | undefined {
  const pm = setupIntent.payment_method;
  if (!pm || typeof pm === 'string') return undefined;
  const token = pm.link?.persistent_token;
  return typeof token === 'string' && token !== '' && token.length <= MAX_TOKEN_LENGTH ? token : undefined;
}

/** The token a browser sent back in its cookie, if it looks like one. */
export function usableToken(value: string | undefined): string | undefined {
  return value && value.length <= MAX_TOKEN_LENGTH ? value : undefined;
}

/**
 * Keeps the shopper's Link session on this browser (COOKIE-01): sets the
 * `stripe.link.persistent_token` cookie with the attributes of persistentTokenCookie.
 *
 * @example
 * rememberLinkShopper(res, token, { https: req.secure }, faults);
 */
export function rememberLinkShopper(res: Response, token: string, { https }: { https: boolean }, faults: Faults): void {
  if (faults.has('no-cookie')) return;
  res.cookie(PERSISTENT_TOKEN_COOKIE, token, persistentTokenCookie({ https }, faults));
}
