import { EventEmitter } from 'node:events';
import type { BrowserContext } from '@playwright/test';
import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../emulator/testing.ts';
import { EmulatorInspector } from './emulator-inspector.ts';

const em = useEmulator();

/** An account and its shop's server client, plus an inspector on the same account from `since`. */
function shopAndInspector(since?: number) {
  const account = em.newAccountKey();
  const shop = em.stripe(account);
  const inspector = new EmulatorInspector({ emulatorUrl: em.emulator.url, account: `sk_test_${account}`, ...(since !== undefined ? { since } : {}) });
  return { account, shop, inspector };
}

/** The guide's setup: a Customer, then a SetupIntent for it with link among its payment methods. */
async function guideSetup(shop: Stripe, email: string, extra: Record<string, unknown> = {}) {
  const customer = await shop.customers.create({ email });
  const setupIntent = await shop.setupIntents.create({
    customer: customer.id,
    payment_method_types: ['link', 'card'],
    ...extra,
  } as Stripe.SetupIntentCreateParams);
  return { customer, setupIntent };
}

describe('EmulatorInspector: calls from the request log', () => {
  it("returns the integration's calls in order with decoded params, narrowed by method, path pattern and involving", async () => {
    const { shop, inspector } = shopAndInspector();
    const jenny = await guideSetup(shop, 'jenny@example.com', { payment_method_options: { link: { persistent_token: 'tok_abc' } } });
    const other = await guideSetup(shop, 'other@example.com');
    await shop.setupIntents.confirm(jenny.setupIntent.id, { payment_method: 'pm_card_visa' });

    const all = await inspector.calls();
    expect(all.map((c) => `${c.method} ${c.path}`)).toEqual([
      'POST /v1/customers',
      'POST /v1/setup_intents',
      'POST /v1/customers',
      'POST /v1/setup_intents',
      `POST /v1/setup_intents/${jenny.setupIntent.id}/confirm`,
    ]);
    expect(all.every((c) => c.keyKind === 'secret' && c.status === 200 && c.error === null)).toBe(true);

    const creates = await inspector.calls({ method: 'POST', path: '/v1/setup_intents', involving: jenny.customer.id });
    expect(creates).toHaveLength(1);
    expect(creates[0]!.params).toMatchObject({
      customer: jenny.customer.id,
      payment_method_types: ['link', 'card'],
      payment_method_options: { link: { persistent_token: 'tok_abc' } },
    });

    expect(await inspector.calls({ path: '/v1/setup_intents/:id/confirm' })).toHaveLength(1);
    expect(await inspector.calls({ path: /^\/v1\/customers$/, involving: 'OTHER@example.com' })).toHaveLength(1);
    expect(await inspector.calls({ involving: [other.customer.id, other.setupIntent.id] })).toHaveLength(1);
    expect(await inspector.calls({ method: 'GET' })).toEqual([]);
  });

  it("leaves out calls before `since`, other accounts' calls and the inspector's own reads", async () => {
    const { shop, inspector: early } = shopAndInspector();
    const { customer } = await guideSetup(shop, 'before@example.com');
    const later = new EmulatorInspector({ emulatorUrl: em.emulator.url, account: early.account, since: Date.now() + 60_000 });
    expect(await later.calls()).toEqual([]);

    await em.stripe().customers.create({ email: 'elsewhere@example.com' });
    await early.paymentMethodsOf(customer.id);
    await early.setupIntentsCreated({ customer: customer.id });
    await early.setupIntent((await early.lastSetupIntent())!.id);
    expect((await early.calls()).map((c) => c.path)).toEqual(['/v1/customers', '/v1/setup_intents']);
    // The shop's own reads are the integration's, and stay in.
    await shop.customers.listPaymentMethods(customer.id);
    expect(await early.calls({ method: 'GET', path: '/v1/customers/:id/payment_methods', involving: customer.id })).toHaveLength(1);
  });

  it('separates failed calls (ok: false) with their Stripe error, and publishable-key calls', async () => {
    const { account, shop, inspector } = shopAndInspector();
    const { setupIntent } = await guideSetup(shop, 'declined@example.com');
    const declined = await shop.setupIntents.confirm(setupIntent.id, { payment_method: 'pm_card_visa_chargeDeclined' }).catch((e: unknown) => e);
    expect(declined).toBeInstanceOf(Stripe.errors.StripeCardError);
    const fromBrowser = await em.raw('GET', `/v1/setup_intents/${setupIntent.id}?client_secret=${setupIntent.client_secret}`, { key: `pk_test_${account}` });
    expect(fromBrowser.status).toBe(200);

    const failed = await inspector.calls({ ok: false });
    expect(failed).toEqual([
      expect.objectContaining({
        path: `/v1/setup_intents/${setupIntent.id}/confirm`,
        status: 402,
        error: expect.objectContaining({ type: 'card_error', code: 'card_declined' }),
      }),
    ]);
    expect(await inspector.calls({ keyKind: 'publishable' })).toEqual([
      expect.objectContaining({ method: 'GET', path: `/v1/setup_intents/${setupIntent.id}`, keyKind: 'publishable' }),
    ]);
  });

  it("from: 'browser' keeps the calls whose answers reached a watched context; 'server' the secret-key rest", async () => {
    const { account, shop, inspector } = shopAndInspector();
    const { setupIntent } = await guideSetup(shop, 'watched@example.com');
    const context = new EventEmitter();
    inspector.watchBrowser(context as unknown as BrowserContext);
    const asBrowser = async (url: string) => {
      const answer = await fetch(url, { headers: { authorization: `Bearer pk_test_${account}` } });
      context.emit('response', {
        url: () => url,
        headers: () => ({ 'request-id': answer.headers.get('request-id') ?? '' }),
        request: () => ({}),
        status: () => answer.status,
      });
    };
    await asBrowser(`${em.emulator.url}/v1/setup_intents/${setupIntent.id}?client_secret=${setupIntent.client_secret}`);
    // Another test's shopper, on the same account: not seen by this context.
    await em.raw('GET', `/v1/setup_intents/${setupIntent.id}?client_secret=${setupIntent.client_secret}`, { key: `pk_test_${account}` });
    // Answers from elsewhere are not Stripe's.
    context.emit('response', {
      url: () => 'http://localhost:4242/healthz',
      headers: () => ({ 'request-id': 'req_not_stripe' }),
      request: () => ({}),
      status: () => 200,
    });

    expect((await inspector.calls({ from: 'browser' })).map((c) => c.keyKind)).toEqual(['publishable']);
    expect((await inspector.calls({ from: 'server' })).map((c) => c.path)).toEqual(['/v1/customers', '/v1/setup_intents']);
    expect(await inspector.calls({ keyKind: 'publishable' })).toHaveLength(2);
  });
});

