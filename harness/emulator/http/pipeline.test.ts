import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../testing.ts';
import { DEFAULT_API_VERSION } from './serve-endpoints.ts';

const em = useEmulator();

describe('the Stripe API pipeline', () => {
  it("answers Request-Id and echoes Stripe-Version, defaulting to stripe-node's pin", async () => {
    const key = em.newAccountKey();
    const res = await em.raw('GET', '/v1/customers', { key: `sk_test_${key}`, headers: { 'Stripe-Version': '2024-04-10' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('request-id')).toMatch(/^req_/);
    expect(res.headers.get('stripe-version')).toBe('2024-04-10');
    const plain = await em.raw('GET', '/v1/customers', { key: `sk_test_${key}` });
    expect(plain.headers.get('stripe-version')).toBe(DEFAULT_API_VERSION);
    expect(DEFAULT_API_VERSION).toBe(Stripe.API_VERSION);
  });

  it('replays an idempotent POST and refuses the key with other parameters', async () => {
    const stripe = em.stripe();
    const first = await stripe.customers.create({ email: 'a@example.com' }, { idempotencyKey: 'signup-1' });
    const again = await stripe.customers.create({ email: 'a@example.com' }, { idempotencyKey: 'signup-1' });
    expect(again.id).toBe(first.id);
    expect(again.lastResponse.headers['idempotent-replayed']).toBe('true');
    expect((await stripe.customers.list()).data).toHaveLength(1);
    const err = await stripe.customers.create({ email: 'b@example.com' }, { idempotencyKey: 'signup-1' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    expect(err).toMatchObject({ statusCode: 400, rawType: 'idempotency_error' });
  });

  it('replays the answer as it was first given, not the object as it is now', async () => {
    const stripe = em.stripe();
    const customer = await stripe.customers.create({});
    const first = await stripe.setupIntents.create({ customer: customer.id }, { idempotencyKey: 'setup-1' });
    await stripe.setupIntents.confirm(first.id, { payment_method: 'pm_card_visa' });
    const replay = await stripe.setupIntents.create({ customer: customer.id }, { idempotencyKey: 'setup-1' });
    expect(replay.id).toBe(first.id);
    expect(replay.status).toBe('requires_payment_method');
    expect((await stripe.setupIntents.retrieve(first.id)).status).toBe('succeeded');
  });

  it('does not let a publishable key do what only a secret key may', async () => {
    const key = em.newAccountKey();
    const res = await em.raw('POST', '/v1/customers', { key: `pk_test_${key}`, body: 'email=a%40example.com' });
    expect(res.status).toBe(401);
    expect(res.body.error).toMatchObject({ type: 'invalid_request_error', code: 'secret_key_required' });
    const inBody = await em.raw('GET', `/v1/customers?key=pk_test_${key}`);
    expect(inBody.status).toBe(401);
    const secretInBody = await em.raw('POST', '/v1/customers', { body: `key=sk_test_${key}` });
    expect(secretInBody.status).toBe(401);
  });

  it("raises stripe-node's StripeAuthenticationError for live, missing and malformed keys", async () => {
    for (const key of ['sk_live_123456789abc', 'not-a-key']) {
      const stripe = new Stripe(key, { host: '127.0.0.1', port: em.emulator.port, protocol: 'http', maxNetworkRetries: 0 });
      await expect(stripe.customers.list()).rejects.toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
    }
    const live = await em.raw('GET', '/v1/customers', { key: 'pk_live_123456789abc' });
    expect(live.body.error.code).toBe('livemode_mismatch');
    const none = await em.raw('GET', '/v1/customers');
    expect(none.status).toBe(401);
  });

  it('answers 404 naming an unknown endpoint, and an unknown method on a known path', async () => {
    const key = `sk_test_${em.newAccountKey()}`;
    const unknown = await em.raw('GET', '/v1/invoices_of_doom', { key });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.type).toBe('invalid_request_error');
    expect(unknown.body.error.message).toContain('/v1/invoices_of_doom');
    const wrongMethod = await em.raw('DELETE', '/v1/payment_methods/pm_x', { key });
    expect(wrongMethod.status).toBe(404);
  });

  it('logs every call with its parameters, key and status, per account', async () => {
    const accountKey = em.newAccountKey();
    const stripe = em.stripe(accountKey);
    await stripe.customers.create({ email: 'logged@example.com', metadata: { a: '1' } });
    await stripe.customers.retrieve('cus_missing').catch(() => undefined);
    const res = await fetch(`${em.emulator.url}/_harness/requests?account=sk_test_${accountKey}`);
    const { data } = (await res.json()) as { data: Array<Record<string, any>> };
    expect(data.map((e) => [e.method, e.path, e.status])).toEqual([
      ['POST', '/v1/customers', 200],
      ['GET', '/v1/customers/cus_missing', 404],
    ]);
    expect(data[0]).toMatchObject({ account: accountKey, keyKind: 'secret', params: { email: 'logged@example.com', metadata: { a: '1' } } });
    expect(data[1]!.error).toMatchObject({ type: 'invalid_request_error', code: 'resource_missing' });
    const one = await fetch(`${em.emulator.url}/_harness/requests/${data[1]!.id}`);
    expect(((await one.json()) as { id: string }).id).toBe(data[1]!.id);
  });

  it("logs what each answer was about (objectId), a card error's intent included", async () => {
    const accountKey = em.newAccountKey();
    const stripe = em.stripe(accountKey);
    const customer = await stripe.customers.create({});
    const declined = await stripe.paymentIntents
      .create({ amount: 500, currency: 'usd', customer: customer.id, payment_method: 'pm_card_visa_chargeDeclinedInsufficientFunds', confirm: true })
      .catch((err: Stripe.errors.StripeCardError) => err.payment_intent!);
    const res = await fetch(`${em.emulator.url}/_harness/requests?account=${accountKey}`);
    const { data } = (await res.json()) as { data: Array<Record<string, any>> };
    expect(data.map((e) => [e.path, e.status, e.objectId])).toEqual([
      ['/v1/customers', 200, customer.id],
      ['/v1/payment_intents', 402, declined.id],
    ]);
  });

  it("files a refused live key's call under the account its suffix names, with the key redacted", async () => {
    const accountKey = em.newAccountKey();
    await em.raw('GET', '/v1/customers', { key: `sk_live_${accountKey}` });
    await em.raw('GET', '/v1/customers', { key: `pk_live_${accountKey}` });
    const res = await fetch(`${em.emulator.url}/_harness/requests?account=${accountKey}`);
    const { data } = (await res.json()) as { data: Array<Record<string, any>> };
    expect(data.map((e) => [e.account, e.keyKind, e.status, e.error?.code])).toEqual([
      [accountKey, null, 401, 'livemode_mismatch'],
      [accountKey, null, 401, 'livemode_mismatch'],
    ]);
    expect(data.map((e) => e.key)).toEqual([`sk_live_****${accountKey.slice(-4)}`, `pk_live_****${accountKey.slice(-4)}`]);
  });

  it('resets one account through the control API', async () => {
    const accountKey = em.newAccountKey();
    const stripe = em.stripe(accountKey);
    await stripe.customers.create({});
    const res = await fetch(`${em.emulator.url}/_harness/accounts/sk_test_${accountKey}/reset`, { method: 'POST' });
    expect(res.status).toBe(200);
    expect((await stripe.customers.list()).data).toHaveLength(0);
    const bad = await fetch(`${em.emulator.url}/_harness/accounts/sk_live_x/reset`, { method: 'POST' });
    expect(bad.status).toBe(400);
  });
});

describe('the control API', () => {
  it('answers malformed JSON and unknown routes with a JSON error', async () => {
    const bad = await fetch(`${em.emulator.url}/_harness/accounts/sk_test_x/link-accounts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"email":',
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { type: string } }).error.type).toBe('invalid_request_error');
    const unknown = await fetch(`${em.emulator.url}/_harness/nothing-here`);
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { message: string } }).error.message).toContain('/_harness/nothing-here');
  });
});

describe('requests Node itself cannot parse', () => {
  it('still answer a Stripe-shaped JSON error', async () => {
    const { connect } = await import('node:net');
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(em.emulator.port, '127.0.0.1', () =>
        socket.write(`GET /v1/customers HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`),
      );
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 431 /);
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)).error.type).toBe('invalid_request_error');
  });
});
