import type { AddressDetails, AddressValue, IntentKind } from '../../protocol.ts';
import type { FormValue } from './form-encode.ts';
import { isRecord } from '../../values.ts';

/** An Address Element's value as the API's `{name, phone, address}` (line2 left out when empty). */
function asApiAddress(value: AddressValue): Record<string, FormValue> {
  const { line2, ...rest } = value.address;
  return {
    name: value.name,
    ...(value.phone ? { phone: value.phone } : {}),
    address: { ...rest, ...(line2 ? { line2 } : {}) },
  };
}

/**
 * Adds what the Address Elements hold to a confirm's parameters, as Stripe.js does:
 * - billing mode: the payment method's `billing_details` (name, address, phone) over what the
 *   element had, under what the merchant passed in `confirmParams.payment_method_data.billing_details`;
 * - shipping mode: the PaymentIntent's `shipping`, unless the merchant passed `confirmParams.shipping`
 *   (SetupIntents have no shipping).
 *
 * @example
 * withAddresses(params, { billing: value }, 'setup', confirmParams).payment_method_data.billing_details.address.line1
 */
export function withAddresses(
  params: Record<string, FormValue>,
  addresses: AddressDetails | undefined,
  intentKind: IntentKind,
  confirmParams: Record<string, unknown>,
): Record<string, FormValue> {
  const out: Record<string, FormValue> = { ...params };
  const data = out.payment_method_data;
  if (addresses?.billing && isRecord(data)) {
    const merchantData = isRecord(confirmParams.payment_method_data) ? confirmParams.payment_method_data : {};
    const merchant = isRecord(merchantData.billing_details) ? (merchantData.billing_details as Record<string, FormValue>) : {};
    const had = isRecord(data.billing_details) ? (data.billing_details as Record<string, FormValue>) : {};
    const fromElement = asApiAddress(addresses.billing);
    const address = {
      ...(isRecord(had.address) ? had.address : {}),
      ...(fromElement.address as Record<string, FormValue>),
      ...(isRecord(merchant.address) ? merchant.address : {}),
    };
    out.payment_method_data = { ...data, billing_details: { ...had, ...fromElement, ...merchant, address } } as Record<string, FormValue>;
  }
  if (addresses?.shipping && intentKind === 'payment' && confirmParams.shipping === undefined) out.shipping = asApiAddress(addresses.shipping);
  return out;
}
