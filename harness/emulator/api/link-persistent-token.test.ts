import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../testing.ts';
import { linkConsumer } from '../link-testing.ts';

const em = useEmulator();

/** One shop: its server (stripe-node, secret key) and its shoppers' browser (Link calls, publishable key). */
function shop() {
  const link = linkConsumer(em);
  return { link, stripe: em.stripe(link.accountKey) };
}

/** What the emulated Stripe.js sends to confirm a SetupIntent with a Link funding source. */
function confirmWithLink(accountKey: string, si: Stripe.SetupIntent, sessionSecret: string, paymentDetailsId?: string) {
  const body = new URLSearchParams({
    client_secret: si.client_secret!,
    'payment_method_data[type]': 'link',
    'payment_method_data[link][consumer_session_client_secret]': sessionSecret,
    ...(paymentDetailsId ? { 'payment_method_data[link][payment_details_id]': paymentDetailsId } : {}),
    return_url: 'https://shop.example/return',
  });
  return em.raw('POST', `/v1/setup_intents/${si.id}/confirm`, { key: `pk_test_${accountKey}`, body: body.toString() });
}

async function linkSetupIntent(stripe: Stripe, persistentToken?: string) {
  const customer = await stripe.customers.create({ email: 'shopper@example.com' });
  // stripe-node 23 types name the field allowed_payment_method_types; the guide (and the API) say payment_method_types.
  const params: Stripe.SetupIntentCreateParams & { payment_method_types: string[] } = {
    customer: customer.id,
    payment_method_types: ['link', 'card'],
    ...(persistentToken ? { payment_method_options: { link: { persistent_token: persistentToken } } } : {}),
  };
  return stripe.setupIntents.create(params);
}

