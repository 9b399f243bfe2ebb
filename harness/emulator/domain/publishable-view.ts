import type Stripe from 'stripe';

/**
 * What a publishable key may see of an object it expands (`expand[]=payment_method` from
 * Stripe.js): a payment method without its customer or Link persistent token, and nothing else.
 * The persistent token reaches the merchant's server only, which sets it as a first-party cookie.
 */
export function publishableView(object: object | undefined): object | undefined {
  if (!object || (object as { object?: string }).object !== 'payment_method') return undefined;
  const pm = structuredClone(object) as Stripe.PaymentMethod;
  pm.customer = null;
  if (pm.link) delete pm.link.persistent_token;
  return pm;
}
