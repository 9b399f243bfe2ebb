import { isRecord } from '../../values.ts';
/** `availablePaymentMethods` of the Express Checkout Element's `ready` event. */
export interface AvailablePaymentMethods {
  amazonPay: boolean;
  applePay: boolean;
  googlePay: boolean;
  link: boolean;
  paypal: boolean;
  klarna: boolean;
}

/**
 * Whether the Link button shows: the intent offers `link` (listed, or among its automatic payment
 * methods; `null` for a deferred intent, whose methods the account decides) and the merchant did
 * not turn it off with `paymentMethods: {link: 'never'}`.
 */
export function linkOffered(paymentMethodTypes: readonly string[] | null, options: Record<string, unknown>): boolean {
  const methods = isRecord(options.paymentMethods) ? options.paymentMethods : {};
  if (methods.link === 'never') return false;
  return paymentMethodTypes === null || paymentMethodTypes.includes('link');
}

/**
 * What the `ready` event reports. The emulated browser has no Apple Pay or Google Pay (nor a
 * PayPal, Amazon Pay or Klarna account), so only Link can show; with nothing to show it is
 * `undefined`, as Stripe reports it.
 */
export function availablePaymentMethods(link: boolean): AvailablePaymentMethods | undefined {
  return link ? { amazonPay: false, applePay: false, googlePay: false, link: true, paypal: false, klarna: false } : undefined;
}
