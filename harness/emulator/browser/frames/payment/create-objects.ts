import type { StripeJsError } from '../../protocol.ts';
import type { EmulatorApi } from '../shared/api.ts';
import type { FormValue } from '../shared/form-encode.ts';
import type { CardFormValues } from './card/card-validation.ts';
import { billingDetailsFor, cardDetailsOf } from './confirm-params.ts';
import { isRecord } from '../../values.ts';

/**
 * `stripe.createPaymentMethod` and `stripe.createToken` with the Payment Element: the frame
 * creates the object itself (card data never leaves it) and the parent learns only the result.
 */

const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);

/** What the frame knows about the shopper besides the card. */
export interface ShopperDetails {
  values: CardFormValues;
  /** `defaultValues.billingDetails` of the element. */
  billingDefaults: unknown;
  email: string | null;
}

/**
 * `POST /v1/payment_methods` with the card, the billing details the form knows, and the
 * merchant's `params` (billing_details over ours, metadata, allow_redisplay).
 *
 * @example
 * await createCardPaymentMethod(api, shopper, { billing_details: { name: 'Jenny' } })
 */
export async function createCardPaymentMethod(
  api: EmulatorApi,
  shopper: ShopperDetails,
  params: Record<string, unknown>,
): Promise<{ paymentMethod: Record<string, unknown> | null; error: StripeJsError | null }> {
  const billing = billingDetailsFor({
    defaults: shopper.billingDefaults,
    email: shopper.email,
    values: shopper.values,
    confirmParams: { payment_method_data: { billing_details: params.billing_details } },
  });
  const res = await api.post<Record<string, unknown>>('/v1/payment_methods', {
    type: 'card',
    card: { ...cardDetailsOf(shopper.values) },
    billing_details: billing as Record<string, FormValue>,
    ...(isRecord(params.metadata) ? { metadata: params.metadata as Record<string, FormValue> } : {}),
    ...(text(params.allow_redisplay) ? { allow_redisplay: text(params.allow_redisplay) } : {}),
  });
  return res.ok ? { paymentMethod: res.body, error: null } : { paymentMethod: null, error: res.error };
}

const tokenFields = ['name', 'address_line1', 'address_line2', 'address_city', 'address_state', 'address_zip', 'address_country', 'currency'] as const;

/**
 * `POST /v1/tokens` with the card and the merchant's `data` (name, address_…); the form's
 * postal code and country fill `address_zip` / `address_country` when `data` leaves them out.
 */
export async function createCardToken(
  api: EmulatorApi,
  shopper: ShopperDetails,
  data: Record<string, unknown>,
): Promise<{ token: Record<string, unknown> | null; error: StripeJsError | null }> {
  const extra: Record<string, string> = {};
  for (const key of tokenFields) {
    const value = text(data[key]);
    if (value !== undefined) extra[key] = value;
  }
  const postal = shopper.values.postalCode.trim();
  const res = await api.post<Record<string, unknown>>('/v1/tokens', {
    card: { ...cardDetailsOf(shopper.values), ...(postal ? { address_zip: postal } : {}), address_country: shopper.values.country, ...extra },
  });
  return res.ok ? { token: res.body, error: null } : { token: null, error: res.error };
}

/**
 * `POST /v1/payment_methods` with `type=link` for a Link wallet shopper: the funding source they
 * chose, and the merchant's `params` (billing_details, metadata, allow_redisplay).
 *
 * @example
 * await createLinkPaymentMethod(api, { consumerSessionClientSecret, paymentDetailsId: null }, {})
 */
export async function createLinkPaymentMethod(
  api: EmulatorApi,
  wallet: { consumerSessionClientSecret: string; paymentDetailsId: string | null },
  params: Record<string, unknown>,
): Promise<{ paymentMethod: Record<string, unknown> | null; error: StripeJsError | null }> {
  const res = await api.post<Record<string, unknown>>('/v1/payment_methods', {
    type: 'link',
    link: {
      consumer_session_client_secret: wallet.consumerSessionClientSecret,
      ...(wallet.paymentDetailsId ? { payment_details_id: wallet.paymentDetailsId } : {}),
    },
    ...(isRecord(params.billing_details) ? { billing_details: params.billing_details as Record<string, FormValue> } : {}),
    ...(isRecord(params.metadata) ? { metadata: params.metadata as Record<string, FormValue> } : {}),
    ...(text(params.allow_redisplay) ? { allow_redisplay: text(params.allow_redisplay) } : {}),
  });
  return res.ok ? { paymentMethod: res.body, error: null } : { paymentMethod: null, error: res.error };
}
