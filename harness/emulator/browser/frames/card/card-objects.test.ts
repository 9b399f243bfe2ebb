import { describe, expect, it } from 'vitest';
import { cardPaymentMethodParams, cardTokenParams } from './card-objects.ts';

const card = { number: '4242424242424242', exp_month: 12, exp_year: 2034, cvc: '123' };

describe('card element PaymentMethod parameters', () => {
  it("sends the card and the element's postal code under the merchant's billing details", () => {
    expect(
      cardPaymentMethodParams(card, '42424', { type: 'card', billing_details: { name: 'Jenny Rosen', email: 'jenny@example.com' }, metadata: { order: '42' } }),
    ).toEqual({
      type: 'card',
      card,
      billing_details: { name: 'Jenny Rosen', email: 'jenny@example.com', address: { postal_code: '42424' } },
      metadata: { order: '42' },
    });
  });

  it("lets the merchant's address win and leaves billing_details out when nobody gave any", () => {
    expect(cardPaymentMethodParams(card, '42424', { billing_details: { address: { postal_code: '94107', country: 'US' } } }).billing_details).toEqual({
      address: { postal_code: '94107', country: 'US' },
    });
    expect(cardPaymentMethodParams(card, null, {})).toEqual({ type: 'card', card });
  });
});

describe('card element token parameters', () => {
  it('puts the postal code in address_zip and keeps only the token fields of data', () => {
    expect(cardTokenParams(card, '42424', { name: 'Jenny Rosen', address_country: 'US', colour: 'blue' })).toEqual({
      card: { ...card, address_zip: '42424', name: 'Jenny Rosen', address_country: 'US' },
    });
    expect(cardTokenParams(card, '42424', { address_zip: '94107' })).toEqual({ card: { ...card, address_zip: '94107' } });
  });
});
