import { describe, expect, it } from 'vitest';
import { useEmulator } from '../testing.ts';

const em = useEmulator();

/** A shop whose server holds the secret key and whose page (Stripe.js) holds the publishable key. */
async function shop() {
  const accountKey = em.newAccountKey();
  const stripe = em.stripe(accountKey);
  const pk = `pk_test_${accountKey}`;
  const browser = (method: 'GET' | 'POST', path: string, params: Record<string, string>) => {
    const query = new URLSearchParams(params).toString();
    return method === 'GET' ? em.raw('GET', `${path}?${query}`, { key: pk }) : em.raw('POST', path, { key: pk, body: query });
  };
  return { stripe, pk, browser };
}

describe('SetupIntent with the publishable key (SETUP-03)', () => {
  it('retrieves with the client secret only, and shows the client-side fields only', async () => {
    const { stripe, browser } = await shop();
    const customer = await stripe.customers.create({});
    const si = await stripe.setupIntents.create({ customer: customer.id, metadata: { internal: 'yes' }, allowed_payment_method_types: ['link', 'card'] });
    const ok = await browser('GET', `/v1/setup_intents/${si.id}`, { client_secret: si.client_secret! });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({
      id: si.id,
      object: 'setup_intent',
      status: 'requires_payment_method',
      client_secret: si.client_secret,
      payment_method_types: ['link', 'card'],
      usage: 'off_session',
    });
    for (const hidden of ['customer', 'metadata', 'payment_method_options', 'mandate']) expect(ok.body).not.toHaveProperty(hidden);

    const without = await browser('GET', `/v1/setup_intents/${si.id}`, {});
    expect(without).toMatchObject({ status: 400, body: { error: { type: 'invalid_request_error', code: 'parameter_missing', param: 'client_secret' } } });
    const wrong = await browser('GET', `/v1/setup_intents/${si.id}`, { client_secret: `${si.id}_secret_wrong` });
    expect(wrong).toMatchObject({ status: 400, body: { error: { type: 'invalid_request_error', param: 'client_secret' } } });
    const unknown = await browser('GET', '/v1/setup_intents/seti_nope', { client_secret: 'seti_nope_secret_x' });
    expect(unknown).toMatchObject({ status: 404, body: { error: { code: 'resource_missing' } } });
    // The secret key may leave the client secret out but not send a wrong one.
    expect((await stripe.setupIntents.retrieve(si.id)).customer).toBe(customer.id);
    await expect(stripe.setupIntents.retrieve(si.id, { client_secret: 'seti_x_secret_y' })).rejects.toMatchObject({ statusCode: 400, param: 'client_secret' });
  });

  it('confirms with the client secret the way Stripe.js does', async () => {
    const { stripe, browser } = await shop();
    const customer = await stripe.customers.create({});
    const si = await stripe.setupIntents.create({ customer: customer.id, allowed_payment_method_types: ['link', 'card'] });
    const params: Record<string, string> = {
      'payment_method_data[type]': 'card',
      'payment_method_data[card][number]': '4242424242424242',
      'payment_method_data[card][exp_month]': '12',
      'payment_method_data[card][exp_year]': String(new Date().getFullYear() + 2),
      'payment_method_data[card][cvc]': '123',
      'payment_method_data[billing_details][email]': 'shopper@example.com',
      return_url: 'https://shop.example/return',
      use_stripe_sdk: 'true',
      'mandate_data[customer_acceptance][type]': 'online',
      'mandate_data[customer_acceptance][online][infer_from_client]': 'true',
      expected_payment_method_type: 'card',
      client_secret: si.client_secret!,
    };
    const refused = await browser('POST', `/v1/setup_intents/${si.id}/confirm`, { ...params, client_secret: `${si.id}_secret_nope` });
    expect(refused).toMatchObject({ status: 400, body: { error: { param: 'client_secret' } } });
    const missing = await browser('POST', `/v1/setup_intents/${si.id}/confirm`, { payment_method: 'pm_card_visa' });
    expect(missing).toMatchObject({ status: 400, body: { error: { code: 'parameter_missing', param: 'client_secret' } } });
    expect((await stripe.setupIntents.retrieve(si.id)).status).toBe('requires_payment_method');

    const ok = await browser('POST', `/v1/setup_intents/${si.id}/confirm`, params);
    expect(ok).toMatchObject({ status: 200, body: { id: si.id, status: 'succeeded' } });
    expect(ok.body).not.toHaveProperty('customer');
    const pm = await stripe.paymentMethods.retrieve(ok.body.payment_method);
    expect(pm).toMatchObject({ customer: customer.id, billing_details: { email: 'shopper@example.com' } });
  });

  it('shows only the client view of the SetupIntent in a card error', async () => {
    const { stripe, browser } = await shop();
    const customer = await stripe.customers.create({});
    const si = await stripe.setupIntents.create({ customer: customer.id });
    const declined = await browser('POST', `/v1/setup_intents/${si.id}/confirm`, {
      client_secret: si.client_secret!,
      payment_method: 'pm_card_visa_chargeDeclinedInsufficientFunds',
    });
    expect(declined).toMatchObject({
      status: 402,
      body: {
        error: {
          type: 'card_error',
          code: 'card_declined',
          decline_code: 'insufficient_funds',
          setup_intent: { id: si.id, status: 'requires_payment_method' },
        },
      },
    });
    expect(declined.body.error.setup_intent).not.toHaveProperty('customer');
  });

  it('may not create, update, cancel or list', async () => {
    const { stripe, browser } = await shop();
    const si = await stripe.setupIntents.create({});
    for (const [method, path] of [
      ['POST', '/v1/setup_intents'],
      ['POST', `/v1/setup_intents/${si.id}`],
      ['POST', `/v1/setup_intents/${si.id}/cancel`],
      ['GET', '/v1/setup_intents'],
    ] as const)
      expect(await browser(method, path, { client_secret: si.client_secret! })).toMatchObject({
        status: 401,
        body: { error: { code: 'secret_key_required' } },
      });
  });
});

