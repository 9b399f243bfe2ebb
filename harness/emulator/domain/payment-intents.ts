import type Stripe from 'stripe';
import type { Account } from './account.ts';
import { applyMetadata } from './metadata.ts';
import { recordRefund } from './refunds.ts';
import { abandonChallenges } from './three-d-secure.ts';
import { assertStatus, customerId, paymentMethodOptions, takePaymentMethod, updatedCustomerAndTypes, type PaymentMethodOptionsInput } from './intents.ts';
import { automaticPaymentMethodTypes, paymentMethodTypesOf, setPaymentMethodTypes, type PaymentMethodTypesInput } from './payment-method-types.ts';
import { parameterInvalid, resourceMissing } from '../core/errors.ts';
import { newClientSecret, newId, nowSeconds } from '../core/ids.ts';

/** PaymentIntent create parameters, once the payment method is resolved. */
export interface PaymentIntentInput extends PaymentMethodTypesInput {
  amount: number;
  currency: string;
  customer?: string;
  description?: string;
  metadata?: Record<string, string> | '';
  setup_future_usage?: 'off_session' | 'on_session';
  receipt_email?: string;
  payment_method_options?: PaymentMethodOptionsInput;
}

/** PaymentIntent update parameters, once the payment method is resolved. */
export type PaymentIntentUpdate = Partial<Omit<PaymentIntentInput, 'setup_future_usage' | 'receipt_email' | 'customer'>> & {
  customer?: string | '';
  setup_future_usage?: 'off_session' | 'on_session' | '';
  receipt_email?: string | '';
};

/** Statuses in which a PaymentIntent can still be changed, confirmed or canceled. */
export const openPaymentStatuses = ['requires_payment_method', 'requires_confirmation', 'requires_action'] as const;

/** Stripe's smallest chargeable amounts, in the currency's minor unit; other currencies need at least 1. */
const minimumAmount: Record<string, number> = { usd: 50, eur: 50, gbp: 30, cad: 50, aud: 50, chf: 50 };
const MAXIMUM_AMOUNT = 99_999_999;

/** The PaymentIntent with this id, or Stripe's 404. */
export function findPaymentIntent(account: Account, id: string, param = 'intent'): Stripe.PaymentIntent {
  const pi = account.paymentIntents.get(id);
  if (!pi) throw resourceMissing('payment_intent', id, param);
  return pi;
}

function checkAmount(amount: number, currency: string): void {
  const min = minimumAmount[currency] ?? 1;
  if (amount < min)
    throw parameterInvalid(
      'amount',
      `Amount must be at least ${(min / 100).toFixed(2)} ${currency} (amount is in the currency's smallest unit: ${min}).`,
      'amount_too_small',
    );
  if (amount > MAXIMUM_AMOUNT) throw parameterInvalid('amount', `Amount must be no more than ${MAXIMUM_AMOUNT} ${currency}.`, 'amount_too_large');
}

function checkCurrency(currency: string): string {
  const lower = currency.toLowerCase();
  if (!/^[a-z]{3}$/.test(lower))
    throw parameterInvalid(
      'currency',
      `Invalid currency: ${currency}. Stripe currently supports these currencies: usd, eur, gbp, …`,
      'parameter_invalid_string',
    );
  return lower;
}

/**
 * Creates a PaymentIntent: `requires_payment_method`, or `requires_confirmation` with a payment
 * method. Amounts below the currency's minimum are Stripe's 400 `amount_too_small`.
 *
 * @example
 * createPaymentIntent(account, { amount: 1099, currency: 'usd', customer: 'cus_…' }, pm)
 */
