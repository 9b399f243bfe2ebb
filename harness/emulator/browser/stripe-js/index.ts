import { stripeJsVersion } from '../config.ts';
import { createStripe } from './stripe-factory.ts';
import { stripeVersion } from './version.ts';

/**
 * The emulated Stripe.js, served at `{emulator}/v3` and `/<train>/stripe.js`: defines
 * `window.Stripe` as js.stripe.com does. Callable with or without `new`.
 *
 * @example
 * const stripe = Stripe('pk_test_shop');
 * const elements = stripe.elements({ clientSecret });
 */
function Stripe(publishableKey: unknown, options?: unknown) {
  return createStripe(publishableKey, options);
}
Stripe.version = stripeVersion(stripeJsVersion);

(window as unknown as { Stripe: typeof Stripe }).Stripe = Stripe;
