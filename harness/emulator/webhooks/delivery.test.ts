import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useEmulator } from '../testing.ts';

const em = useEmulator({ webhookRetryDelays: [20, 40, 80] });
const sdk = new Stripe('sk_test_verifier');

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  answered: number;
}

/** A shop's webhook route: records every POST and answers with what `answer` says for its path. */
let shop: Server;
let shopUrl = '';
const received: Received[] = [];
const answers = new Map<string, number[]>();
const held = new Map<string, () => void>();
beforeAll(async () => {
  shop = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '/';
      const answer = answers.get(path)?.shift() ?? 200;
      const reply = () => {
        received.push({ path, headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), answered: answer });
        res.statusCode = answer;
        res.end();
      };
      if (path.startsWith('/hold')) held.set(path, reply);
      else reply();
    });
  });
  await new Promise<void>((resolve) => shop.listen(0, '127.0.0.1', resolve));
  shopUrl = `http://127.0.0.1:${(shop.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const reply of held.values()) reply();
  await new Promise((resolve) => shop.close(resolve));
});

let paths = 0;
/** A new path on the shop, so each test reads only its own deliveries. */
const newPath = (prefix = '/webhook') => `${prefix}/${++paths}`;
const at = (path: string) => received.filter((r) => r.path === path);
/** Verifies each delivery as a shop would, with stripe-node. */
const verified = (path: string, secret: string) => at(path).map((r) => sdk.webhooks.constructEvent(r.body, r.headers['stripe-signature'] as string, secret));

const listen = (stripe: Stripe, path: string, enabled_events: Stripe.WebhookEndpointCreateParams.EnabledEvent[] = ['*']) =>
  stripe.webhookEndpoints.create({ url: `${shopUrl}${path}`, enabled_events });

const deliveries = async (accountKey: string) =>
  (await fetch(`${em.emulator.url}/_harness/webhook-deliveries?account=${accountKey}`).then((r) => r.json())) as {
    data: { event: string; webhook_endpoint: string; attempt: number; status_code: number | null; error: string | null; delivered: boolean }[];
  };

describe('webhook delivery', () => {
  it('delivers every event of a save-then-charge-later flow, signed so stripe-node verifies it, in the order it happened', async () => {
    const stripe = em.stripe();
    const path = newPath();
    const { secret } = await listen(stripe, path);
    const customer = await stripe.customers.create({ email: 'ada@example.com' });
    await stripe.customers.update(customer.id, { name: 'Ada' });
    const si = await stripe.setupIntents.create({ customer: customer.id });
    const pm = (await stripe.setupIntents.confirm(si.id, { payment_method: 'pm_card_visa' })).payment_method as string;
    await stripe.paymentIntents.create({ amount: 2000, currency: 'usd', customer: customer.id, payment_method: pm, off_session: true, confirm: true });
    await stripe.paymentIntents
      .create({ amount: 2000, currency: 'usd', customer: customer.id, payment_method: 'pm_card_visa_chargeDeclined', off_session: true, confirm: true })
      .catch(() => undefined);
    await stripe.paymentMethods.detach(pm);
    // 3D Secure asked for and abandoned, and a card that declines at setup.
    const challenged = await stripe.setupIntents.create({
      customer: customer.id,
      payment_method: 'pm_card_authenticationRequired',
      confirm: true,
      return_url: 'https://x.example',
    });
    await stripe.setupIntents.cancel(challenged.id);
    const pi = await stripe.paymentIntents.create({
      amount: 900,
      currency: 'usd',
      payment_method: 'pm_card_authenticationRequired',
      confirm: true,
      return_url: 'https://x.example',
    });
    await stripe.paymentIntents.cancel(pi.id);
    await stripe.setupIntents.create({ payment_method: 'pm_card_visa_chargeDeclined', confirm: true }).catch(() => undefined);
    await stripe.customers.del(customer.id);
    const events = (await stripe.events.list({ limit: 100 })).data.reverse();
    await expect.poll(() => at(path).length).toBe(events.length);
    const delivered = verified(path, secret!);
    // Every event type a save-then-charge-later shop listens for, and nothing else for this flow.
    expect(new Set(delivered.map((e) => e.type))).toEqual(
      new Set([
        'customer.created',
        'customer.updated',
        'customer.deleted',
        'payment_method.attached',
        'payment_method.detached',
        'setup_intent.created',
        'setup_intent.requires_action',
        'setup_intent.succeeded',
        'setup_intent.setup_failed',
        'setup_intent.canceled',
        'payment_intent.created',
        'payment_intent.requires_action',
        'payment_intent.succeeded',
        'payment_intent.payment_failed',
        'payment_intent.canceled',
        'charge.succeeded',
        'charge.failed',
      ]),
    );
    // Each object's events arrive in the order they happened (different objects' may interleave).
    const idsPerObject = (list: Stripe.Event[]) => {
      const groups: Record<string, Stripe.Event[]> = {};
      for (const e of list) (groups[(e.data.object as { id: string }).id] ??= []).push(e);
      return groups;
    };
    const sent = idsPerObject(events);
    for (const [object, got] of Object.entries(idsPerObject(delivered)))
      expect(
        got.map((e) => e.id),
        object,
      ).toEqual(sent[object]!.map((e) => e.id));
    const byId = new Map(events.map((e) => [e.id, e]));
    for (const event of delivered) expect(event).toEqual({ ...byId.get(event.id), pending_webhooks: 1 });
    expect(at(path)[0]!.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(at(path)[0]!.headers['user-agent']).toMatch(/^Stripe\/1\.0/);
    expect(() => sdk.webhooks.constructEvent(at(path)[0]!.body, at(path)[0]!.headers['stripe-signature'] as string, 'whsec_wrong')).toThrow(
      Stripe.errors.StripeSignatureVerificationError,
    );
    // Once delivered, the event has no webhooks pending.
    await expect.poll(async () => (await stripe.events.retrieve(events[0]!.id)).pending_webhooks).toBe(0);
  });

  it('sends an endpoint only the event types it enabled, and nothing to a disabled one', async () => {
    const stripe = em.stripe();
    const only = newPath();
    const off = newPath();
    await listen(stripe, only, ['payment_intent.succeeded']);
    const disabled = await listen(stripe, off);
    await stripe.webhookEndpoints.update(disabled.id, { disabled: true });
    await stripe.paymentIntents.create({ amount: 500, currency: 'usd', payment_method: 'pm_card_visa', confirm: true, return_url: 'https://x.example' });
    await expect.poll(() => at(only).length).toBe(1);
    expect(JSON.parse(at(only)[0]!.body)).toMatchObject({ type: 'payment_intent.succeeded' });
    const [created] = (await stripe.events.list({ type: 'payment_intent.created' })).data;
    expect(created!.pending_webhooks).toBe(0);
    expect(at(off)).toEqual([]);
  });

  it('retries an endpoint that fails twice; the third attempt delivers, and the control API shows each attempt', async () => {
    const account = em.newAccountKey();
    const stripe = em.stripe(account);
    const path = newPath();
    answers.set(path, [500, 503]);
    const endpoint = await listen(stripe, path, ['customer.created']);
    const customer = await stripe.customers.create({});
    await expect.poll(() => at(path).map((r) => r.answered)).toEqual([500, 503, 200]);
    const events = verified(path, endpoint.secret!);
    expect(new Set(events.map((e) => e.id)).size).toBe(1);
    expect((events[0]!.data.object as Stripe.Customer).id).toBe(customer.id);
    const attempts = (await deliveries(account)).data;
    expect(attempts.map((a) => [a.attempt, a.status_code, a.delivered])).toEqual([
      [1, 500, false],
      [2, 503, false],
      [3, 200, true],
    ]);
    expect(attempts.every((a) => a.event === events[0]!.id && a.webhook_endpoint === endpoint.id)).toBe(true);
  });

  it('records an unreachable endpoint as an error and gives up after the schedule', async () => {
    const account = em.newAccountKey();
    const stripe = em.stripe(account);
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await stripe.webhookEndpoints.create({ url: `http://127.0.0.1:${port}/gone`, enabled_events: ['customer.created'] });
    const customer = await stripe.customers.create({});
    expect(customer.id).toMatch(/^cus_/);
    await expect.poll(async () => (await deliveries(account)).data.length).toBe(4);
    const attempts = (await deliveries(account)).data;
    expect(attempts.map((a) => a.attempt)).toEqual([1, 2, 3, 4]);
    expect(attempts.every((a) => a.status_code === null && a.error === 'ECONNREFUSED')).toBe(true);
    const [event] = (await stripe.events.list()).data;
    expect(event!.pending_webhooks).toBe(1);
  });

  it('never makes the API call wait for the endpoint', async () => {
    const stripe = em.stripe();
    const path = newPath('/hold');
    await listen(stripe, path, ['customer.created']);
    const customer = await stripe.customers.create({});
    expect(customer.id).toMatch(/^cus_/);
    // The endpoint has not answered yet: the API call came back anyway.
    await expect.poll(() => held.has(path)).toBe(true);
    expect(at(path)).toEqual([]);
    held.get(path)!();
    await expect.poll(() => at(path).length).toBe(1);
  });

  it('keeps one object’s events in order while an earlier one is being retried', async () => {
    const stripe = em.stripe();
    const path = newPath();
    answers.set(path, [500]);
    const { secret } = await listen(stripe, path, ['customer.created', 'customer.updated']);
    const customer = await stripe.customers.create({});
    await stripe.customers.update(customer.id, { name: 'B' });
    await stripe.customers.update(customer.id, { name: 'C' });
    await expect.poll(() => at(path).length).toBe(4);
    const delivered = verified(path, secret!).map((e) => [e.type, (e.data.object as Stripe.Customer).name]);
    expect(delivered).toEqual([
      ['customer.created', null],
      ['customer.created', null],
      ['customer.updated', 'B'],
      ['customer.updated', 'C'],
    ]);
  });

  it('sends events of one account only to that account’s endpoints', async () => {
    const a = em.stripe();
    const b = em.stripe();
    const pathA = newPath();
    const pathB = newPath();
    const endpointA = await listen(a, pathA);
    const endpointB = await listen(b, pathB);
    const customerA = await a.customers.create({});
    const customerB = await b.customers.create({});
    await expect.poll(() => [at(pathA).length, at(pathB).length]).toEqual([1, 1]);
    expect(verified(pathA, endpointA.secret!).map((e) => (e.data.object as Stripe.Customer).id)).toEqual([customerA.id]);
    expect(verified(pathB, endpointB.secret!).map((e) => (e.data.object as Stripe.Customer).id)).toEqual([customerB.id]);
  });

  it('forgets events, endpoints and pending retries when the account is reset', async () => {
    const account = em.newAccountKey();
    const stripe = em.stripe(account);
    const path = newPath('/hold');
    answers.set(path, [500]);
    await listen(stripe, path, ['customer.created']);
    await stripe.customers.create({});
    // The first attempt is in flight when the account is reset; it fails, and is not retried.
    await expect.poll(() => held.has(path)).toBe(true);
    await fetch(`${em.emulator.url}/_harness/accounts/${account}/reset`, { method: 'POST' });
    held.get(path)!();
    await expect.poll(() => at(path).length).toBe(1);
    expect((await stripe.events.list()).data).toEqual([]);
    expect((await stripe.webhookEndpoints.list()).data).toEqual([]);
    expect((await deliveries(account)).data).toEqual([]);
    // A clock: another account's first retry comes after the reset account's would have.
    const other = em.stripe();
    const clock = newPath();
    answers.set(clock, [500]);
    await listen(other, clock, ['customer.created']);
    await other.customers.create({});
    await expect.poll(() => at(clock).length).toBe(2);
    expect(at(path)).toHaveLength(1);
  });
});
