import type Stripe from 'stripe';
import type { Account } from './account.ts';
import { recordCharge } from './charges.ts';
import { chargeOutcome, confirmOutcome } from './confirm-outcome.ts';
import {
  assertStatus,
  intentPaymentMethod,
  paymentMethodToConfirm,
  paymentMethodOptions,
  requestedThreeDSecure,
  snapshot,
  type PaymentMethodOptionsInput,
} from './intents.ts';
import { authenticationFailureRecord, cardErrorRecord, declineDetails, type DeclineDetails } from './intent-errors.ts';
import { openPaymentStatuses } from './payment-intents.ts';
import { attachPaymentMethod } from './payment-methods.ts';
import type { CardOutcome } from './test-cards.ts';
import { abandonChallenges, startChallenge } from './three-d-secure.ts';
import { cardError } from '../core/errors.ts';

/** What a confirmation brings, once its payment method is resolved. */
export interface ConfirmPaymentInput {
  paymentMethod?: Stripe.PaymentMethod;
  paymentMethodOptions?: PaymentMethodOptionsInput;
  /** The shopper is not present: no challenge can be shown. */
  offSession?: boolean;
  /** Fail instead of asking for a challenge. */
  errorOnRequiresAction?: boolean;
  setupFutureUsage?: 'off_session' | 'on_session' | '';
  receiptEmail?: string;
  returnUrl?: string;
  useStripeSdk?: boolean;
  /** The emulator's base URL, for the challenge page. */
  baseUrl: string;
}

/**
 * Confirms a PaymentIntent, deciding by the test card behind its payment method: `succeeded`
 * with a paid charge; `requires_action` with a 3D Secure challenge (on-session only); or a 402
 * `card_error` (a decline, or `authentication_required` off-session) carrying the intent, now
 * `requires_payment_method` with `last_payment_error` and no payment method, the payment method
 * and the failed charge.
 *
 * @example
 * confirmPaymentIntent(account, pi, { paymentMethod: pm, offSession: true, baseUrl });
 */
export function confirmPaymentIntent(account: Account, pi: Stripe.PaymentIntent, input: ConfirmPaymentInput): Stripe.PaymentIntent {
  assertStatus('payment_intent', pi, 'confirm', openPaymentStatuses);
  const pm = paymentMethodToConfirm(account, 'payment_intent', pi, input.paymentMethod);
  if (input.setupFutureUsage !== undefined) pi.setup_future_usage = input.setupFutureUsage || null;
  if (input.receiptEmail !== undefined) pi.receipt_email = input.receiptEmail || null;
  if (input.paymentMethodOptions)
    pi.payment_method_options = paymentMethodOptions(
      'payment_intent',
      pi.payment_method_types,
      pi.payment_method_options,
      input.paymentMethodOptions,
    ) as Stripe.PaymentIntent.PaymentMethodOptions;
  abandonChallenges(account, pi.id);
  pi.payment_method = pm.id;
  pi.last_payment_error = null;
  pi.next_action = null;
  const offSession = input.offSession === true;
  let outcome: CardOutcome = confirmOutcome(account, pm, offSession ? 'off_session_payment' : 'on_session_payment', requestedThreeDSecure(pi));
  if (outcome.kind === 'authenticate') {
    if (!input.errorOnRequiresAction) {
      pi.status = 'requires_action';
      pi.next_action = startChallenge(account, pi.id, {
        baseUrl: input.baseUrl,
        returnUrl: input.returnUrl ?? null,
        useStripeSdk: input.useStripeSdk === true,
      });
      account.events.record('payment_intent.requires_action', pi);
      return pi;
    }
    outcome = { kind: 'authentication_required' };
  }
  if (!offSession && outcome.kind === 'succeeds') outcome = chargeOutcome(account, pm);
  if (outcome.kind === 'succeeds') return succeedPayment(account, pi, pm, false);
  const details = declineDetails(outcome as Extract<CardOutcome, { kind: 'decline' | 'authentication_required' }>);
  const charge = failPayment(account, pi, pm, details, false);
  throw cardError({ ...details, charge: charge.id, payment_intent: snapshot(pi), payment_method: structuredClone(pm) });
}

/**
 * Records a paid charge and finishes the PaymentIntent: `succeeded`, or `requires_capture` with
 * the whole amount capturable when its `capture_method` is `manual`. With `setup_future_usage`
 * the payment method is attached to the intent's customer, and `off_session` also sets it up for
 * later charges.
 */
function succeedPayment(account: Account, pi: Stripe.PaymentIntent, pm: Stripe.PaymentMethod, threeDSecure: boolean): Stripe.PaymentIntent {
  const manual = pi.capture_method === 'manual';
  const charge = recordCharge(account, pi, pm, { threeDSecure, capture: !manual });
  pi.latest_charge = charge.id;
  pi.amount_received = manual ? 0 : pi.amount;
  pi.amount_capturable = manual ? pi.amount : 0;
  pi.status = manual ? 'requires_capture' : 'succeeded';
  pi.next_action = null;
  pi.last_payment_error = null;
  if (pi.setup_future_usage) {
    const customer = typeof pi.customer === 'string' ? pi.customer : (pi.customer?.id ?? null);
    if (customer && pm.customer !== customer) attachPaymentMethod(account, pm.id, customer);
    if (pi.setup_future_usage === 'off_session') account.setUpForOffSession.add(pm.id);
  }
  account.events.record(manual ? 'payment_intent.amount_capturable_updated' : 'payment_intent.succeeded', pi);
  return pi;
}

/** Records a failed charge; the intent goes back to `requires_payment_method` with `last_payment_error`. */
function failPayment(account: Account, pi: Stripe.PaymentIntent, pm: Stripe.PaymentMethod, details: DeclineDetails, threeDSecure: boolean): Stripe.Charge {
  const charge = recordCharge(account, pi, pm, { failure: details, threeDSecure });
  pi.latest_charge = charge.id;
  pi.status = 'requires_payment_method';
  pi.payment_method = null;
  pi.next_action = null;
  pi.last_payment_error = cardErrorRecord(details, pm, charge.id);
  account.events.record('payment_intent.payment_failed', pi);
  return charge;
}

/**
 * The shopper answered the PaymentIntent's challenge: `authorize` charges the card (which may
 * still decline, recorded in `last_payment_error`); `fail` sends it back to
 * `requires_payment_method` with `payment_intent_authentication_failure`.
 */
export function finishPaymentChallenge(account: Account, pi: Stripe.PaymentIntent, outcome: 'authorize' | 'fail'): Stripe.PaymentIntent {
  const pm = intentPaymentMethod(account, pi);
  if (outcome === 'authorize' && pm) {
    const charged = chargeOutcome(account, pm);
    if (charged.kind === 'succeeds') return succeedPayment(account, pi, pm, true);
    failPayment(account, pi, pm, declineDetails(charged as Extract<CardOutcome, { kind: 'decline' }>), true);
    return pi;
  }
  pi.status = 'requires_payment_method';
  pi.payment_method = null;
  pi.next_action = null;
  pi.last_payment_error = authenticationFailureRecord('payment_intent', pm);
  account.events.record('payment_intent.payment_failed', pi);
  return pi;
}
