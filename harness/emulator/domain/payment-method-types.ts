import type Stripe from 'stripe';
import { parameterInvalid } from '../core/errors.ts';

/** Which payment method types an intent offers, however the request named them. */

type AnyIntent = Stripe.SetupIntent | Stripe.PaymentIntent;

/** Payment method types an intent may carry in the emulator. */
export const intentPaymentMethodTypes = ['card', 'link', 'us_bank_account'] as const;

/** An account's payment method settings, as its Dashboard has them: Link on or off. */
export interface PaymentMethodSettings {
  link: boolean;
}

/** A new account's settings: Link on, as in a test account that has turned Link on. */
export const defaultPaymentMethodSettings: PaymentMethodSettings = { link: true };

/**
 * What `automatic_payment_methods[enabled]=true` offers on an account: the card form, and Link
 * when the account has Link on.
 *
 * @example
 * automaticPaymentMethodTypes({ link: true }) // ['card', 'link']
 */
export const automaticPaymentMethodTypes = (settings: PaymentMethodSettings): string[] => ['card', ...(settings.link ? ['link'] : [])];

export interface AutomaticPaymentMethodsInput {
  enabled: boolean;
  allow_redirects?: 'always' | 'never';
}

/**
 * How a request names the payment method types: `payment_method_types` (the guide's and the API's
 * long-standing name), `allowed_payment_method_types` (stripe-node 23's name: a list Stripe keeps
 * the types it supports from), `excluded_payment_method_types`, or `automatic_payment_methods`.
 */
export interface PaymentMethodTypesInput {
  payment_method_types?: string[];
  allowed_payment_method_types?: string[] | '';
  excluded_payment_method_types?: string[] | '';
  automatic_payment_methods?: AutomaticPaymentMethodsInput;
}

/** The type fields of an intent. */
export interface PaymentMethodTypes {
  types: string[];
  automatic: Stripe.SetupIntent.AutomaticPaymentMethods | null;
  allowed: string[] | null;
  excluded: string[] | null;
}

const exclusive = (a: string, b: string) => parameterInvalid(b, `You may only specify one of these parameters: ${a}, ${b}.`, 'parameters_exclusive');

/**
 * The payment method types an intent offers after a create or update (`current`: the intent's
 * types before an update). Naming them both by `payment_method_types` and another way is
 * Stripe's 400; `automatic_payment_methods[enabled]` gives the account's `automaticTypes` (card,
 * and Link when it is on). Naming none at create gives automatic payment methods, as Stripe does
 * for SetupIntents and PaymentIntents since API version 2023-08-16.
 *
 * @example
 * paymentMethodTypesOf({ automatic_payment_methods: { enabled: true } }, ['card', 'link']).types // ['card', 'link']
 * paymentMethodTypesOf({}, ['card', 'link']).automatic // { allow_redirects: 'always', enabled: true }
 * paymentMethodTypesOf({ allowed_payment_method_types: ['link', 'card', 'cashapp'] }, ['card', 'link']).types // ['link', 'card']
 */
export function paymentMethodTypesOf(p: PaymentMethodTypesInput, automaticTypes: readonly string[], current?: PaymentMethodTypes): PaymentMethodTypes {
  if (!current && !changesPaymentMethodTypes(p))
    return { types: [...automaticTypes], automatic: { allow_redirects: 'always', enabled: true }, allowed: null, excluded: null };
  if (p.payment_method_types !== undefined && p.automatic_payment_methods !== undefined) throw exclusive('automatic_payment_methods', 'payment_method_types');
  if (p.payment_method_types !== undefined && p.allowed_payment_method_types !== undefined)
    throw exclusive('allowed_payment_method_types', 'payment_method_types');
  const named = p.payment_method_types?.length ? [...new Set(p.payment_method_types)] : undefined;
  const apm = p.automatic_payment_methods;
  const automatic: PaymentMethodTypes['automatic'] =
    apm !== undefined
      ? apm.enabled
        ? { allow_redirects: apm.allow_redirects ?? 'always', enabled: true }
        : { enabled: false }
      : named
        ? null
        : (current?.automatic ?? null);
  const listOrNull = (v: string[] | '' | undefined, was: string[] | null | undefined) =>
    v === undefined ? (was ?? null) : v === '' || v.length === 0 ? null : [...new Set(v)];
  const allowed = named ? null : listOrNull(p.allowed_payment_method_types, current?.allowed);
  const excluded = listOrNull(p.excluded_payment_method_types, current?.excluded);
  const supported = (types: readonly string[]) => types.filter((t) => (intentPaymentMethodTypes as readonly string[]).includes(t));
  let types: string[];
  if (named) types = named;
  else if (automatic?.enabled) types = automaticTypes.filter((t) => !allowed || allowed.includes(t));
  else if (allowed) types = supported(allowed);
  else types = current && p.automatic_payment_methods === undefined ? current.types : ['card'];
  if (excluded) types = types.filter((t) => !excluded.includes(t));
  if (types.length === 0)
    throw parameterInvalid(
      p.allowed_payment_method_types !== undefined ? 'allowed_payment_method_types' : 'excluded_payment_method_types',
      `No payment method types are left to offer. The link-harness emulator supports ${intentPaymentMethodTypes.join(', ')}.`,
      'parameter_invalid_empty',
    );
  return { types, automatic, allowed, excluded };
}

/** The type fields an intent stores, as {@link paymentMethodTypesOf} takes them back. */
export const currentPaymentMethodTypes = (intent: AnyIntent): PaymentMethodTypes => ({
  types: intent.payment_method_types,
  automatic: intent.automatic_payment_methods,
  allowed: intent.allowed_payment_method_types,
  excluded: intent.excluded_payment_method_types,
});

/** Stores type fields on an intent. */
export function setPaymentMethodTypes(intent: AnyIntent, t: PaymentMethodTypes): void {
  intent.payment_method_types = t.types;
  intent.automatic_payment_methods = t.automatic;
  intent.allowed_payment_method_types = t.allowed;
  intent.excluded_payment_method_types = t.excluded;
}

/** True when a request changes how the payment method types are named. */
export const changesPaymentMethodTypes = (p: PaymentMethodTypesInput) =>
  p.payment_method_types !== undefined ||
  p.allowed_payment_method_types !== undefined ||
  p.excluded_payment_method_types !== undefined ||
  p.automatic_payment_methods !== undefined;
