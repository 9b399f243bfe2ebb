// Charging a saved payment method later (the guide's "Charge the saved payment method later"):
// the scenarios ask the shop to charge through its adapter's `chargeLater` step (the charge-later
// hook by default), then judge from Stripe's side what its server sent and what Stripe answered.
import { expect, type APIRequestContext } from '@playwright/test';
import type Stripe from 'stripe';
import type { Inspector } from '../../fixtures/index.ts';
import type { RequirementId } from '../../harness/requirements/requirements.ts';
import type { CheckoutAdapter, LaterCharge, LaterChargeAttempt } from '../../harness/target/index.ts';

/**
 * Asks the shop to make a later charge (`checkout.chargeLater`), and finds the PaymentIntent its
 * server created for it: the Customer's newest one that was not there before. Fails, naming the
 * requirement, when the step cannot run or the shop created no PaymentIntent.
 *
 * @example
 * const attempt = await chargeLater(request, checkout, inspector, { customer, amount: 1099, currency: 'usd' }, 'OFF-01');
 * attempt.paymentIntent?.status // 'succeeded'
 */
export async function chargeLater(
  request: APIRequestContext,
  checkout: CheckoutAdapter,
  inspector: Inspector,
  charge: LaterCharge,
  requirement: RequirementId,
): Promise<LaterChargeAttempt> {
  const before = new Set((await inspector.paymentIntentsCreated({ customer: charge.customer })).map((pi) => pi.id));
  let answer: LaterChargeAttempt['answer'];
  try {
    answer = await checkout.chargeLater(request, charge);
  } catch (err) {
    throw new Error(`${requirement}: the shop's charge-later step failed: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  let created: Stripe.PaymentIntent | undefined;
  await expect
    .poll(async () => (created = (await inspector.paymentIntentsCreated({ customer: charge.customer })).filter((pi) => !before.has(pi.id)).at(-1)), {
      message: `${requirement}: asked to charge ${charge.customer} ${charge.amount} ${charge.currency} later, the shop's server created no PaymentIntent for that Customer; its charge step answered ${answer.text}`,
    })
    .toBeDefined();
  return { charge, answer, paymentIntent: created! };
}

/** "Never a server error": the shop's charge step must not answer 5xx, whatever Stripe said. */
export function expectNoServerError(attempt: LaterChargeAttempt, requirement: RequirementId, what: string): void {
  expect(
    attempt.answer.status,
    `${requirement}: ${what} must be handled, never a server error; the shop's charge step answered ${attempt.answer.text}`,
  ).toBeLessThan(500);
}

/** A PaymentIntent for messages: `pi_1 (requires_payment_method, last error authentication_required)`. */
export function describePaymentIntent(pi: Stripe.PaymentIntent | null): string {
  if (!pi) return 'none';
  const error = pi.last_payment_error;
  return `${pi.id} (${pi.status}${error ? `, last error ${[error.code, error.decline_code].filter(Boolean).join(' / ')}` : ''})`;
}
