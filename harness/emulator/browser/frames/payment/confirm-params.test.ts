import { describe, expect, it } from 'vitest';
import { formEncode } from '../shared/form-encode.ts';
import { billingDetailsFor, cardConfirmParams, cardDetailsOf, linkConfirmParams } from './confirm-params.ts';

const values = { number: '4242 4242 4242 4242', expiry: '12 / 34', cvc: '123', country: 'US', postalCode: '42424' };

describe('cardDetailsOf', () => {
  it('sends digits, a numeric month and a four-digit year', () => {
    expect(cardDetailsOf(values)).toEqual({ number: '4242424242424242', exp_month: 12, exp_year: 2034, cvc: '123' });
  });
});

describe('billingDetailsFor', () => {
  it('combines default values, the shopper email and the form country and postal code', () => {
    const billing = billingDetailsFor({ defaults: { name: 'Jenny Rosen', email: 'old@example.com', address: { line1: '1 Main St' } }, email: 'jenny@example.com', values, confirmParams: {} });
    expect(billing).toEqual({ name: 'Jenny Rosen', email: 'jenny@example.com', address: { line1: '1 Main St', country: 'US', postal_code: '42424' } });
  });

  it('lets the merchant confirmParams win, address included', () => {
    const billing = billingDetailsFor({
      defaults: { name: 'Jenny' },
      email: null,
      values,
      confirmParams: { payment_method_data: { billing_details: { name: 'J. Rosen', address: { postal_code: '99999', city: 'Austin' } } } },
    });
    expect(billing).toEqual({ name: 'J. Rosen', address: { country: 'US', postal_code: '99999', city: 'Austin' } });
  });

  it('sends no postal code for a country that asks none', () => {
    expect(billingDetailsFor({ defaults: undefined, email: null, values: { country: 'DE', postalCode: '' }, confirmParams: {} }).address).toEqual({ country: 'DE', postal_code: undefined });
  });
});

describe('confirm bodies', () => {
  it('card: payment_method_data[type]=card with the card and billing details, use_stripe_sdk and return_url', () => {
    const body = decodeURIComponent(formEncode(cardConfirmParams(cardDetailsOf(values), { email: 'j@example.com', address: { country: 'US' } }, 'https://shop.test/done')));
    expect(body).toBe(
      'use_stripe_sdk=true&return_url=https://shop.test/done&payment_method_data[type]=card&payment_method_data[card][number]=4242424242424242' +
        '&payment_method_data[card][exp_month]=12&payment_method_data[card][exp_year]=2034&payment_method_data[card][cvc]=123' +
        '&payment_method_data[billing_details][email]=j@example.com&payment_method_data[billing_details][address][country]=US',
    );
  });

  it('link: the consumer session and the chosen funding source', () => {
    const body = decodeURIComponent(formEncode(linkConfirmParams('csmrs_secret_x', 'csmrpd_2', null)));
    expect(body).toBe('use_stripe_sdk=true&payment_method_data[type]=link&payment_method_data[link][consumer_session_client_secret]=csmrs_secret_x&payment_method_data[link][payment_details_id]=csmrpd_2');
    expect(decodeURIComponent(formEncode(linkConfirmParams('s', null, null)))).not.toContain('payment_details_id');
  });
});
