import type Stripe from 'stripe';
import type { Account } from './account.ts';
import { newId, nowSeconds, randomToken } from '../core/ids.ts';

/** Why a charge failed, as the card network answered. */
export interface ChargeFailure {
  code: string;
  decline_code?: string;
  advice_code?: string;
  message: string;
}

function paymentMethodDetails(pm: Stripe.PaymentMethod, threeDSecure: boolean, amountAuthorized: number | null): Stripe.Charge.PaymentMethodDetails {
  if (pm.type === 'card' && pm.card) {
    const card = pm.card;
    return {
      type: 'card',
      card: {
        amount_authorized: amountAuthorized,
        authorization_code: null,
        brand: card.brand,
        checks: card.checks,
        country: card.country,
        electronic_commerce_indicator: threeDSecure ? '05' : null,
        exp_month: card.exp_month,
        exp_year: card.exp_year,
        fingerprint: card.fingerprint ?? null,
        funding: card.funding,
        installments: null,
        last4: card.last4,
        mandate: null,
        network: card.brand,
        network_token: { used: false },
        network_transaction_id: randomToken(15),
        regulated_status: 'unregulated',
        three_d_secure: threeDSecure
          ? ({
              authentication_flow: 'challenge',
              result: 'authenticated',
              result_reason: null,
              version: '2.2.0',
            } as Stripe.Charge.PaymentMethodDetails.Card.ThreeDSecure)
          : null,
        transaction_link_id: null,
        wallet: card.wallet ? ({ type: card.wallet.type } as Stripe.Charge.PaymentMethodDetails.Card.Wallet) : null,
      },
    } as Stripe.Charge.PaymentMethodDetails;
  }
  if (pm.type === 'link') return { type: 'link', link: { country: 'US' } } as Stripe.Charge.PaymentMethodDetails;
  return { type: pm.type } as Stripe.Charge.PaymentMethodDetails;
}

function outcome(failure: ChargeFailure | undefined): Stripe.Charge.Outcome {
  if (!failure)
    return {
      advice_code: null,
      network_advice_code: null,
      network_decline_code: null,
      network_status: 'approved_by_network',
      reason: null,
      risk_level: 'normal',
      risk_score: 32,
      seller_message: 'Payment complete.',
      type: 'authorized',
    };
  return {
    advice_code: (failure.advice_code ?? null) as Stripe.Charge.Outcome.AdviceCode | null,
    network_advice_code: null,
    network_decline_code: null,
    network_status: 'declined_by_network',
    reason: failure.decline_code ?? failure.code,
    risk_level: 'normal',
    risk_score: 32,
    seller_message: 'The bank did not return any further details with this decline.',
    type: 'issuer_declined',
  };
}

/**
 * Records the charge a PaymentIntent's confirmation made, paid or failed, in `account.charges`.
 * Stripe keeps a failed charge too (its id is the error's `charge` and the intent's `latest_charge`).
 * With `capture: false` (a `capture_method: manual` intent) the charge is authorized only:
 * paid, `captured: false`, nothing captured and no balance transaction yet.
 *
 * @example
 * const charge = recordCharge(account, pi, pm, { threeDSecure: false });
 * pi.latest_charge = charge.id;
 */
export function recordCharge(
  account: Account,
  pi: Stripe.PaymentIntent,
  pm: Stripe.PaymentMethod,
  opts: { failure?: ChargeFailure; threeDSecure: boolean; capture?: boolean },
): Stripe.Charge {
  const { failure } = opts;
  const paid = failure === undefined;
  const captured = paid && opts.capture !== false;
  const charge: Stripe.Charge = {
    id: newId('ch'),
    object: 'charge',
    amount: pi.amount,
    amount_captured: captured ? pi.amount : 0,
    amount_refunded: 0,
    application: null,
    application_fee: null,
    application_fee_amount: null,
    balance_transaction: captured ? newId('txn') : null,
    billing_details: structuredClone(pm.billing_details) as Stripe.Charge.BillingDetails,
    calculated_statement_descriptor: 'LINK-HARNESS',
    captured,
    created: nowSeconds(),
    currency: pi.currency,
    customer: typeof pi.customer === 'string' ? pi.customer : (pi.customer?.id ?? null),
    description: pi.description,
    disputed: false,
    failure_balance_transaction: null,
    failure_code: failure?.code ?? null,
    failure_message: failure?.message ?? null,
    fraud_details: {},
    livemode: false,
    metadata: { ...pi.metadata },
    on_behalf_of: null,
    outcome: outcome(failure),
    paid,
    payment_intent: pi.id,
    payment_method: pm.id,
    payment_method_details: paymentMethodDetails(pm, opts.threeDSecure, paid ? pi.amount : null),
    receipt_email: pi.receipt_email,
    receipt_number: null,
    receipt_url: paid ? `https://pay.stripe.com/receipts/payment/${randomToken(40)}` : null,
    refunded: false,
    review: null,
    shipping: null,
    source: null,
    source_transfer: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status: paid ? 'succeeded' : 'failed',
    transfer_data: null,
    transfer_group: null,
  };
  account.charges.set(charge.id, charge);
  account.events.record(paid ? 'charge.succeeded' : 'charge.failed', charge);
  return charge;
}
