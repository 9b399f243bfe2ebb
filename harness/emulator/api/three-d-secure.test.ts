import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../testing.ts';

const em = useEmulator();

/** A shop with a customer, and the test page's two buttons reached the way the challenge frame reaches them. */
async function shop() {
  const accountKey = em.newAccountKey();
  const stripe = em.stripe(accountKey);
  const customer = await stripe.customers.create({ email: 'threeds@example.com' });
  const press = (source: string, outcome: string, key = `pk_test_${accountKey}`) =>
    em.raw('POST', '/v1/3ds2/challenge_complete', { key, body: new URLSearchParams({ source, outcome }).toString() });
  const look = (source: string) => em.raw('GET', `/v1/3ds2/challenges/${source}`, { key: `pk_test_${accountKey}` });
  return { stripe, customer, press, look, pk: `pk_test_${accountKey}` };
}

const sdkSource = (intent: { id: string; next_action: { use_stripe_sdk?: unknown } | null }) => {
  expect(intent.next_action).toMatchObject({ type: 'use_stripe_sdk', use_stripe_sdk: { type: 'three_d_secure_redirect' } });
  const sdk = intent.next_action!.use_stripe_sdk as { source: string; stripe_js: string };
  expect(sdk.source).toMatch(/^src_/);
  expect(sdk.stripe_js).toBe(`${em.emulator.url}/three-ds-2-challenge/${sdk.source}?intent=${intent.id}`);
  return sdk.source;
};

