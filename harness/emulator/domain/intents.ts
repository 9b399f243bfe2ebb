import type Stripe from 'stripe';
import type { Account } from './account.ts';
import type { RequestThreeDSecure } from './confirm-outcome.ts';
import { invalidState, resourceMissing } from '../core/errors.ts';
import {
  automaticPaymentMethodTypes,
  changesPaymentMethodTypes,
  currentPaymentMethodTypes,
  paymentMethodTypesOf,
  type PaymentMethodTypes,
  type PaymentMethodTypesInput,
} from './payment-method-types.ts';

/** What SetupIntents and PaymentIntents share: payment method options, state checks, payment method checks. */

export type IntentKind = 'setup_intent' | 'payment_intent';
type AnyIntent = Stripe.SetupIntent | Stripe.PaymentIntent;

const names: Record<IntentKind, string> = { setup_intent: 'SetupIntent', payment_intent: 'PaymentIntent' };

/** `payment_method_options[…]` on intent create, update and confirm. */
export interface PaymentMethodOptionsInput {
  card?: { request_three_d_secure?: RequestThreeDSecure };
  link?: { persistent_token?: string };
  us_bank_account?: { verification_method?: 'automatic' | 'instant' | 'microdeposits' };
}

type OptionsOut = Record<string, Record<string, unknown>>;

/**
 * The intent's `payment_method_options` after applying new options: an entry per type that has
 * options (card, Link, US bank account) and Link's `persistent_token` echoed, `null` when absent.
 */
export function paymentMethodOptions(
  kind: IntentKind,
  types: readonly string[],
  current: object | null,
  input: PaymentMethodOptionsInput | undefined,
): OptionsOut {
  const was = (current ?? {}) as OptionsOut;
  const out: OptionsOut = {};
  const persistentToken =
    input?.link?.persistent_token !== undefined ? input.link.persistent_token || null : ((was.link?.persistent_token as string | null | undefined) ?? null);
  if (types.includes('card') || was.card || input?.card) {
    const requested = input?.card?.request_three_d_secure ?? (was.card?.request_three_d_secure as string | undefined) ?? 'automatic';
    out.card =
      kind === 'setup_intent'
        ? { mandate_options: null, network: null, request_three_d_secure: requested }
        : { installments: null, mandate_options: null, network: null, request_three_d_secure: requested };
  }
  if (types.includes('link') || was.link || persistentToken !== null) out.link = { persistent_token: persistentToken };
  if (types.includes('us_bank_account') || was.us_bank_account)
    out.us_bank_account = {
      financial_connections: { permissions: ['payment_method'], prefetch: [] },
      mandate_options: {},
      verification_method: input?.us_bank_account?.verification_method ?? (was.us_bank_account?.verification_method as string | undefined) ?? 'automatic',
    };
  return out;
}

/** The `request_three_d_secure` an intent asks for, if any. */
export const requestedThreeDSecure = (intent: AnyIntent): RequestThreeDSecure | null =>
  (intent.payment_method_options?.card as { request_three_d_secure?: RequestThreeDSecure } | undefined)?.request_three_d_secure ?? null;

/** A snapshot of an intent for an error body: later changes to the intent must not show in it. */
export const snapshot = <T>(intent: T): T => structuredClone(intent);

/** Throws Stripe's 400 `…_unexpected_state`, with the intent in the error body, unless its status allows `action`. */
export function assertStatus(kind: IntentKind, intent: AnyIntent, action: string, allowed: readonly string[]): void {
  if (allowed.includes(intent.status)) return;
  const name = names[kind];
  const message =
    action === 'confirm' && intent.status === 'succeeded'
      ? `You cannot confirm this ${name} because it has already succeeded after being previously confirmed.`
      : `You cannot ${action} this ${name} because it has a status of ${intent.status}.`;
  throw invalidState(message, `${kind}_unexpected_state`, { [kind]: snapshot(intent) });
}

/** The customer a `customer` parameter names, or Stripe's 404. */
export function customerId(account: Account, id: string): string {
  if (!account.customers.has(id)) throw resourceMissing('customer', id, 'customer');
  return id;
}

