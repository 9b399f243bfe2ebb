import { StripeApiError } from './core/errors.ts';

/**
 * What a promise rejects with; an Error saying so when it resolves instead. Tests assert on the
 * Stripe error an SDK call fails with.
 *
 * @example
 * expect(await failure(stripe.customers.retrieve('cus_missing'))).toMatchObject({ statusCode: 404 });
 */
export const failure = (p: Promise<unknown>): Promise<unknown> =>
  p.then(
    () => new Error('expected the call to fail'),
    (e: unknown) => e,
  );

/**
 * The StripeApiError a synchronous call throws, for asserting its status and Stripe body; any
 * other error is rethrown, and a call that throws nothing fails the test.
 */
export function apiErrorOf(fn: () => unknown): StripeApiError {
  try {
    fn();
  } catch (err) {
    if (err instanceof StripeApiError) return err;
    throw err;
  }
  throw new Error('expected a StripeApiError');
}
