import { afterEach, describe, expect, it, vi } from 'vitest';
import { useEmulator } from '../testing.ts';
import { linkConsumer } from '../link-testing.ts';

const em = useEmulator();
const nextYear = new Date().getFullYear() + 1;

afterEach(() => {
  vi.useRealTimers();
});

/** What Stripe.js sends to create a ConfirmationToken for a typed card. */
const cardTokenBody = (number = '4242424242424242', extra = '') =>
  `payment_method_data[type]=card&payment_method_data[card][number]=${number}&payment_method_data[card][exp_month]=12&payment_method_data[card][exp_year]=${nextYear}` +
  `&payment_method_data[card][cvc]=123&payment_method_data[billing_details][email]=jenny%40example.com${extra}`;

async function browserToken(account: string, body = cardTokenBody()) {
  const res = await em.raw('POST', '/v1/confirmation_tokens', { key: `pk_test_${account}`, body });
  expect(res.status).toBe(200);
  return res.body as { id: string; [k: string]: unknown };
}

describe('ConfirmationTokens (POST /v1/confirmation_tokens, GET /v1/confirmation_tokens/:id)', () => {
  it("creates a ctoken_ with the publishable key in Stripe's shape, with a preview of the card and no PaymentMethod yet", async () => {
    const account = em.newAccountKey();
    const token = await browserToken(
      account,
      cardTokenBody(
        '4242424242424242',
        '&return_url=https%3A%2F%2Fshop.example%2Fdone&setup_future_usage=off_session&shipping[name]=Jenny%20Rosen&shipping[address][country]=US&shipping[address][line1]=1%20Main%20St',
      ),
    );
    expect(token).toMatchObject({
      id: expect.stringMatching(/^ctoken_/),
      object: 'confirmation_token',
      livemode: false,
      use_stripe_sdk: true,
      return_url: 'https://shop.example/done',
      setup_future_usage: 'off_session',
      setup_intent: null,
      payment_intent: null,
      shipping: { name: 'Jenny Rosen', phone: null, address: { country: 'US', line1: '1 Main St', city: null } },
      payment_method_preview: { type: 'card', card: { last4: '4242', brand: 'visa' }, billing_details: { email: 'jenny@example.com' } },
    });
    expect(token.expires_at).toBe((token.created as number) + 12 * 60 * 60);
    expect(JSON.stringify(token)).not.toContain('4242424242424242');
    const stripe = em.stripe(account);
    expect(await stripe.confirmationTokens.retrieve(token.id)).toMatchObject({ id: token.id, payment_method_preview: { type: 'card' } });
    expect((await stripe.paymentMethods.list({ type: 'card' } as never)).data).toEqual([]);
  });

  it('refuses a secret key on the Stripe.js endpoint and a publishable key on retrieve; the test helper creates one server-side', async () => {
    const account = em.newAccountKey();
    const stripe = em.stripe(account);
    const refused = await em.raw('POST', '/v1/confirmation_tokens', { key: `sk_test_${account}`, body: 'payment_method=pm_card_visa' });
    expect(refused.status).toBe(400);
    expect(refused.body.error.type).toBe('invalid_request_error');
    const token = await stripe.testHelpers.confirmationTokens.create({ payment_method: 'pm_card_visa' });
    expect(token.payment_method_preview).toMatchObject({ type: 'card', card: { last4: '4242' } });
    const byPublishable = await em.raw('GET', `/v1/confirmation_tokens/${token.id}`, { key: `pk_test_${account}` });
    expect(byPublishable.status).not.toBe(200);
    await expect(stripe.confirmationTokens.retrieve('ctoken_nope')).rejects.toMatchObject({ statusCode: 404, code: 'resource_missing' });
  });

  it('fails at creation for a card Stripe refuses (Luhn), as the Payment Element would', async () => {
    const res = await em.raw('POST', '/v1/confirmation_tokens', { key: `pk_test_${em.newAccountKey()}`, body: cardTokenBody('4242424242424241') });
    expect(res.status).toBe(402);
    expect(res.body.error).toMatchObject({ type: 'card_error', code: 'incorrect_number' });
  });
});