describe('3D Secure on a SetupIntent (3DS-01, 3DS-02)', () => {
  it('Complete: the SetupIntent succeeds without another confirm and the card is saved for later', async () => {
    const { stripe, customer, press, look } = await shop();
    const si = await stripe.setupIntents.create({ customer: customer.id, allowed_payment_method_types: ['link', 'card'] });
    const pending = await stripe.setupIntents.confirm(si.id, { payment_method: 'pm_card_threeDSecure2Required' });
    expect(pending.status).toBe('requires_action');
    const source = sdkSource(pending);
    expect(await look(source)).toMatchObject({
      status: 200,
      body: { object: 'three_d_secure_challenge', id: source, status: 'pending', intent: { id: si.id, status: 'requires_action' } },
    });

    const answered = await press(source, 'authorize');
    expect(answered).toMatchObject({ status: 200, body: { id: source, status: 'authorized', intent: { id: si.id, status: 'succeeded' }, redirect_url: null } });
    expect(answered.body.intent).not.toHaveProperty('customer');
    const done = await stripe.setupIntents.retrieve(si.id, { expand: ['payment_method'] });
    expect(done).toMatchObject({ status: 'succeeded', next_action: null });
    expect((done.payment_method as Stripe.PaymentMethod).customer).toBe(customer.id);
    const later = await stripe.paymentIntents.create({
      amount: 1000,
      currency: 'usd',
      customer: customer.id,
      payment_method: (done.payment_method as Stripe.PaymentMethod).id,
      confirm: true,
      off_session: true,
    });
    expect(later.status).toBe('succeeded');
    expect(await press(source, 'authorize')).toMatchObject({ status: 400, body: { error: { type: 'invalid_request_error', param: 'source' } } });
  });

  it('Fail: back to requires_payment_method with setup_intent_authentication_failure, and another try works', async () => {
    const { stripe, customer, press } = await shop();
    const si = await stripe.setupIntents.create({ customer: customer.id });
    const source = sdkSource(await stripe.setupIntents.confirm(si.id, { payment_method: 'pm_card_authenticationRequiredOnSetup' }));
    const answered = await press(source, 'fail');
    expect(answered).toMatchObject({ status: 200, body: { status: 'failed', intent: { status: 'requires_payment_method' } } });
    const failed = await stripe.setupIntents.retrieve(si.id);
    expect(failed).toMatchObject({
      status: 'requires_payment_method',
      payment_method: null,
      next_action: null,
      last_setup_error: { type: 'invalid_request_error', code: 'setup_intent_authentication_failure' },
    });
    expect(failed.last_setup_error?.payment_method?.card?.last4).toBe('3155');
    expect((await stripe.customers.listPaymentMethods(customer.id)).data).toHaveLength(0);
    const retry = await stripe.setupIntents.confirm(si.id, { payment_method: 'pm_card_visa' });
    expect(retry).toMatchObject({ status: 'succeeded', last_setup_error: null });
  });

  it('gives redirect_to_url for a server-side confirm with a return_url, and the page returns there with the intent', async () => {
    const { stripe, customer, press, pk } = await shop();
    const si = await stripe.setupIntents.create({
      customer: customer.id,
      payment_method: 'pm_card_authenticationRequired',
      confirm: true,
      return_url: 'https://shop.example/return?order=9',
    });
    expect(si.next_action).toMatchObject({ type: 'redirect_to_url', redirect_to_url: { return_url: 'https://shop.example/return?order=9' } });
    const url = new URL(si.next_action!.redirect_to_url!.url!);
    expect(url.pathname).toMatch(/^\/three-ds-2-challenge\/src_/);
    expect(url.searchParams.get('key')).toBe(pk);
    const answered = await press(url.pathname.split('/').pop()!, 'authorize');
    const back = new URL(answered.body.redirect_url);
    expect(back.origin + back.pathname).toBe('https://shop.example/return');
    expect(Object.fromEntries(back.searchParams)).toEqual({
      order: '9',
      setup_intent: si.id,
      setup_intent_client_secret: si.client_secret,
      redirect_status: 'succeeded',
    });
  });

  it('gives use_stripe_sdk when Stripe.js confirms with use_stripe_sdk, even with a return_url', async () => {
    const { stripe, customer, pk } = await shop();
    const si = await stripe.setupIntents.create({ customer: customer.id });
    const raw = await em.raw('POST', `/v1/setup_intents/${si.id}/confirm`, {
      key: pk,
      body: new URLSearchParams({
        client_secret: si.client_secret!,
        payment_method: 'pm_card_authenticationRequired',
        use_stripe_sdk: 'true',
        return_url: 'https://shop.example/r',
      }).toString(),
    });
    expect(raw).toMatchObject({ status: 200, body: { status: 'requires_action', next_action: { type: 'use_stripe_sdk' } } });
  });

  it('drops a challenge when the intent is confirmed again or canceled', async () => {
    const { stripe, customer, press } = await shop();
    const si = await stripe.setupIntents.create({ customer: customer.id });
    const first = sdkSource(await stripe.setupIntents.confirm(si.id, { payment_method: 'pm_card_authenticationRequired' }));
    const second = sdkSource(await stripe.setupIntents.confirm(si.id, { payment_method: 'pm_card_authenticationRequired' }));
    expect(second).not.toBe(first);
    expect(await press(first, 'authorize')).toMatchObject({ status: 400, body: { error: { code: 'intent_invalid_state' } } });
    await stripe.setupIntents.cancel(si.id);
    expect(await press(second, 'authorize')).toMatchObject({ status: 400 });
    expect((await stripe.setupIntents.retrieve(si.id)).status).toBe('canceled');
  });

  it('checks its parameters and keeps challenges inside their account', async () => {
    const { stripe, customer, press } = await shop();
    const si = await stripe.setupIntents.create({ customer: customer.id, payment_method: 'pm_card_authenticationRequired', confirm: true });
    const source = sdkSource(si);
    expect(await press('src_nope', 'authorize')).toMatchObject({ status: 404, body: { error: { code: 'resource_missing', param: 'source' } } });
    expect(await press(source, 'maybe')).toMatchObject({ status: 400, body: { error: { param: 'outcome' } } });
    expect(
      await em.raw('POST', '/v1/3ds2/challenge_complete', { key: `pk_test_${em.newAccountKey()}`, body: `source=${source}&outcome=authorize` }),
    ).toMatchObject({ status: 404 });
    expect(await em.raw('POST', '/v1/3ds2/challenge_complete', { key: `pk_test_${em.newAccountKey()}`, body: `source=${source}` })).toMatchObject({
      status: 400,
      body: { error: { code: 'parameter_missing', param: 'outcome' } },
    });
    expect((await stripe.setupIntents.retrieve(si.id)).status).toBe('requires_action');
  });
});

