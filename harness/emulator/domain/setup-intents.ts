import type Stripe from 'stripe';
import type { Account } from './account.ts';
import { applyMetadata } from './metadata.ts';
import { abandonChallenges } from './three-d-secure.ts';
import { abandonSetupAttempt } from './setup-attempts.ts';
import { assertStatus, customerId, paymentMethodOptions, takePaymentMethod, updatedCustomerAndTypes, type PaymentMethodOptionsInput } from './intents.ts';
import { automaticPaymentMethodTypes, paymentMethodTypesOf, setPaymentMethodTypes, type PaymentMethodTypesInput } from './payment-method-types.ts';
import { resourceMissing } from '../core/errors.ts';
import { newClientSecret, newId, nowSeconds } from '../core/ids.ts';

/** SetupIntent create parameters, once the payment method is resolved. */
export interface SetupIntentInput extends PaymentMethodTypesInput {
  customer?: string;
  description?: string;
  metadata?: Record<string, string> | '';
  usage?: 'off_session' | 'on_session';
  payment_method_options?: PaymentMethodOptionsInput;
}

/** SetupIntent update parameters, once the payment method is resolved. */
export type SetupIntentUpdate = Omit<SetupIntentInput, 'usage' | 'customer'> & { customer?: string | '' };

/** Statuses in which a SetupIntent can still be changed, confirmed or canceled. */
export const openSetupStatuses = ['requires_payment_method', 'requires_confirmation', 'requires_action'] as const;

/** The SetupIntent with this id, or Stripe's 404. */
export function findSetupIntent(account: Account, id: string, param = 'intent'): Stripe.SetupIntent {
  const si = account.setupIntents.get(id);
  if (!si) throw resourceMissing('setupintent', id, param);
  return si;
}

/**
 * Creates a SetupIntent: `requires_payment_method`, or `requires_confirmation` when a payment
 * method comes with it. `usage` defaults to `off_session`; without `payment_method_types` it uses
 * automatic payment methods (card, and Link when the account has it on).
 *
 * @example
 * const si = createSetupIntent(account, { customer: 'cus_…', payment_method_types: ['link', 'card'] });
 */
export function createSetupIntent(account: Account, p: SetupIntentInput, pm?: Stripe.PaymentMethod): Stripe.SetupIntent {
  const typed = paymentMethodTypesOf(p, automaticPaymentMethodTypes(account.paymentMethodSettings));
  const types = typed.types;
  const id = newId('seti');
  const si: Stripe.SetupIntent = {
    id,
    object: 'setup_intent',
    allowed_payment_method_types: typed.allowed,
    application: null,
    automatic_payment_methods: typed.automatic,
    cancellation_reason: null,
    client_secret: newClientSecret(id),
    created: nowSeconds(),
    customer: p.customer !== undefined ? customerId(account, p.customer) : null,
    description: p.description ?? null,
    excluded_payment_method_types: typed.excluded,
    flow_directions: null,
    last_setup_error: null,
    latest_attempt: null,
    livemode: false,
    mandate: null,
    metadata: applyMetadata({}, p.metadata),
    next_action: null,
    on_behalf_of: null,
    payment_method: null,
    payment_method_configuration_details: null,
    payment_method_options: paymentMethodOptions('setup_intent', types, null, p.payment_method_options) as Stripe.SetupIntent.PaymentMethodOptions,
    payment_method_types: types,
    single_use_mandate: null,
    status: 'requires_payment_method',
    usage: p.usage ?? 'off_session',
  };
  takePaymentMethod('setup_intent', si, pm);
  account.setupIntents.set(si.id, si);
  account.events.record('setup_intent.created', si);
  return si;
}

/**
 * Updates an open SetupIntent. A new payment method puts it back to `requires_confirmation`
 * (dropping any pending challenge); Link's `persistent_token` is stored and echoed.
 */
export function updateSetupIntent(account: Account, si: Stripe.SetupIntent, p: SetupIntentUpdate, pm?: Stripe.PaymentMethod): Stripe.SetupIntent {
  assertStatus('setup_intent', si, 'update', openSetupStatuses);
  const { customer, typed } = updatedCustomerAndTypes(account, 'setup_intent', si, p, pm);
  si.customer = customer;
  setPaymentMethodTypes(si, typed);
  if (p.description !== undefined) si.description = p.description || null;
  si.metadata = applyMetadata(si.metadata ?? {}, p.metadata);
  si.payment_method_options = paymentMethodOptions(
    'setup_intent',
    si.payment_method_types,
    si.payment_method_options,
    p.payment_method_options,
  ) as Stripe.SetupIntent.PaymentMethodOptions;
  if (pm) {
    abandonChallenges(account, si.id);
    abandonSetupAttempt(account, si);
    si.payment_method = pm.id;
    si.next_action = null;
    si.status = 'requires_confirmation';
  }
  return si;
}

/** Cancels an open SetupIntent. */
export function cancelSetupIntent(account: Account, si: Stripe.SetupIntent, reason?: Stripe.SetupIntent.CancellationReason): Stripe.SetupIntent {
  assertStatus('setup_intent', si, 'cancel', openSetupStatuses);
  abandonChallenges(account, si.id);
  abandonSetupAttempt(account, si);
  si.status = 'canceled';
  si.cancellation_reason = reason ?? null;
  si.next_action = null;
  account.events.record('setup_intent.canceled', si);
  return si;
}
