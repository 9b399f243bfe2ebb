/**
 * Stripe.js throws an `IntegrationError` (not `{error}`) when the merchant's code calls it wrongly:
 * a bad key, a missing argument, an element mounted twice. Errors the shopper can cause resolve
 * `{error}` instead.
 */
export class IntegrationError extends Error {
  override name = 'IntegrationError';
  constructor(message: string) {
    super(message);
    // Keeps `instanceof` working when the bundle is transpiled for older targets.
    Object.setPrototypeOf(this, IntegrationError.prototype);
  }
}

/** An IntegrationError naming the call, as Stripe.js words its argument checks (for `throw`). */
export function integrationError(call: string, problem: string): IntegrationError {
  return new IntegrationError(`${call}: ${problem}`);
}
