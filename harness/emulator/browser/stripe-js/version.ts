/**
 * What `Stripe.version` reports: `3` (a number, as @stripe/stripe-js expects of `/v3`) or the
 * release train the script was loaded for (`endive` for `/endive/stripe.js`).
 */
export function stripeVersion(served: string): number | string {
  return served === '3' || served === '' ? 3 : served;
}
