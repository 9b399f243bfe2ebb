import { describe, expect, it } from 'vitest';
import type { AddressValue } from '../../protocol.ts';
import { withAddresses } from './address-confirm.ts';

const home: AddressValue = {
  name: 'Jenny Rosen',
  phone: '+15550100',
  address: { line1: '1 Main St', line2: null, city: 'Springfield', state: 'IL', postal_code: '62701', country: 'US' },
};
const card = {
  use_stripe_sdk: true,
  payment_method_data: { type: 'card', card: { number: '4242' }, billing_details: { email: 'j@example.com', address: { country: 'GB', postal_code: 'X' } } },
};

describe('withAddresses', () => {
  it("puts the billing Address Element's name, phone and address in billing_details, keeping the email", () => {
    const params = withAddresses(card, { billing: home }, 'setup', {});
    expect(params.payment_method_data).toEqual({
      type: 'card',
      card: { number: '4242' },
      billing_details: {
        email: 'j@example.com',
        name: 'Jenny Rosen',
        phone: '+15550100',
        address: { line1: '1 Main St', city: 'Springfield', state: 'IL', postal_code: '62701', country: 'US' },
      },
    });
    expect(params.shipping).toBeUndefined();
  });

  it("lets the merchant's confirmParams billing_details win over the element", () => {
    const params = withAddresses(card, { billing: home }, 'payment', {
      payment_method_data: { billing_details: { name: 'J. Rosen', address: { city: 'Chicago' } } },
    });
    expect(params.payment_method_data).toMatchObject({ billing_details: { name: 'J. Rosen', address: { city: 'Chicago', line1: '1 Main St' } } });
  });

  it('sends shipping on PaymentIntents only, and not over the merchant’s own', () => {
    expect(withAddresses(card, { shipping: home }, 'payment', {}).shipping).toEqual({
      name: 'Jenny Rosen',
      phone: '+15550100',
      address: { line1: '1 Main St', city: 'Springfield', state: 'IL', postal_code: '62701', country: 'US' },
    });
    expect(withAddresses(card, { shipping: home }, 'setup', {}).shipping).toBeUndefined();
    expect(withAddresses(card, { shipping: home }, 'payment', { shipping: { name: 'Other' } }).shipping).toBeUndefined();
    expect(withAddresses(card, { shipping: home }, 'payment', {}).payment_method_data).toEqual(card.payment_method_data);
  });
});