describe('PaymentIntent with the publishable key', () => {
  it('retrieves and confirms with the client secret, refusing without or with a wrong one', async () => {
    const { stripe, browser } = await shop();
    const pi = await stripe.paymentIntents.create({ amount: 1500, currency: 'usd', metadata: { order: '7' } });
    const ok = await browser('GET', `/v1/payment_intents/${pi.id}`, { client_secret: pi.client_secret! });
    expect(ok).toMatchObject({ status: 200, body: { id: pi.id, amount: 1500, currency: 'usd', status: 'requires_payment_method' } });
    expect(ok.body).not.toHaveProperty('metadata');
    expect(await browser('GET', `/v1/payment_intents/${pi.id}`, {})).toMatchObject({ status: 400, body: { error: { param: 'client_secret' } } });
    expect(await browser('GET', `/v1/payment_intents/${pi.id}`, { client_secret: 'pi_1_secret_2' })).toMatchObject({
      status: 400,
      body: { error: { param: 'client_secret' } },
    });
    expect(await browser('POST', `/v1/payment_intents/${pi.id}/confirm`, { payment_method: 'pm_card_visa', client_secret: 'pi_1_secret_2' })).toMatchObject({
      status: 400,
    });
    const confirmed = await browser('POST', `/v1/payment_intents/${pi.id}/confirm`, {
      payment_method: 'pm_card_visa',
      client_secret: pi.client_secret!,
      use_stripe_sdk: 'true',
    });
    expect(confirmed).toMatchObject({ status: 200, body: { id: pi.id, status: 'succeeded' } });
    expect(confirmed.body).not.toHaveProperty('latest_charge');
    expect((await stripe.paymentIntents.retrieve(pi.id)).latest_charge).toMatch(/^ch_/);
  });
});
