import { describe, expect, it } from 'vitest';
import { missingOptedOutField, optedOutBillingFields } from './opted-out-fields.ts';

describe('optedOutBillingFields', () => {
  it("reads fields.billingDetails as 'never' or field by field", () => {
    expect(optedOutBillingFields({})).toEqual([]);
    expect(optedOutBillingFields({ fields: { billingDetails: 'never' } })).toEqual(['name', 'email', 'phone', 'address']);
    expect(
      optedOutBillingFields({ fields: { billingDetails: { email: 'never', phone: 'auto', address: { postalCode: 'never', country: 'never' } } } }),
    ).toEqual(['email', 'address.postal_code', 'address.country']);
  });
});

describe('missingOptedOutField', () => {
  const options = { fields: { billingDetails: { name: 'never', address: 'never' } } };
  it('names the first opted-out field confirmParams does not pass', () => {
    expect(missingOptedOutField(options, {}, {})).toBe('name');
    expect(missingOptedOutField(options, { payment_method_data: { billing_details: { name: 'Jenny' } } }, {})).toBe('address');
    expect(missingOptedOutField(options, { payment_method_data: { billing_details: { name: 'Jenny', address: { country: 'US' } } } }, {})).toBeNull();
    expect(
      missingOptedOutField(
        { fields: { billingDetails: { address: { postalCode: 'never' } } } },
        { payment_method_data: { billing_details: { address: { country: 'US' } } } },
        {},
      ),
    ).toBe('address.postal_code');
  });

  it('counts a billing Address Element as passing the name and address', () => {
    const billing = { name: 'Jenny', address: { line1: '1 Main St', line2: null, city: 'X', state: 'CA', postal_code: '1', country: 'US' } };
    expect(missingOptedOutField(options, {}, { billing })).toBeNull();
    expect(missingOptedOutField({ fields: { billingDetails: { phone: 'never' } } }, {}, { billing })).toBe('phone');
  });
});