describe('Link through SetupIntents and persistent tokens (end to end)', () => {
  it('COOKIE-03/04: the token of a Link setup, passed on the next SetupIntent, logs the shopper in without a code', async () => {
    const { link, stripe } = shop();
    const first = await linkSetupIntent(stripe);
    const signedUp = await link.signUp({ email_address: 'cookie@example.com' });
    expect((await confirmWithLink(link.accountKey, first, signedUp.body.consumer_session.client_secret)).status).toBe(200);
    const done = await stripe.setupIntents.retrieve(first.id, { expand: ['payment_method'] });
    expect(done.status).toBe('succeeded');
    const pm = done.payment_method as Stripe.PaymentMethod;
    expect(pm).toMatchObject({ type: 'link', link: { email: 'cookie@example.com' }, billing_details: { email: 'cookie@example.com' } });
    const token = pm.link!.persistent_token!;
    expect(token).toEqual(expect.any(String));

    const next = await linkSetupIntent(stripe, token);
    const back = await link.lookup({ intent_client_secret: next.client_secret! });
    expect(back).toMatchObject({
      status: 200,
      body: {
        exists: true,
        locked: false,
        consumer_session: { email_address: 'cookie@example.com', verification_sessions: [{ type: 'PERSISTENT_TOKEN', state: 'VERIFIED' }] },
      },
    });
    const secret = back.body.consumer_session.client_secret;
    expect((await link.paymentDetails(secret)).status).toBe(200);
    expect((await confirmWithLink(link.accountKey, next, secret)).status).toBe(200);
    expect((await stripe.setupIntents.retrieve(next.id)).status).toBe('succeeded');

    const withoutToken = await linkSetupIntent(stripe);
    expect((await link.lookup({ intent_client_secret: withoutToken.client_secret! })).body).toMatchObject({ exists: false, consumer_session: null });
    const otherShop = linkConsumer(em);
    expect(await otherShop.lookup({ intent_client_secret: next.client_secret! })).toMatchObject({
      status: 404,
      body: { error: { code: 'resource_missing', param: 'intent_client_secret' } },
    });
  });

  it('COOKIE-02: the persistent token reaches the server only, never a publishable-key answer', async () => {
    const { link, stripe } = shop();
    const si = await linkSetupIntent(stripe);
    const signedUp = await link.signUp({ email_address: 'server-only@example.com' });
    const body = new URLSearchParams({
      client_secret: si.client_secret!,
      'payment_method_data[type]': 'link',
      'payment_method_data[link][consumer_session_client_secret]': signedUp.body.consumer_session.client_secret,
      'expand[0]': 'payment_method',
    });
    const confirmed = await em.raw('POST', `/v1/setup_intents/${si.id}/confirm`, { key: `pk_test_${link.accountKey}`, body: body.toString() });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.payment_method).toMatchObject({ type: 'link', customer: null, link: { email: 'server-only@example.com' } });
    expect(confirmed.body.payment_method.link.persistent_token).toBeUndefined();
    const retrieved = await em.raw('GET', `/v1/setup_intents/${si.id}?client_secret=${si.client_secret}&expand[]=payment_method`, {
      key: `pk_test_${link.accountKey}`,
    });
    expect(retrieved.body.payment_method.link.persistent_token).toBeUndefined();
    const server = await stripe.setupIntents.retrieve(si.id, { expand: ['payment_method'] });
    expect((server.payment_method as Stripe.PaymentMethod).link?.persistent_token).toEqual(expect.any(String));
  });

  it('FUND-01/02: a +multiple_funding_sources@ shopper saves the chosen bank account or card, and the card table applies', async () => {
    const { link, stripe } = shop();
    const email = 'fund+multiple_funding_sources@example.com';
    const secret = await link.logIn(email);
    const details = (await link.paymentDetails(secret)).body.redacted_payment_details as { id: string; type: string; is_default: boolean }[];
    const bank = details.find((d) => d.type === 'BANK_ACCOUNT')!;
    const otherCard = details.find((d) => d.type === 'CARD' && !d.is_default)!;

    const viaBank = await linkSetupIntent(stripe);
    expect((await confirmWithLink(link.accountKey, viaBank, secret, bank.id)).status).toBe(200);
    const bankDone = await stripe.setupIntents.retrieve(viaBank.id, { expand: ['payment_method'] });
    expect(bankDone).toMatchObject({ status: 'succeeded', payment_method: { type: 'link', link: { email } } });

    const viaCard = await linkSetupIntent(stripe);
    expect((await confirmWithLink(link.accountKey, viaCard, secret, otherCard.id)).status).toBe(200);
    expect((await stripe.setupIntents.retrieve(viaCard.id)).status).toBe('succeeded');
  });

  it('a Link card that needs 3DS asks for it at setup, like the same card entered directly', async () => {
    const { link, stripe } = shop();
    const signedUp = await link.signUp({ email_address: 'threeds.link@example.com', 'card[number]': '4000002760003184' });
    const si = await linkSetupIntent(stripe);
    await confirmWithLink(link.accountKey, si, signedUp.body.consumer_session.client_secret);
    expect((await stripe.setupIntents.retrieve(si.id)).status).toBe('requires_action');
  });

  it('refuses a Link confirm from a shopper who has not verified, and keeps the payment method secret-key only', async () => {
    const { link, stripe } = shop();
    await link.signUp({ email_address: 'half@example.com' });
    const unverified = await link.startLogIn('half@example.com');
    const si = await linkSetupIntent(stripe);
    expect(await confirmWithLink(link.accountKey, si, unverified)).toMatchObject({
      status: 403,
      body: { error: { code: 'consumer_session_not_verified', param: 'payment_method_data[link][consumer_session_client_secret]' } },
    });
    const secret = await link.logIn('half@example.com');
    await confirmWithLink(link.accountKey, si, secret);
    const pmId = (await stripe.setupIntents.retrieve(si.id)).payment_method as string;
    const asBrowser = await em.raw('GET', `/v1/payment_methods/${pmId}`, { key: `pk_test_${link.accountKey}` });
    expect(asBrowser).toMatchObject({ status: 401, body: { error: { code: 'secret_key_required' } } });
  });
});