/**
 * Checks that a payment method can be used with an intent: its type is among the intent's
 * `payment_method_types`, and it belongs to no customer or to the intent's own.
 */
export function assertPaymentMethodFits(kind: IntentKind, intent: AnyIntent, pm: Stripe.PaymentMethod, param = 'payment_method'): void {
  const name = names[kind];
  if (!intent.payment_method_types.includes(pm.type))
    throw invalidState(
      `The PaymentMethod provided (${pm.type}) is not allowed for this ${name}. Please attach a PaymentMethod of one of the following types: ${intent.payment_method_types.join(', ')}. Alternatively update the allowed payment_method_types for this ${name} to include "${pm.type}".`,
      kind === 'payment_intent' ? 'payment_intent_incompatible_payment_method' : 'setup_intent_invalid_parameter',
      { param },
    );
  const intentCustomer = typeof intent.customer === 'string' ? intent.customer : (intent.customer?.id ?? null);
  if (pm.customer && pm.customer !== intentCustomer)
    throw invalidState(
      intentCustomer
        ? `The provided PaymentMethod ${pm.id} belongs to a different Customer than the one on this ${name} (${intentCustomer}).`
        : `The PaymentMethod ${pm.id} belongs to the Customer ${String(pm.customer)}. Please include the Customer in the \`customer\` parameter on the ${name}.`,
      `${kind}_invalid_parameter`,
      { param },
    );
}

/** The payment method already on an intent, if any. */
export function intentPaymentMethod(account: Account, intent: AnyIntent): Stripe.PaymentMethod | undefined {
  const id = typeof intent.payment_method === 'string' ? intent.payment_method : intent.payment_method?.id;
  return id ? account.paymentMethods.get(id) : undefined;
}

/** On create: a payment method given up front is checked and set, and the intent waits for confirmation. */
export function takePaymentMethod(kind: IntentKind, intent: AnyIntent, pm: Stripe.PaymentMethod | undefined): void {
  if (!pm) return;
  assertPaymentMethodFits(kind, intent, pm);
  intent.payment_method = pm.id;
  intent.status = 'requires_confirmation';
}

/**
 * What an update makes of an intent's customer and payment method types, with a new payment
 * method checked against both (before anything changes).
 */
export function updatedCustomerAndTypes(
  account: Account,
  kind: IntentKind,
  intent: AnyIntent,
  p: PaymentMethodTypesInput & { customer?: string },
  pm: Stripe.PaymentMethod | undefined,
): { customer: string | null; typed: PaymentMethodTypes } {
  const current = typeof intent.customer === 'string' ? intent.customer : (intent.customer?.id ?? null);
  const customer = p.customer === undefined ? current : p.customer === '' ? null : customerId(account, p.customer);
  const typed = changesPaymentMethodTypes(p)
    ? paymentMethodTypesOf(p, automaticPaymentMethodTypes(account.paymentMethodSettings), currentPaymentMethodTypes(intent))
    : currentPaymentMethodTypes(intent);
  if (pm) assertPaymentMethodFits(kind, { ...intent, customer, payment_method_types: typed.types } as AnyIntent, pm);
  return { customer, typed };
}

/**
 * The payment method a confirmation uses: the one it brings, else the one already on the intent;
 * a 400 when there is none, or when it does not fit the intent.
 */
export function paymentMethodToConfirm(account: Account, kind: IntentKind, intent: AnyIntent, given: Stripe.PaymentMethod | undefined): Stripe.PaymentMethod {
  const pm = given ?? intentPaymentMethod(account, intent);
  if (!pm)
    throw invalidState(
      `You cannot confirm this ${names[kind]} because it's missing a payment method. To confirm a ${names[kind]}, please provide a \`payment_method\` or \`payment_method_data\`.`,
      `${kind}_unexpected_state`,
      { [kind]: snapshot(intent) },
    );
  assertPaymentMethodFits(kind, intent, pm);
  return pm;
}
