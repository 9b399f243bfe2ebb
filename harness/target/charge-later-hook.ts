import type { APIResponse } from '@playwright/test';
import type { CheckoutAdapter, LaterChargeAnswer } from './glossary.ts';
import { TargetError } from './target-error.ts';

/**
 * The default `chargeLater` step: `POST` the charge as JSON to the charge-later hook, the
 * reference checkout's contract (README, "The charge-later hook"). Without a hook URL the step
 * fails, saying how to give one.
 *
 * @example
 * const chargeLater = chargeLaterHook('http://localhost:4242/charge-later', 'http://localhost:4242');
 * await chargeLater(request, { customer: 'cus_1', amount: 1099, currency: 'usd' }); // { status: 200, body: { outcome: 'succeeded', … }, text: '200 {…}' }
 */
export function chargeLaterHook(chargeUrl: string | undefined, checkoutUrl: string): CheckoutAdapter['chargeLater'] {
  return async (request, charge): Promise<LaterChargeAnswer> => {
    if (!chargeUrl)
      throw new TargetError(
        `link-harness: ${checkoutUrl} has no charge-later hook to call: set CHARGE_URL (or chargeUrl in link-harness.config.ts) to the endpoint that charges a saved payment method, ` +
          'or give checkout.chargeLater in link-harness.config.ts to start the charge your shop\'s way (README, "Testing your own checkout").',
      );
    return laterChargeAnswer(await request.post(chargeUrl, { data: charge, failOnStatusCode: false }));
  };
}

/**
 * A shop's HTTP answer to a later charge, as a `chargeLater` step returns it: its status, its JSON
 * (when it is JSON) and a short text for messages. For adapters whose charge job is an endpoint.
 *
 * @example
 * async chargeLater(request, charge) {
 *   return laterChargeAnswer(await request.post('/jobs/charge', { data: { customer: charge.customer, cents: charge.amount }, failOnStatusCode: false }));
 * }
 */
export async function laterChargeAnswer(response: APIResponse): Promise<LaterChargeAnswer> {
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status(), body, text: `${response.status()} ${text.slice(0, 400)}` };
}
