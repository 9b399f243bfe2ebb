import type { AddressDetails } from '../protocol.ts';
import { isRecord } from '../values.ts';

const addressParts: Record<string, string> = { line1: 'line1', line2: 'line2', city: 'city', state: 'state', postalCode: 'postal_code', country: 'country' };

/**
 * The billing details the Payment Element was told not to collect (`fields: {billingDetails:
 * 'never' | {name: 'never', address: 'never' | {postalCode: 'never', …}}}`), as
 * `billing_details` paths (`address`, `address.postal_code`, `name`, …).
 */
export function optedOutBillingFields(options: Record<string, unknown>): string[] {
  const fields = isRecord(options.fields) ? options.fields.billingDetails : undefined;
  if (fields === 'never') return ['name', 'email', 'phone', 'address'];
  if (!isRecord(fields)) return [];
  const out: string[] = ['name', 'email', 'phone'].filter((f) => fields[f] === 'never');
  if (fields.address === 'never') return [...out, 'address'];
  if (isRecord(fields.address)) for (const [part, api] of Object.entries(addressParts)) if (fields.address[part] === 'never') out.push(`address.${api}`);
  return out;
}

/**
 * The first opted-out field that neither `confirmParams.payment_method_data.billing_details` nor a
 * billing Address Element supplies, or null. Stripe.js refuses such a confirm.
 *
 * @example
 * missingOptedOutField({ fields: { billingDetails: { name: 'never' } } }, {}, {}) // 'name'
 */
export function missingOptedOutField(options: Record<string, unknown>, confirmParams: Record<string, unknown>, addresses: AddressDetails): string | null {
  const data = isRecord(confirmParams.payment_method_data) ? confirmParams.payment_method_data : {};
  const given = isRecord(data.billing_details) ? data.billing_details : {};
  for (const path of optedOutBillingFields(options)) {
    const [field, part] = path.split('.') as [string, string | undefined];
    // The billing Address Element collects the name, the address and (when it shows) the phone.
    if (addresses.billing && (field === 'name' || field === 'address' || (field === 'phone' && addresses.billing.phone !== undefined))) continue;
    const value = given[field];
    if (part === undefined ? value === undefined : !isRecord(value) || value[part] === undefined) return path;
  }
  return null;
}
