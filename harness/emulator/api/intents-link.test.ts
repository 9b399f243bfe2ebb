import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../testing.ts';
import { linkConsumer } from '../link-testing.ts';

const em = useEmulator();

interface SeededSource {
  id: string;
  type: 'card' | 'bank_account';
  card?: { number: string };
}

/**
 * A shop with a returning Link shopper whose wallet holds a 3DS-every-time card, a declining card
 * and a US bank account, logged in (verified session) from the shop's checkout.
 */
async function shopWithLinkShopper() {
  const link = linkConsumer(em);
  const stripe = em.stripe(link.accountKey);
  const email = 'wallet@example.com';
  const seeded = await fetch(`${em.emulator.url}/_harness/accounts/${link.accountKey}/link-accounts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email,
      fundingSources: [{ type: 'card', number: '4000002760003184', default: true }, { type: 'card', number: '4000000000000002' }, { type: 'bank_account' }],
    }),
  });
  expect(seeded.status).toBe(201);
  const sources = ((await seeded.json()) as { funding_sources: SeededSource[] }).funding_sources;
  const source = (pick: (s: SeededSource) => boolean) => sources.find(pick)!.id;
  const session = await link.logIn(email);
  const customer = await stripe.customers.create({ email });
  const setupIntent = () => {
    const params: Stripe.SetupIntentCreateParams & { payment_method_types: string[] } = { customer: customer.id, payment_method_types: ['link', 'card'] };
    return stripe.setupIntents.create(params);
  };
  /** What the emulated Stripe.js sends to confirm with a Link funding source. */
  const confirmWithLink = (si: Stripe.SetupIntent, paymentDetailsId: string) =>
    em.raw('POST', `/v1/setup_intents/${si.id}/confirm`, {
      key: `pk_test_${link.accountKey}`,
      body: new URLSearchParams({
        client_secret: si.client_secret!,
        'payment_method_data[type]': 'link',
        'payment_method_data[link][consumer_session_client_secret]': session,
        'payment_method_data[link][payment_details_id]': paymentDetailsId,
        return_url: 'https://shop.example/return',
        use_stripe_sdk: 'true',
      }).toString(),
    });
  const chargeLater = (paymentMethod: string) =>
    stripe.paymentIntents.create({ amount: 1500, currency: 'usd', customer: customer.id, payment_method: paymentMethod, confirm: true, off_session: true });
  return {
    stripe,
    customer,
    link,
    setupIntent,
    confirmWithLink,
    chargeLater,
    threeDsCard: source((s) => s.card?.number === '4000002760003184'),
    declinedCard: source((s) => s.card?.number === '4000000000000002'),
    bank: source((s) => s.type === 'bank_account'),
  };
}

describe('SetupIntents and PaymentIntents with Link payment methods', () => {
  it("payment_method_data[billing_details] with a Link funding source lands on the Link payment method (an Address Element's billing values)", async () => {
    const shop = await shopWithLinkShopper();
    const si = await shop.setupIntent();
    const session = await shop.link.logIn('wallet@example.com');
    const confirmed = await em.raw('POST', `/v1/setup_intents/${si.id}/confirm`, {
      key: `pk_test_${shop.link.accountKey}`,
      body: new URLSearchParams({
        client_secret: si.client_secret!,
        'payment_method_data[type]': 'link',
        'payment_method_data[link][consumer_session_client_secret]': session,
        'payment_method_data[link][payment_details_id]': shop.bank,
        'payment_method_data[billing_details][name]': 'Jenny Rosen',
        'payment_method_data[billing_details][address][line1]': '1 Main St',
        'payment_method_data[billing_details][address][country]': 'US',
      }).toString(),
    });
    expect(confirmed.status).toBe(200);
    const saved = await shop.stripe.setupIntents.retrieve(si.id, { expand: ['payment_method'] });
    expect(saved.payment_method).toMatchObject({
      type: 'link',
      billing_details: { name: 'Jenny Rosen', email: 'wallet@example.com', address: { line1: '1 Main St', country: 'US' } },
    });
  });

  it('a Link card funding source follows its card: 3DS at setup, authentication_required off-session', async () => {
    const shop = await shopWithLinkShopper();
    const si = await shop.setupIntent();
    const confirmed = await shop.confirmWithLink(si, shop.threeDsCard);
    expect(confirmed).toMatchObject({ status: 200, body: { status: 'requires_action', next_action: { type: 'use_stripe_sdk' } } });
    const source = confirmed.body.next_action.use_stripe_sdk.source;
    const answered = await em.raw('POST', '/v1/3ds2/challenge_complete', {
      key: `pk_test_${shop.link.accountKey}`,
      body: `source=${source}&outcome=authorize`,
    });
    expect(answered.body.intent.status).toBe('succeeded');
    const done = await shop.stripe.setupIntents.retrieve(si.id, { expand: ['payment_method'] });
    const pm = done.payment_method as Stripe.PaymentMethod;
    expect(pm).toMatchObject({ type: 'link', customer: shop.customer.id, link: { email: 'wallet@example.com' } });
    const err = await shop.chargeLater(pm.id).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Stripe.errors.StripeCardError);
    expect(err).toMatchObject({ code: 'authentication_required', decline_code: 'authentication_required' });
  });

  it('a Link US bank account saves without a challenge and charges later', async () => {
    const shop = await shopWithLinkShopper();
    const si = await shop.setupIntent();
    const confirmed = await shop.confirmWithLink(si, shop.bank);
    expect(confirmed).toMatchObject({ status: 200, body: { status: 'succeeded' } });
    const pm = confirmed.body.payment_method as string;
    expect((await shop.stripe.customers.listPaymentMethods(shop.customer.id, { type: 'link' })).data.map((p) => p.id)).toEqual([pm]);
    const paid = await shop.chargeLater(pm);
    expect(paid.status).toBe('succeeded');
    const charge = (await shop.stripe.paymentIntents.retrieve(paid.id, { expand: ['latest_charge'] })).latest_charge as Stripe.Charge;
    expect(charge.payment_method_details).toMatchObject({ type: 'link' });
  });

  it('a declining Link card answers 402 with the SetupIntent back in requires_payment_method', async () => {
    const shop = await shopWithLinkShopper();
    const si = await shop.setupIntent();
    const declined = await shop.confirmWithLink(si, shop.declinedCard);
    expect(declined).toMatchObject({
      status: 402,
      body: {
        error: { type: 'card_error', code: 'card_declined', decline_code: 'generic_decline', setup_intent: { id: si.id, status: 'requires_payment_method' } },
      },
    });
    expect((await shop.stripe.setupIntents.retrieve(si.id)).last_setup_error).toMatchObject({ code: 'card_declined', payment_method_type: 'link' });
  });

  it('refuses a Link payment method on an intent that offers card only, and a Link confirm without a session', async () => {
    const shop = await shopWithLinkShopper();
    const cardOnly = await shop.stripe.setupIntents.create({ customer: shop.customer.id, payment_method_types: ['card'] } as Stripe.SetupIntentCreateParams);
    expect(await shop.confirmWithLink(cardOnly, shop.bank)).toMatchObject({
      status: 400,
      body: { error: { code: 'setup_intent_invalid_parameter', param: 'payment_method' } },
    });
    const si = await shop.setupIntent();
    const noSession = await em.raw('POST', `/v1/setup_intents/${si.id}/confirm`, {
      key: `pk_test_${shop.link.accountKey}`,
      body: new URLSearchParams({ client_secret: si.client_secret!, 'payment_method_data[type]': 'link' }).toString(),
    });
    expect(noSession).toMatchObject({ status: 400, body: { error: { code: 'parameter_missing', param: 'payment_method_data[link]' } } });
  });
});