describe('3D Secure on a PaymentIntent', () => {
  it('Complete charges the card; Fail leaves payment_intent_authentication_failure', async () => {
    const { stripe, customer, press } = await shop();
    const pi = await stripe.paymentIntents.create({
      amount: 3000,
      currency: 'usd',
      customer: customer.id,
      payment_method: 'pm_card_authenticationRequired',
      confirm: true,
    });
    expect(pi.status).toBe('requires_action');
    expect(pi.latest_charge).toBeNull();
    await press(sdkSource(pi), 'authorize');
    const paid = await stripe.paymentIntents.retrieve(pi.id, { expand: ['latest_charge'] });
    expect(paid).toMatchObject({
      status: 'succeeded',
      amount_received: 3000,
      latest_charge: { status: 'succeeded', payment_method_details: { card: { three_d_secure: { result: 'authenticated' } } } },
    });

    const other = await stripe.paymentIntents.create({
      amount: 3000,
      currency: 'usd',
      customer: customer.id,
      payment_method: 'pm_card_authenticationRequired',
      confirm: true,
    });
    await press(sdkSource(other), 'fail');
    const failed = await stripe.paymentIntents.retrieve(other.id);
    expect(failed).toMatchObject({
      status: 'requires_payment_method',
      payment_method: null,
      latest_charge: null,
      last_payment_error: { type: 'invalid_request_error', code: 'payment_intent_authentication_failure' },
    });
  });

  it('brings an off-session authentication_required back on-session with the client secret', async () => {
    const { stripe, customer, press, pk } = await shop();
    const pm = await stripe.paymentMethods.attach('pm_card_authenticationRequired', { customer: customer.id });
    const err = await stripe.paymentIntents
      .create({ amount: 4000, currency: 'usd', customer: customer.id, payment_method: pm.id, confirm: true, off_session: true })
      .then(
        () => expect.fail('the off-session charge should need authentication'),
        (e: Stripe.errors.StripeCardError) => e,
      );
    expect(err.code).toBe('authentication_required');
    const pi = err.payment_intent!;
    const page = await em.raw('POST', `/v1/payment_intents/${pi.id}/confirm`, {
      key: pk,
      body: new URLSearchParams({ client_secret: pi.client_secret!, payment_method: pm.id, use_stripe_sdk: 'true' }).toString(),
    });
    expect(page).toMatchObject({ status: 200, body: { status: 'requires_action' } });
    await press(page.body.next_action.use_stripe_sdk.source, 'authorize');
    expect((await stripe.paymentIntents.retrieve(pi.id)).status).toBe('succeeded');
  });

  it('declines 4000008260003178 with insufficient_funds after a completed challenge', async () => {
    const { stripe, customer, press } = await shop();
    const pi = await stripe.paymentIntents.create({
      amount: 3000,
      currency: 'usd',
      customer: customer.id,
      payment_method: 'pm_card_authenticationRequiredChargeDeclinedInsufficientFunds',
      confirm: true,
    });
    const answered = await press(sdkSource(pi), 'authorize');
    expect(answered).toMatchObject({ status: 200, body: { status: 'authorized', intent: { status: 'requires_payment_method' } } });
    const after = await stripe.paymentIntents.retrieve(pi.id, { expand: ['latest_charge'] });
    expect(after).toMatchObject({
      last_payment_error: { type: 'card_error', code: 'card_declined', decline_code: 'insufficient_funds' },
      latest_charge: { status: 'failed' },
    });
  });

  it('sets up the card for later with setup_future_usage once the challenge is completed', async () => {
    const { stripe, customer, press } = await shop();
    const pi = await stripe.paymentIntents.create({
      amount: 3000,
      currency: 'usd',
      customer: customer.id,
      payment_method: 'pm_card_authenticationRequiredOnSetup',
      setup_future_usage: 'off_session',
      confirm: true,
    });
    await press(sdkSource(pi), 'authorize');
    const paid = await stripe.paymentIntents.retrieve(pi.id);
    const later = await stripe.paymentIntents.create({
      amount: 100,
      currency: 'usd',
      customer: customer.id,
      payment_method: paid.payment_method as string,
      confirm: true,
      off_session: true,
    });
    expect(later.status).toBe('succeeded');
  });
});
