import type Stripe from 'stripe';
import type { Account } from './account.ts';
import { confirmOutcome } from './confirm-outcome.ts';
import {
  assertStatus,
  intentPaymentMethod,
  paymentMethodToConfirm,
  paymentMethodOptions,
  requestedThreeDSecure,
  snapshot,
  type PaymentMethodOptionsInput,
} from './intents.ts';
import { authenticationFailureRecord, cardErrorRecord, declineDetails } from './intent-errors.ts';
import { attachPaymentMethod } from './payment-methods.ts';
import { openSetupStatuses } from './setup-intents.ts';
import { abandonChallenges, startChallenge } from './three-d-secure.ts';
import { cardError } from '../core/errors.ts';
import { settleSetupAttempt, startSetupAttempt } from './setup-attempts.ts';

/** What a confirmation brings, once its payment method is resolved. */
export interface ConfirmSetupInput {
  paymentMethod?: Stripe.PaymentMethod;
  paymentMethodOptions?: PaymentMethodOptionsInput;
  returnUrl?: string;
  /** Stripe.js confirms with `use_stripe_sdk=true` and frames challenges itself. */
  useStripeSdk?: boolean;
  /** The emulator's base URL, for the challenge page. */
  baseUrl: string;
}

/**
 * Confirms a SetupIntent with its payment method, deciding by the test card behind it:
 * `succeeded` (payment method attached to the intent's customer and set up for off-session use),
 * `requires_action` with a 3D Secure challenge, or a 402 `card_error` that leaves it
 * `requires_payment_method` with `last_setup_error`.
 *
 * @example
 * confirmSetupIntent(account, si, { paymentMethod: resolvePaymentMethod(account, 'pm_card_visa'), baseUrl });
 */
export function confirmSetupIntent(account: Account, si: Stripe.SetupIntent, input: ConfirmSetupInput): Stripe.SetupIntent {
  assertStatus('setup_intent', si, 'confirm', openSetupStatuses);
  const pm = paymentMethodToConfirm(account, 'setup_intent', si, input.paymentMethod);
  if (input.paymentMethodOptions)
    si.payment_method_options = paymentMethodOptions(
      'setup_intent',
      si.payment_method_types,
      si.payment_method_options,
      input.paymentMethodOptions,
    ) as Stripe.SetupIntent.PaymentMethodOptions;
  abandonChallenges(account, si.id);
  si.payment_method = pm.id;
  si.last_setup_error = null;
  si.next_action = null;
  startSetupAttempt(account, si, pm);
  const outcome = confirmOutcome(account, pm, 'setup', requestedThreeDSecure(si));
  switch (outcome.kind) {
    case 'succeeds':
      return succeedSetup(account, si, pm);
    case 'authenticate':
      si.status = 'requires_action';
      si.next_action = startChallenge(account, si.id, {
        baseUrl: input.baseUrl,
        returnUrl: input.returnUrl ?? null,
        useStripeSdk: input.useStripeSdk === true,
      });
      settleSetupAttempt(account, si, 'requires_action');
      account.events.record('setup_intent.requires_action', si);
      return si;
    default: {
      const details = declineDetails(outcome);
      si.status = 'requires_payment_method';
      si.payment_method = null;
      si.last_setup_error = cardErrorRecord(details, pm);
      settleSetupAttempt(account, si, 'failed', { setupError: si.last_setup_error });
      account.events.record('setup_intent.setup_failed', si);
      throw cardError({ ...details, setup_intent: snapshot(si), payment_method: structuredClone(pm) });
    }
  }
}

/**
 * Finishes a SetupIntent: the payment method is attached to the intent's customer and, for
 * `usage: off_session`, counts as set up for later off-session charges.
 */
export function succeedSetup(account: Account, si: Stripe.SetupIntent, pm: Stripe.PaymentMethod, threeDSecure = false): Stripe.SetupIntent {
  const customer = typeof si.customer === 'string' ? si.customer : (si.customer?.id ?? null);
  if (customer && pm.customer !== customer) attachPaymentMethod(account, pm.id, customer);
  if (si.usage === 'off_session') account.setUpForOffSession.add(pm.id);
  si.status = 'succeeded';
  si.next_action = null;
  si.last_setup_error = null;
  settleSetupAttempt(account, si, 'succeeded', threeDSecure ? { threeDSecure: 'authenticated' } : {});
  account.events.record('setup_intent.succeeded', si);
  return si;
}

/**
 * The shopper answered the SetupIntent's challenge: `authorize` finishes the setup; `fail` sends
 * it back to `requires_payment_method` with `setup_intent_authentication_failure`.
 */
export function finishSetupChallenge(account: Account, si: Stripe.SetupIntent, outcome: 'authorize' | 'fail'): Stripe.SetupIntent {
  const pm = intentPaymentMethod(account, si);
  if (outcome === 'authorize' && pm) return succeedSetup(account, si, pm, true);
  si.status = 'requires_payment_method';
  si.payment_method = null;
  si.next_action = null;
  si.last_setup_error = authenticationFailureRecord('setup_intent', pm);
  settleSetupAttempt(account, si, 'failed', { setupError: si.last_setup_error, threeDSecure: 'failed' });
  account.events.record('setup_intent.setup_failed', si);
  return si;
}
