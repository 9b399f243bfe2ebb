import type Stripe from 'stripe';
import type { Account } from '../domain/account.ts';
import type { PaymentMethodOptionsInput } from '../domain/intents.ts';
import { intentPaymentMethodTypes } from '../domain/payment-method-types.ts';
import { createLinkPaymentMethod, type LinkPaymentMethodData } from '../domain/link/index.ts';
import { billingDetails, resolvePaymentMethod } from '../domain/payment-methods.ts';
import { parameterInvalid, parameterMissing } from '../core/errors.ts';
import { arr, bool, emptyable, int, obj, oneOf, str } from '../http/params.ts';
import { createPaymentMethodFromData, paymentMethodDataFields, type PaymentMethodData } from './payment-methods.ts';

/** `payment_method_types[]` of an intent. */
export const paymentMethodTypesParam = arr(oneOf(...intentPaymentMethodTypes), 20);

/** `allowed_payment_method_types[]` / `excluded_payment_method_types[]`: any Stripe type name; the intent keeps those the emulator supports. */
export const typeListParam = arr(str({ max: 100 }), 100);

/** `automatic_payment_methods[enabled|allow_redirects]`. */
export const automaticPaymentMethodsParam = obj({ enabled: bool(), allow_redirects: oneOf('always', 'never') }, ['enabled']);

const futureUsage = emptyable(oneOf('none', 'off_session', 'on_session'));

/** `payment_method_options[…]`, including Link's legacy `persistent_token`. */
export const paymentMethodOptionsParam = obj({
  card: obj({
    request_three_d_secure: oneOf('any', 'automatic', 'challenge'),
    network: str(),
    moto: bool(),
    setup_future_usage: futureUsage,
    mandate_options: obj({
      amount: int(),
      amount_type: str(),
      currency: str(),
      description: str(),
      interval: str(),
      reference: str(),
      start_date: int(),
      supported_types: arr(str()),
    }),
  }),
  link: obj({ persistent_token: emptyable(str({ max: 5000 })), setup_future_usage: futureUsage }),
  us_bank_account: obj({
    verification_method: oneOf('automatic', 'instant', 'microdeposits'),
    financial_connections: obj({ permissions: arr(str()), prefetch: arr(str()), return_url: str() }),
    setup_future_usage: futureUsage,
  }),
});

/** `payment_method_data[…]`: a card, or (from the emulated Stripe.js) a Link funding source. */
export const paymentMethodDataParam = obj({ ...paymentMethodDataFields, link: obj({ consumer_session_client_secret: str(), payment_details_id: str() }) }, [
  'type',
]);

/** `mandate_data[…]`, which Stripe.js sends on confirm; accepted and not otherwise used. */
export const mandateDataParam = obj({
  customer_acceptance: obj({
    type: oneOf('online', 'offline'),
    accepted_at: int(),
    offline: obj({}),
    online: obj({ ip_address: str(), user_agent: str(), infer_from_client: bool() }),
  }),
});

export type IntentPaymentMethodData = PaymentMethodData & { link?: LinkPaymentMethodData };

/** The parameters through which an intent receives its payment method and options. */
export interface PaymentMethodParams {
  payment_method?: string;
  payment_method_data?: IntentPaymentMethodData;
  payment_method_options?: PaymentMethodOptionsInput;
}

/**
 * The payment method a request names: `payment_method` (one of the account's, or a `pm_card_*`
 * test id, which makes a fresh one), or a new one from `payment_method_data` (a card, or a Link
 * payment method for a logged-in Link shopper).
 *
 * @example
 * const pm = paymentMethodFromParams(account, { payment_method: 'pm_card_visa' });
 */
export function paymentMethodFromParams(account: Account, p: PaymentMethodParams): Stripe.PaymentMethod | undefined {
  if (p.payment_method !== undefined && p.payment_method_data !== undefined)
    throw parameterInvalid('payment_method_data', 'You may only specify one of these parameters: payment_method, payment_method_data.', 'parameters_exclusive');
  if (p.payment_method !== undefined && p.payment_method !== '') return resolvePaymentMethod(account, p.payment_method);
  const data = p.payment_method_data;
  if (!data) return undefined;
  if (data.type === 'link') {
    if (!data.link) throw parameterMissing('payment_method_data[link]');
    const pm = createLinkPaymentMethod(account, data.link, 'payment_method_data[link]');
    // Stripe.js sends the Address Element's billing details with the shopper's Link choice.
    if (data.billing_details) pm.billing_details = billingDetails(data.billing_details, pm.billing_details);
    return pm;
  }
  const { link: _link, ...card } = data;
  return createPaymentMethodFromData(account, card, 'payment_method_data');
}

/** Checks a `return_url`: Stripe wants an absolute URL it can send the shopper back to. */
export function checkReturnUrl(url: string | undefined): void {
  if (url === undefined) return;
  let ok: boolean;
  try {
    ok = /^[a-z][a-z0-9+.-]*:$/i.test(new URL(url).protocol);
  } catch {
    ok = false;
  }
  if (!ok)
    throw parameterInvalid('return_url', `Not a valid URL: return_url must be an absolute URL such as https://example.com/return (got ${url}).`, 'url_invalid');
}
