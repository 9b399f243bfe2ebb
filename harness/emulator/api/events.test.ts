import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../testing.ts';
import { DEFAULT_API_VERSION } from '../http/serve-endpoints.ts';

const em = useEmulator();

const typesOf = async (stripe: Stripe, params: Stripe.EventListParams = {}) =>
  (await stripe.events.list({ limit: 100, ...params })).data.map((e) => e.type).reverse();

describe('events (GET /v1/events, GET /v1/events/:id)', () => {
  it('records a customer created, updated and deleted with Stripe shapes and the request that caused each', async () => {
    const stripe = em.stripe();
    const customer = await stripe.customers.create({ email: 'ada@example.com' }, { idempotencyKey: 'create-ada' });
    const updated = await stripe.customers.update(customer.id, { name: 'Ada', metadata: { tier: 'gold' } });
    await stripe.customers.update(customer.id, { name: 'Ada' }); // nothing changes: no event
    await stripe.customers.del(customer.id);
    const events = (await stripe.events.list()).data.reverse();
    expect(events.map((e) => e.type)).toEqual(['customer.created', 'customer.updated', 'customer.deleted']);
    const [created, update, deleted] = events as [Stripe.Event, Stripe.Event, Stripe.Event];
    expect(created).toMatchObject({ object: 'event', api_version: DEFAULT_API_VERSION, livemode: false, pending_webhooks: 0 });
    expect(created.id).toMatch(/^evt_/);
    expect(created.created).toBeGreaterThanOrEqual(customer.created);
    expect(created.request).toEqual({ id: expect.stringMatching(/^req_/), idempotency_key: 'create-ada' });
    expect(created.data.object).toEqual(customer);
    expect(created.data).not.toHaveProperty('previous_attributes');
    expect(update.data.object).toEqual(updated);
    expect(update.data.previous_attributes).toEqual({ name: null, metadata: {} });
    expect(update.request?.idempotency_key).toMatch(/^stripe-node-retry-/); // stripe-node sends one with every POST
    expect(deleted.data.object).toMatchObject({ id: customer.id, object: 'customer', email: 'ada@example.com' });
  });

  it('names the Request-Id the API answered with', async () => {
    const key = `sk_test_${em.newAccountKey()}`;
    const res = await em.raw('POST', '/v1/customers', { key, body: 'email=b%40example.com' });
    const list = await em.raw('GET', '/v1/events', { key });
    expect(list.body.data[0].request.id).toBe(res.headers.get('request-id'));
  });

  it('records nothing for an idempotent replay', async () => {
    const stripe = em.stripe();
    const first = await stripe.customers.create({ email: 'once@example.com' }, { idempotencyKey: 'once' });
    const replay = await stripe.customers.create({ email: 'once@example.com' }, { idempotencyKey: 'once' });
    expect(replay.id).toBe(first.id);
    expect((await stripe.events.list()).data.map((e) => [e.type, e.request?.idempotency_key])).toEqual([['customer.created', 'once']]);
  });

  it('keeps each object as it was when the event happened, not as it is now', async () => {
    const stripe = em.stripe();
    const si = await stripe.setupIntents.create({});
    await stripe.setupIntents.confirm(si.id, { payment_method: 'pm_card_visa' });
    const [created] = (await stripe.events.list({ type: 'setup_intent.created' })).data;
    expect((created!.data.object as Stripe.SetupIntent).status).toBe('requires_payment_method');
    const [succeeded] = (await stripe.events.list({ type: 'setup_intent.succeeded' })).data;
    expect((succeeded!.data.object as Stripe.SetupIntent).status).toBe('succeeded');
  });

  it('records a saved card, its SetupIntent, a later charge and a declined one, in order', async () => {
    const stripe = em.stripe();
    const customer = await stripe.customers.create({});
    const si = await stripe.setupIntents.create({ customer: customer.id });
    const confirmed = await stripe.setupIntents.confirm(si.id, { payment_method: 'pm_card_visa' });
    const pm = confirmed.payment_method as string;
    await stripe.paymentIntents.create({ amount: 1500, currency: 'usd', customer: customer.id, payment_method: pm, off_session: true, confirm: true });
    const declined = await stripe.paymentIntents
      .create({
        amount: 1500,
        currency: 'usd',
        customer: customer.id,
        payment_method: 'pm_card_visa_chargeDeclined',
        confirm: true,
        return_url: 'https://x.example',
      })
      .catch((err: unknown) => err);
    expect(declined).toMatchObject({ type: 'StripeCardError' });
    await stripe.paymentMethods.detach(pm);
    expect(await typesOf(stripe)).toEqual([
      'customer.created',
      'setup_intent.created',
      'payment_method.attached',
      'setup_intent.succeeded',
      'payment_intent.created',
      'charge.succeeded',
      'payment_intent.succeeded',
      'payment_intent.created',
      'charge.failed',
      'payment_intent.payment_failed',
      'payment_method.detached',
    ]);
    const [detached] = (await stripe.events.list({ type: 'payment_method.detached' })).data;
    expect(detached!.data.previous_attributes).toEqual({ customer: customer.id });
  });

  it('records 3D Secure: requires_action, then setup_failed or succeeded; cancellations', async () => {
    const stripe = em.stripe();
    const si = await stripe.setupIntents.create({});
    await stripe.setupIntents.confirm(si.id, { payment_method: 'pm_card_authenticationRequired', return_url: 'https://x.example' });
    await stripe.setupIntents.cancel(si.id);
    const declined = await stripe.setupIntents.create({});
    await stripe.setupIntents.confirm(declined.id, { payment_method: 'pm_card_visa_chargeDeclined' }).catch(() => undefined);
    const pi = await stripe.paymentIntents.create({ amount: 700, currency: 'eur', payment_method: 'pm_card_authenticationRequired' });
    await stripe.paymentIntents.confirm(pi.id, { return_url: 'https://x.example' });
    await stripe.paymentIntents.cancel(pi.id);
    expect(await typesOf(stripe)).toEqual([
      'setup_intent.created',
      'setup_intent.requires_action',
      'setup_intent.canceled',
      'setup_intent.created',
      'setup_intent.setup_failed',
      'payment_intent.created',
      'payment_intent.requires_action',
      'payment_intent.canceled',
    ]);
  });

  it('filters by type (with * wildcards), types[] and created, and pages newest first', async () => {
    const stripe = em.stripe();
    for (let i = 0; i < 3; i++) await stripe.customers.create({});
    await stripe.paymentIntents.create({ amount: 100, currency: 'usd' });
    expect(await typesOf(stripe, { type: 'payment_intent.*' })).toEqual(['payment_intent.created']);
    expect(await typesOf(stripe, { types: ['customer.created', 'payment_intent.created'] })).toHaveLength(4);
    expect(await typesOf(stripe, { type: 'charge.succeeded' })).toEqual([]);
    const all = (await stripe.events.list()).data;
    expect(await typesOf(stripe, { created: { gt: all[0]!.created } })).toEqual([]);
    expect(await typesOf(stripe, { created: { lte: all[0]!.created } })).toHaveLength(4);
    const first = await stripe.events.list({ limit: 2 });
    expect(first.has_more).toBe(true);
    const second = await stripe.events.list({ limit: 2, starting_after: first.data[1]!.id });
    expect([...first.data, ...second.data].map((e) => e.id)).toEqual(all.map((e) => e.id));
    expect(second.has_more).toBe(false);
    const ids: string[] = [];
    for await (const e of stripe.events.list({ limit: 1 })) ids.push(e.id);
    expect(ids).toEqual(all.map((e) => e.id));
  });

  it('retrieves an event by id; another account cannot', async () => {
    const stripe = em.stripe();
    await stripe.customers.create({});
    const [event] = (await stripe.events.list()).data;
    expect(await stripe.events.retrieve(event!.id)).toEqual(event);
    const other = await em
      .stripe()
      .events.retrieve(event!.id)
      .catch((err: unknown) => err);
    expect(other).toMatchObject({ statusCode: 404, code: 'resource_missing', param: 'id' });
  });

  it('answers bad filters with Stripe 400s naming the parameter', async () => {
    const key = `sk_test_${em.newAccountKey()}`;
    const both = await em.raw('GET', '/v1/events?type=customer.created&types[]=customer.updated', { key });
    expect(both.status).toBe(400);
    expect(both.body.error).toMatchObject({ type: 'invalid_request_error', param: 'types' });
    const created = await em.raw('GET', '/v1/events?created[gt]=soon', { key });
    expect(created.body.error).toMatchObject({ code: 'parameter_invalid_integer', param: 'created[gt]' });
    const unknown = await em.raw('GET', '/v1/events?object=charge', { key });
    expect(unknown.body.error).toMatchObject({ code: 'parameter_unknown', param: 'object' });
    const pk = await em.raw('GET', '/v1/events', { key: key.replace('sk_', 'pk_') });
    expect(pk.status).toBe(401);
  });
});
