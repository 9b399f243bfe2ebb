import type { FormValue } from '../shared/form-encode.ts';
import { digitsOf } from './card/card-number.ts';
import type { CardFormValues } from './card/card-validation.ts';
import { postalCodeRequired } from './card/countries.ts';
import { parseExpiry } from './card/expiry.ts';
import { isRecord } from '../../values.ts';

/** `billing_details` as Stripe's API takes it. */
export interface BillingDetails {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
  address?: Record<string, string | null | undefined> | null;
}

/** The card as the API takes it: digits only, numeric month and four-digit year. */
export interface CardDetails {
  number: string;
  exp_month: number;
  exp_year: number;
  cvc: string;
}

/** The card of a complete form (validate first: an incomplete expiry gives month and year 0). */
export function cardDetailsOf(values: CardFormValues): CardDetails {
  const exp = parseExpiry(values.expiry) ?? { month: 0, year: 0 };
  return { number: digitsOf(values.number), exp_month: exp.month, exp_year: exp.year, cvc: digitsOf(values.cvc) };
}

/** Keeps the string (or null) fields of a billing details object, and its address. */
function billingFrom(value: unknown): BillingDetails {
  if (!isRecord(value)) return {};
  const out: BillingDetails = {};
  for (const key of ['name', 'email', 'phone'] as const) {
    const v = value[key];
    if (typeof v === 'string' || v === null) out[key] = v;
  }
  if (isRecord(value.address)) {
    out.address = {};
    for (const [k, v] of Object.entries(value.address)) if (typeof v === 'string' || v === null) out.address[k] = v;
  }
  return out;
}

/**
 * The billing details sent with a card: the Payment Element's `defaultValues.billingDetails`, the
 * email the shopper gave, the country and postal code of the form, and on top of all that what
 * the merchant passes in `confirmParams.payment_method_data.billing_details` (merchant wins).
 *
 * @example
 * billingDetailsFor({ defaults: { name: 'Jenny' }, email: 'j@example.com', values, confirmParams: {} })
 */
export function billingDetailsFor(p: {
  defaults: unknown;
  email: string | null;
  values: Pick<CardFormValues, 'country' | 'postalCode'>;
  confirmParams: Record<string, unknown>;
}): BillingDetails {
  const defaults = billingFrom(p.defaults);
  const merchantData = isRecord(p.confirmParams.payment_method_data) ? p.confirmParams.payment_method_data : {};
  const merchant = billingFrom(merchantData.billing_details);
  const address = {
    ...(defaults.address ?? {}),
    country: p.values.country,
    postal_code: postalCodeRequired(p.values.country) ? p.values.postalCode.trim() : (defaults.address?.postal_code ?? undefined),
    ...(merchant.address ?? {}),
  };
  const email = p.email ?? defaults.email;
  return { ...defaults, ...(email ? { email } : {}), ...merchant, address };
}

/** What every confirm from the Payment Element carries. */
function common(returnUrl: string | null): Record<string, FormValue> {
  return { use_stripe_sdk: true, ...(returnUrl ? { return_url: returnUrl } : {}) };
}

/** Confirm with the card typed into the form. */
export function cardConfirmParams(card: CardDetails, billing: BillingDetails, returnUrl: string | null): Record<string, FormValue> {
  return {
    ...common(returnUrl),
    payment_method_data: { type: 'card', card: { ...card }, billing_details: billing as Record<string, FormValue> },
  };
}

/** Confirm with a Link shopper's funding source (the default one when none is named). */
export function linkConfirmParams(consumerSessionClientSecret: string, paymentDetailsId: string | null, returnUrl: string | null): Record<string, FormValue> {
  return {
    ...common(returnUrl),
    payment_method_data: {
      type: 'link',
      link: { consumer_session_client_secret: consumerSessionClientSecret, ...(paymentDetailsId ? { payment_details_id: paymentDetailsId } : {}) },
    },
  };
}

const deepMerge = (base: unknown, over: Record<string, unknown>): Record<string, FormValue> => {
  const out: Record<string, FormValue> = isRecord(base) ? { ...(base as Record<string, FormValue>) } : {};
  for (const [k, v] of Object.entries(over)) out[k] = isRecord(v) && isRecord(out[k]) ? deepMerge(out[k], v) : (v as FormValue);
  return out;
};

/**
 * The confirm body with the merchant's `confirmParams` on it, as Stripe.js sends them: every
 * field passes on (`expand`, `shipping`, `mandate_data`, `setup_future_usage`,
 * `payment_method_options`, `receipt_email`, …) except `return_url` (already there); the
 * merchant's `payment_method_data` goes over what the shopper entered (its `billing_details`
 * merged field by field, address included), the type and the card or Link details staying the
 * shopper's.
 *
 * @example
 * withConfirmParams(cardConfirmParams(card, billing, url), { expand: ['payment_method'], payment_method_data: { metadata: { order: '42' } } })
 */
export function withConfirmParams(params: Record<string, FormValue>, confirmParams: Record<string, unknown>): Record<string, FormValue> {
  const out: Record<string, FormValue> = { ...params };
  for (const [key, value] of Object.entries(confirmParams)) {
    if (key === 'return_url' || key === 'payment_method_data' || value === undefined) continue;
    out[key] = value as FormValue;
  }
  const merchant = confirmParams.payment_method_data;
  const ours = out.payment_method_data;
  if (isRecord(merchant) && isRecord(ours)) {
    const { type: _type, card: _card, link: _link, billing_details: billing, ...rest } = merchant;
    out.payment_method_data = {
      ...(ours as Record<string, FormValue>),
      ...(rest as Record<string, FormValue>),
      ...(isRecord(billing) ? { billing_details: deepMerge(ours.billing_details, billing) } : {}),
    };
  }
  return out;
}
