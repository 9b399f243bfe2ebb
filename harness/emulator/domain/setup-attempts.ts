import type Stripe from 'stripe';
import type { Account } from './account.ts';
import { newId, nowSeconds } from '../core/ids.ts';

/** How a SetupAttempt ends: Stripe's statuses for an attempt that has been confirmed. */
export type SetupAttemptStatus = 'requires_action' | 'succeeded' | 'failed' | 'abandoned';

/** What the attempt records of the payment method, as Stripe's `payment_method_details` do. */
function paymentMethodDetails(pm: Stripe.PaymentMethod): Stripe.SetupAttempt.PaymentMethodDetails {
  if (pm.type === 'card' && pm.card) {
    const { brand, checks, country, exp_month, exp_year, fingerprint, funding, last4 } = pm.card;
    return {
      type: 'card',
      card: {
        brand,
        checks,
        country,
        exp_month,
        exp_year,
        fingerprint: fingerprint ?? null,
        funding,
        last4,
        network: brand,
        three_d_secure: null,
        wallet: null,
      },
    } as Stripe.SetupAttempt.PaymentMethodDetails;
  }
  return { type: pm.type, [pm.type]: {} } as Stripe.SetupAttempt.PaymentMethodDetails;
}

/**
 * Records one confirmation of a SetupIntent as a SetupAttempt (`setatt_…`) and makes it the
 * intent's `latest_attempt`; its status follows the confirmation (see `settleSetupAttempt`).
 *
 * @example
 * const attempt = startSetupAttempt(account, si, pm);
 */
export function startSetupAttempt(account: Account, si: Stripe.SetupIntent, pm: Stripe.PaymentMethod): Stripe.SetupAttempt {
  abandonSetupAttempt(account, si);
  const attempt: Stripe.SetupAttempt = {
    id: newId('setatt'),
    object: 'setup_attempt',
    application: null,
    attach_to_self: si.attach_to_self ?? false,
    created: nowSeconds(),
    customer: typeof si.customer === 'string' ? si.customer : (si.customer?.id ?? null),
    customer_account: null,
    flow_directions: si.flow_directions ?? null,
    livemode: false,
    on_behalf_of: si.on_behalf_of ?? null,
    payment_method: pm.id,
    payment_method_details: paymentMethodDetails(pm),
    setup_error: null,
    setup_intent: si.id,
    status: 'requires_confirmation',
    usage: si.usage,
  };
  account.setupAttempts.set(attempt.id, attempt);
  si.latest_attempt = attempt.id;
  return attempt;
}

const latestAttempt = (account: Account, si: Stripe.SetupIntent) => {
  const id = typeof si.latest_attempt === 'string' ? si.latest_attempt : si.latest_attempt?.id;
  return id ? account.setupAttempts.get(id) : undefined;
};

/**
 * Sets how the SetupIntent's latest attempt ended: `succeeded`, `failed` with its `setup_error`,
 * or `requires_action` while a challenge is open. `threeDSecure` records an answered challenge
 * in the card details.
 */
export function settleSetupAttempt(
  account: Account,
  si: Stripe.SetupIntent,
  status: SetupAttemptStatus,
  opts: { setupError?: Stripe.SetupIntent.LastSetupError; threeDSecure?: 'authenticated' | 'failed' } = {},
): void {
  const attempt = latestAttempt(account, si);
  if (!attempt) return;
  attempt.status = status;
  attempt.setup_error = (opts.setupError ? structuredClone(opts.setupError) : null) as Stripe.SetupAttempt.SetupError | null;
  const card = attempt.payment_method_details.card;
  if (card && opts.threeDSecure)
    card.three_d_secure = {
      authentication_flow: 'challenge',
      result: opts.threeDSecure,
      result_reason: null,
      version: '2.2.0',
    } as Stripe.SetupAttempt.PaymentMethodDetails.Card.ThreeDSecure;
}

/** The intent's attempt that was waiting for a challenge is abandoned: confirmed again, changed or canceled. */
export function abandonSetupAttempt(account: Account, si: Stripe.SetupIntent): void {
  const attempt = latestAttempt(account, si);
  if (attempt?.status === 'requires_action') attempt.status = 'abandoned';
}