describe('confirmation_token on intents', () => {
  it('SetupIntent create with confirm: the PaymentMethod made from the token is attached, and the token records the intent', async () => {
    const account = em.newAccountKey();
    const stripe = em.stripe(account);
    const customer = await stripe.customers.create({ email: 'jenny@example.com' });
    const token = await browserToken(account);
    const si = await stripe.setupIntents.create({ customer: customer.id, confirm: true, confirmation_token: token.id });
    expect(si.status).toBe('succeeded');
    const pm = await stripe.paymentMethods.retrieve(si.payment_method as string);
    expect(pm).toMatchObject({ type: 'card', customer: customer.id, card: { last4: '4242' }, billing_details: { email: 'jenny@example.com' } });
    expect(await stripe.confirmationTokens.retrieve(token.id)).toMatchObject({ setup_intent: si.id, payment_intent: null, expires_at: null });
  });

  it('needs confirm=true on create', async () => {
    const account = em.newAccountKey();
    const token = await browserToken(account);
    await expect(em.stripe(account).setupIntents.create({ confirmation_token: token.id })).rejects.toMatchObject({
      statusCode: 400,
      param: 'confirmation_token',
    });
  });

  it('SetupIntent confirm: a 3DS card needs its challenge through Stripe.js (use_stripe_sdk), with the token return_url', async () => {
    const account = em.newAccountKey();
    const stripe = em.stripe(account);
    const token = await browserToken(account, cardTokenBody('4000002500003155', '&return_url=https%3A%2F%2Fshop.example%2Fdone'));
    const si = await stripe.setupIntents.create({});
    const confirmed = await stripe.setupIntents.confirm(si.id, { confirmation_token: token.id });
    expect(confirmed.status).toBe('requires_action');
    expect(confirmed.next_action?.type).toBe('use_stripe_sdk');
  });

  it('PaymentIntent create with confirm: shipping and setup_future_usage of the token apply; the PaymentMethod is saved to the customer', async () => {
    const account = em.newAccountKey();
    const stripe = em.stripe(account);
    const customer = await stripe.customers.create({});
    const token = await browserToken(
      account,
      cardTokenBody('4242424242424242', '&setup_future_usage=off_session&shipping[name]=Jenny%20Rosen&shipping[address][country]=US'),
    );
    const pi = await stripe.paymentIntents.create({ amount: 2000, currency: 'usd', customer: customer.id, confirm: true, confirmation_token: token.id });
    expect(pi).toMatchObject({ status: 'succeeded', setup_future_usage: 'off_session', shipping: { name: 'Jenny Rosen', address: { country: 'US' } } });
    expect((await stripe.paymentMethods.retrieve(pi.payment_method as string)).customer).toBe(customer.id);
    expect((await stripe.confirmationTokens.retrieve(token.id)).payment_intent).toBe(pi.id);
  });

  it('PaymentIntent confirm: the payment_method of the request wins over the token', async () => {
    const account = em.newAccountKey();
    const stripe = em.stripe(account);
    const token = await browserToken(account);
    const pi = await stripe.paymentIntents.create({ amount: 500, currency: 'usd' });
    const confirmed = await stripe.paymentIntents.confirm(pi.id, { confirmation_token: token.id, payment_method: 'pm_card_mastercard' });
    expect((await stripe.paymentMethods.retrieve(confirmed.payment_method as string)).card?.brand).toBe('mastercard');
  });

  it('refuses a token used before (token_already_used) and an expired one', async () => {
    const account = em.newAccountKey();
    const stripe = em.stripe(account);
    const token = await browserToken(account);
    await stripe.setupIntents.create({ confirm: true, confirmation_token: token.id });
    const si = await stripe.setupIntents.create({});
    await expect(stripe.setupIntents.confirm(si.id, { confirmation_token: token.id })).rejects.toMatchObject({
      statusCode: 400,
      code: 'token_already_used',
      param: 'confirmation_token',
    });
    expect((await stripe.setupIntents.retrieve(si.id)).status).toBe('requires_payment_method');

    const stale = await browserToken(account);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 12 * 60 * 60 * 1000 + 1000);
    await expect(stripe.setupIntents.confirm(si.id, { confirmation_token: stale.id })).rejects.toMatchObject({
      statusCode: 400,
      code: 'expired_confirmation_token',
      param: 'confirmation_token',
    });
  });

  it('a logged-in Link shopper: the token previews a Link payment method and the SetupIntent saves it', async () => {
    const link = linkConsumer(em);
    const seeded = await fetch(`${em.emulator.url}/_harness/accounts/${link.accountKey}/link-accounts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'wallet@example.com', fundingSources: [{ type: 'card', number: '4242424242424242', default: true }] }),
    });
    expect(seeded.status).toBe(201);
    const session = await link.logIn('wallet@example.com');
    const token = await browserToken(
      link.accountKey,
      `payment_method_data[type]=link&payment_method_data[link][consumer_session_client_secret]=${encodeURIComponent(session)}`,
    );
    expect(token.payment_method_preview).toMatchObject({ type: 'link', link: { email: 'wallet@example.com' } });
    const stripe = em.stripe(link.accountKey);
    const customer = await stripe.customers.create({});
    const si = await stripe.setupIntents.create({
      customer: customer.id,
      allowed_payment_method_types: ['link', 'card'],
      confirm: true,
      confirmation_token: token.id,
    });
    expect(si.status).toBe('succeeded');
    expect(await stripe.paymentMethods.retrieve(si.payment_method as string)).toMatchObject({ type: 'link', customer: customer.id });
  });
});

describe('elements sessions (GET /v1/elements/sessions)', () => {
  const session = (account: string, query: string) => em.raw('GET', `/v1/elements/sessions?type=deferred_intent&${query}`, { key: `pk_test_${account}` });

  it("offers the account's automatic payment methods (Link only while it is on), or the named ones", async () => {
    const account = em.newAccountKey();
    expect(
      (await session(account, 'deferred_intent[mode]=setup&deferred_intent[currency]=usd')).body.payment_method_preference.ordered_payment_method_types,
    ).toEqual(['card', 'link']);
    const off = await fetch(`${em.emulator.url}/_harness/accounts/${account}/payment-method-settings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ link: false }),
    });
    expect(off.status).toBe(200);
    const withoutLink = await session(account, 'deferred_intent[mode]=setup');
    expect(withoutLink.body).toMatchObject({ payment_method_preference: { ordered_payment_method_types: ['card'] }, link_settings: { link_enabled: false } });
    const named = await session(
      account,
      'deferred_intent[mode]=payment&deferred_intent[amount]=100&deferred_intent[currency]=usd&deferred_intent[payment_method_types][0]=card&deferred_intent[payment_method_types][1]=us_bank_account',
    );
    expect(named.body.payment_method_preference.ordered_payment_method_types).toEqual(['card', 'us_bank_account']);
    const excluded = await session(em.newAccountKey(), 'deferred_intent[mode]=setup&deferred_intent[excluded_payment_method_types][0]=link');
    expect(excluded.body).toMatchObject({ payment_method_preference: { ordered_payment_method_types: ['card'] }, link_settings: { link_enabled: false } });
  });

  it('wants a currency and an amount in payment mode', async () => {
    const res = await session(em.newAccountKey(), 'deferred_intent[mode]=payment&deferred_intent[amount]=100');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'parameter_missing', param: 'deferred_intent[currency]' });
  });
});