export function createPaymentIntent(account: Account, p: PaymentIntentInput, pm?: Stripe.PaymentMethod): Stripe.PaymentIntent {
  const currency = checkCurrency(p.currency);
  checkAmount(p.amount, currency);
  const typed = paymentMethodTypesOf(p, automaticPaymentMethodTypes(account.paymentMethodSettings));
  const types = typed.types;
  const id = newId('pi');
  const pi: Stripe.PaymentIntent = {
    id,
    object: 'payment_intent',
    allowed_payment_method_types: typed.allowed,
    amount: p.amount,
    amount_capturable: 0,
    amount_received: 0,
    application: null,
    application_fee_amount: null,
    automatic_payment_methods: typed.automatic as Stripe.PaymentIntent.AutomaticPaymentMethods | null,
    canceled_at: null,
    cancellation_reason: null,
    capture_method: 'automatic_async',
    client_secret: newClientSecret(id),
    confirmation_method: 'automatic',
    created: nowSeconds(),
    currency,
    customer: p.customer !== undefined ? customerId(account, p.customer) : null,
    customer_account: null,
    description: p.description ?? null,
    excluded_payment_method_types: typed.excluded,
    last_payment_error: null,
    latest_charge: null,
    livemode: false,
    managed_payments: null,
    metadata: applyMetadata({}, p.metadata),
    next_action: null,
    on_behalf_of: null,
    payment_method: null,
    payment_method_configuration_details: null,
    payment_method_options: paymentMethodOptions('payment_intent', types, null, p.payment_method_options) as Stripe.PaymentIntent.PaymentMethodOptions,
    payment_method_types: types,
    payment_record: null,
    processing: null,
    receipt_email: p.receipt_email ?? null,
    review: null,
    setup_future_usage: p.setup_future_usage ?? null,
    shipping: null,
    source: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status: 'requires_payment_method',
    transfer_data: null,
    transfer_group: null,
  };
  takePaymentMethod('payment_intent', pi, pm);
  account.paymentIntents.set(pi.id, pi);
  account.events.record('payment_intent.created', pi);
  return pi;
}

/** Updates an open PaymentIntent; a new payment method puts it back to `requires_confirmation`. */
export function updatePaymentIntent(account: Account, pi: Stripe.PaymentIntent, p: PaymentIntentUpdate, pm?: Stripe.PaymentMethod): Stripe.PaymentIntent {
  assertStatus('payment_intent', pi, 'update', openPaymentStatuses);
  const currency = p.currency !== undefined ? checkCurrency(p.currency) : pi.currency;
  const amount = p.amount ?? pi.amount;
  if (p.amount !== undefined || p.currency !== undefined) checkAmount(amount, currency);
  const { customer, typed } = updatedCustomerAndTypes(account, 'payment_intent', pi, p, pm);
  Object.assign(pi, { amount, currency, customer });
  setPaymentMethodTypes(pi, typed);
  if (p.description !== undefined) pi.description = p.description || null;
  if (p.receipt_email !== undefined) pi.receipt_email = p.receipt_email || null;
  if (p.setup_future_usage !== undefined) pi.setup_future_usage = p.setup_future_usage || null;
  pi.metadata = applyMetadata(pi.metadata, p.metadata);
  pi.payment_method_options = paymentMethodOptions(
    'payment_intent',
    pi.payment_method_types,
    pi.payment_method_options,
    p.payment_method_options,
  ) as Stripe.PaymentIntent.PaymentMethodOptions;
  if (pm) {
    abandonChallenges(account, pi.id);
    pi.payment_method = pm.id;
    pi.next_action = null;
    pi.status = 'requires_confirmation';
  }
  return pi;
}

/**
 * Cancels an open PaymentIntent, or one that `requires_capture`: its authorization is released,
 * which Stripe records as a refund of the whole amount.
 */
export function cancelPaymentIntent(account: Account, pi: Stripe.PaymentIntent, reason?: Stripe.PaymentIntent.CancellationReason): Stripe.PaymentIntent {
  assertStatus('payment_intent', pi, 'cancel', [...openPaymentStatuses, 'requires_capture']);
  abandonChallenges(account, pi.id);
  const charge = pi.status === 'requires_capture' && typeof pi.latest_charge === 'string' ? account.charges.get(pi.latest_charge) : undefined;
  if (charge) recordRefund(account, charge, charge.amount - charge.amount_refunded, {});
  pi.amount_capturable = 0;
  pi.status = 'canceled';
  pi.canceled_at = nowSeconds();
  pi.cancellation_reason = reason ?? null;
  pi.next_action = null;
  account.events.record('payment_intent.canceled', pi);
  return pi;
}
