import type { StripeJsError } from '../../protocol.ts';
import type { EmulatorApi } from '../shared/api.ts';
import type { FormValue } from '../shared/form-encode.ts';
import type { CardDetails } from '../payment/confirm-params.ts';
import { isRecord } from '../../values.ts';

/**
 * The PaymentMethod and the token a card element makes of its card (in its frame: the card never
 * reaches the merchant's page). The element's postal code becomes the billing address's postal
 * code (`address_zip` of a token) unless the merchant's data names one.
 */

const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);

/**
 * `POST /v1/payment_methods` parameters: `type: 'card'`, the card, `billing_details` (the
 * merchant's over the element's postal code) and whatever else the merchant passed (metadata,
 * allow_redisplay, …), for the API to accept or refuse as Stripe does.
 *
 * @example
 * cardPaymentMethodParams(card, '42424', { billing_details: { name: 'Jenny Rosen' } })
 */
export function cardPaymentMethodParams(card: CardDetails, postalCode: string | null, params: Record<string, unknown>): Record<string, FormValue> {
  const { type: _type, card: _card, billing_details: merchantBilling, ...rest } = params;
  const billing = isRecord(merchantBilling) ? { ...merchantBilling } : {};
  const merchantAddress = isRecord(billing.address) ? billing.address : {};
  const address = { ...(postalCode ? { postal_code: postalCode } : {}), ...merchantAddress };
  if (Object.keys(address).length > 0) billing.address = address;
  return {
    ...(rest as Record<string, FormValue>),
    type: 'card',
    card: { ...card },
    ...(Object.keys(billing).length > 0 ? { billing_details: billing as Record<string, FormValue> } : {}),
  };
}

const tokenFields = ['name', 'address_line1', 'address_line2', 'address_city', 'address_state', 'address_zip', 'address_country', 'currency'] as const;

/**
 * `POST /v1/tokens` parameters: the card with the token data Stripe.js takes (name, address_…,
 * currency); the element's postal code is `address_zip` unless `data` gives one.
 *
 * @example
 * cardTokenParams(card, '42424', { name: 'Jenny Rosen' }) // { card: { number, …, address_zip: '42424', name: 'Jenny Rosen' } }
 */
export function cardTokenParams(card: CardDetails, postalCode: string | null, data: Record<string, unknown>): Record<string, FormValue> {
  const extra: Record<string, string> = {};
  for (const key of tokenFields) {
    const value = text(data[key]);
    if (value !== undefined) extra[key] = value;
  }
  return { card: { ...card, ...(postalCode ? { address_zip: postalCode } : {}), ...extra } };
}

/** Creates the PaymentMethod; the frame answers the page with it or with the API's error. */
export async function createCardElementPaymentMethod(
  api: EmulatorApi,
  card: CardDetails,
  postalCode: string | null,
  params: Record<string, unknown>,
): Promise<{ paymentMethod: Record<string, unknown> | null; error: StripeJsError | null }> {
  const res = await api.post<Record<string, unknown>>('/v1/payment_methods', cardPaymentMethodParams(card, postalCode, params));
  return res.ok ? { paymentMethod: res.body, error: null } : { paymentMethod: null, error: res.error };
}

/** Creates the token; the frame answers the page with it or with the API's error. */
export async function createCardElementToken(
  api: EmulatorApi,
  card: CardDetails,
  postalCode: string | null,
  data: Record<string, unknown>,
): Promise<{ token: Record<string, unknown> | null; error: StripeJsError | null }> {
  const res = await api.post<Record<string, unknown>>('/v1/tokens', cardTokenParams(card, postalCode, data));
  return res.ok ? { token: res.body, error: null } : { token: null, error: res.error };
}