describe('EmulatorInspector: objects', () => {
  it('lists Customers, SetupIntents and PaymentIntents created since the test began, oldest first, per shopper', async () => {
    const { shop, inspector } = shopAndInspector();
    const first = await guideSetup(shop, 'jenny@example.com');
    const second = await shop.setupIntents.create({ customer: first.customer.id, usage: 'on_session' });
    const other = await guideSetup(shop, 'other@example.com');

    expect((await inspector.customersCreated()).map((c) => c.id)).toEqual([first.customer.id, other.customer.id]);
    expect((await inspector.setupIntentsCreated()).map((s) => s.id)).toEqual([first.setupIntent.id, second.id, other.setupIntent.id]);
    expect((await inspector.setupIntentsCreated({ customer: first.customer.id })).map((s) => s.id)).toEqual([first.setupIntent.id, second.id]);
    expect((await inspector.lastSetupIntent({ customer: first.customer.id }))?.usage).toBe('on_session');
    expect(await inspector.lastSetupIntent({ customer: 'cus_nobody' })).toBeUndefined();

    await shop.setupIntents.confirm(first.setupIntent.id, { payment_method: 'pm_card_visa' });
    const saved = await inspector.setupIntent(first.setupIntent.id);
    expect(saved).toMatchObject({
      status: 'succeeded',
      customer: { id: first.customer.id, email: 'jenny@example.com' },
      payment_method: { object: 'payment_method', type: 'card' },
    });
    const methods = await inspector.paymentMethodsOf(first.customer.id);
    expect(methods.map((m) => m.id)).toEqual([saved.payment_method!.id]);

    expect(await inspector.paymentIntentsCreated({ customer: first.customer.id })).toEqual([]);
    const charge = await shop.paymentIntents.create({
      amount: 1099,
      currency: 'usd',
      customer: first.customer.id,
      payment_method: saved.payment_method!.id,
      confirm: true,
      off_session: true,
    });
    await shop.paymentIntents.create({ amount: 500, currency: 'usd', customer: other.customer.id });
    expect((await inspector.paymentIntentsCreated({ customer: first.customer.id })).map((p) => p.id)).toEqual([charge.id]);
    expect(await inspector.lastPaymentIntent({ customer: first.customer.id })).toMatchObject({ id: charge.id, status: 'succeeded', amount: 1099 });
    expect(await inspector.paymentIntentsCreated()).toHaveLength(2);
  });

  it('leaves out objects created before the test began, reading past the first page', async () => {
    const { account, shop } = shopAndInspector();
    const customer = await shop.customers.create({ email: 'many@example.com' });
    await Promise.all(Array.from({ length: 3 }, () => shop.setupIntents.create({ customer: customer.id })));
    const future = new EmulatorInspector({ emulatorUrl: em.emulator.url, account, since: Date.now() + 2000 });
    expect(await future.customersCreated()).toEqual([]);
    expect(await future.setupIntentsCreated({ customer: customer.id })).toEqual([]);
    expect(await future.lastSetupIntent()).toBeUndefined();

    const now = new EmulatorInspector({ emulatorUrl: em.emulator.url, account, since: Date.now() - 60_000 });
    const more = await Promise.all(Array.from({ length: 120 }, () => shop.setupIntents.create({ customer: customer.id })));
    expect(await now.setupIntentsCreated({ customer: customer.id })).toHaveLength(123);
    expect((await now.setupIntentsCreated()).length).toBe(123);
    expect(more).toHaveLength(120);
  });

  it('reports a SetupIntent or secret key that reached a page', () => {
    const { inspector } = shopAndInspector();
    expect(inspector.secretKeyLeaks('<script>{"publishableKey":"pk_test_shop","clientSecret":"seti_1_secret_2"}</script>')).toEqual([]);
    expect(inspector.secretKeyLeaks('<script>{"secretKey":"sk_test_reference_checkout"}</script>').map((l) => l.kind)).toEqual(['secret-key']);
  });
});
