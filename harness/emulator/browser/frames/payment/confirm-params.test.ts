import { describe, expect, it } from 'vitest';
import { formEncode } from '../shared/form-encode.ts';
import { billingDetailsFor, cardConfirmParams, cardDetailsOf, linkConfirmParams, withConfirmParams } from './confirm-params.ts';

const values = { number: '4242 4242 4242 4242', expiry: '12 / 34', cvc: '123', country: 'US', postalCode: '42424' };

describe('cardDetailsOf', () => {
  it('sends digits, a numeric month and a four-digit year', () => {
    expect(cardDetailsOf(values)).toEqual({ number: '4242424242424242', exp_month: 12, exp_year: 2034, cvc: '123' });
  });
});

describe('billingDetailsFor', () => {
  it('combines default values, the shopper email and the form country and postal code', () => {
    const billing = billingDetailsFor({
      defaults: { name: 'Jenny Rosen', email: 'old@example.com', address: { line1: '1 Main St' } },
      email: 'jenny@example.com',
      values,
      confirmParams: {},
    });
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
    expect(billingDetailsFor({ defaults: undefined, email: null, values: { country: 'DE', postalCode: '' }, confirmParams: {} }).address).toEqual({
      country: 'DE',
      postal_code: undefined,
    });
  });
});

describe('confirm bodies', () => {
  it('card: payment_method_data[type]=card with the card and billing details, use_stripe_sdk and return_url', () => {
    const body = decodeURIComponent(
      formEncode(cardConfirmParams(cardDetailsOf(values), { email: 'j@example.com', address: { country: 'US' } }, 'https://shop.test/done')),
    );
    expect(body).toBe(
      'use_stripe_sdk=true&return_url=https://shop.test/done&payment_method_data[type]=card&payment_method_data[card][number]=4242424242424242' +
        '&payment_method_data[card][exp_month]=12&payment_method_data[card][exp_year]=2034&payment_method_data[card][cvc]=123' +
        '&payment_method_data[billing_details][email]=j@example.com&payment_method_data[billing_details][address][country]=US',
    );
  });

  it('link: the consumer session and the chosen funding source', () => {
    const body = decodeURIComponent(formEncode(linkConfirmParams('csmrs_secret_x', 'csmrpd_2', null)));
    expect(body).toBe(
      'use_stripe_sdk=true&payment_method_data[type]=link&payment_method_data[link][consumer_session_client_secret]=csmrs_secret_x&payment_method_data[link][payment_details_id]=csmrpd_2',
    );
    expect(decodeURIComponent(formEncode(linkConfirmParams('s', null, null)))).not.toContain('payment_details_id');
  });
});

describe('withConfirmParams', () => {
  const card = cardConfirmParams(cardDetailsOf(values), { email: 'j@example.com', address: { country: 'US', postal_code: '42424' } }, 'https://shop.test/done');

  it('passes every confirmParams field on, return_url aside', () => {
    const mandate = { customer_acceptance: { type: 'online', online: { infer_from_client: true } } };
    const body = withConfirmParams(card, {
      return_url: 'https://elsewhere.test/',
      expand: ['payment_method'],
      shipping: { name: 'Jenny', address: { country: 'US' } },
      mandate_data: mandate,
      setup_future_usage: 'off_session',
      payment_method_options: { card: { request_three_d_secure: 'challenge' } },
      receipt_email: 'j@example.com',
    });
    expect(body).toMatchObject({
      return_url: 'https://shop.test/done',
      expand: ['payment_method'],
      shipping: { name: 'Jenny', address: { country: 'US' } },
      mandate_data: mandate,
      setup_future_usage: 'off_session',
      payment_method_options: { card: { request_three_d_secure: 'challenge' } },
      receipt_email: 'j@example.com',
      use_stripe_sdk: true,
    });
  });

  it("merges payment_method_data over the shopper's, billing_details field by field; the type and card stay the shopper's", () => {
    const body = withConfirmParams(card, {
      payment_method_data: {
        type: 'sepa_debit',
        card: { number: '1' },
        metadata: { order: '42' },
        allow_redisplay: 'always',
        billing_details: { name: 'Jenny', address: { line1: '1 Main St' } },
      },
    });
    expect(body.payment_method_data).toEqual({
      type: 'card',
      card: cardDetailsOf(values),
      metadata: { order: '42' },
      allow_redisplay: 'always',
      billing_details: { email: 'j@example.com', name: 'Jenny', address: { country: 'US', postal_code: '42424', line1: '1 Main St' } },
    });
  });

  it('keeps a Link confirm a Link confirm', () => {
    const body = withConfirmParams(linkConfirmParams('csmrs_secret_x', null, null), { payment_method_data: { billing_details: { phone: '+15555550100' } } });
    expect(body.payment_method_data).toEqual({
      type: 'link',
      link: { consumer_session_client_secret: 'csmrs_secret_x' },
      billing_details: { phone: '+15555550100' },
    });
  });
});
