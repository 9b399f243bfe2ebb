// The charge-later hook (CHARGE_URL, README "The charge-later hook"): how the scenarios ask the
// checkout under test to charge a saved payment method off-session, as a job runner would.
import { expect, type APIRequestContext } from '@playwright/test';
import type { RequirementId } from '../../fixtures/requirements.ts';
import type { Inspector } from '../../harness/inspect/index.ts';
import type { Target } from '../../harness/target/index.ts';

/** A later charge, as the hook takes it. */
export interface LaterChargeRequest {
  customer: string;
  amount: number;
  currency: string;
  payment_method?: string;
}

/** The hook's answer: its status, its JSON body (when it sent JSON) and its text for failure messages. */
export interface LaterChargeAnswer {
  status: number;
  body: { outcome?: string; code?: string; decline_code?: string; authenticate_url?: string; [field: string]: unknown } | undefined;
  text: string;
}

/**
 * Calls the target's charge-later hook. Fails, naming the requirement, when the target has none.
 *
 * @example
 * const answer = await chargeLater(request, target, { customer, amount: 1099, currency: 'usd' }, 'OFF-01');
 * answer.body?.outcome // 'succeeded'
 */
export async function chargeLater(request: APIRequestContext, target: Target, charge: LaterChargeRequest, requirement: RequirementId): Promise<LaterChargeAnswer> {
  expect(
    target.chargeUrl,
    `${requirement}: ${target.checkout.url} has no charge-later hook to call: set CHARGE_URL (or chargeUrl in link-harness.config.ts) to the endpoint that charges a saved payment method (README, "The charge-later hook")`,
  ).toBeDefined();
  const response = await request.post(target.chargeUrl!, { data: charge, failOnStatusCode: false });
  const text = await response.text();
  let body: LaterChargeAnswer['body'];
  try {
    body = JSON.parse(text) as LaterChargeAnswer['body'];
  } catch {
    body = undefined;
  }
  return { status: response.status(), body, text: `${response.status()} ${text.slice(0, 400)}` };
}

/**
 * The Customer the checkout created for a shopper (by the email they signed up with). Fails,
 * naming the requirement, when there is none.
 */
export async function customerOf(inspector: Inspector, email: string, requirement: RequirementId): Promise<string> {
  const [customer] = await inspector.customersCreated({ email });
  expect(customer, `${requirement}: the checkout created no Customer for ${email}, so there is no one to charge later`).toBeDefined();
  return customer!.id;
}
