import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../testing.ts';

const em = useEmulator();

const create = (stripe: Stripe, extra: Partial<Stripe.WebhookEndpointCreateParams> = {}) =>
  stripe.webhookEndpoints.create({ url: 'https://shop.example/webhook', enabled_events: ['payment_intent.succeeded'], ...extra });

describe('webhook endpoints (/v1/webhook_endpoints)', () => {
  it('creates an endpoint whose whsec_ secret only the create answer shows', async () => {
    const stripe = em.stripe();
    const endpoint = await create(stripe, { description: 'Later charges', metadata: { team: 'payments' }, api_version: '2024-06-20' });
    expect(endpoint).toMatchObject({
      object: 'webhook_endpoint',
      url: 'https://shop.example/webhook',
      enabled_events: ['payment_intent.succeeded'],
      status: 'enabled',
      description: 'Later charges',
      metadata: { team: 'payments' },
      api_version: '2024-06-20',
      application: null,
      livemode: false,
    });
    expect(endpoint.id).toMatch(/^we_/);
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9]{32}$/);
    const retrieved = await stripe.webhookEndpoints.retrieve(endpoint.id);
    expect(retrieved).not.toHaveProperty('secret');
    expect(retrieved).toEqual({ ...endpoint, secret: undefined });
    expect((await create(stripe)).secret).not.toBe(endpoint.secret);
  });

  it('updates, disables, lists newest first and deletes', async () => {
    const stripe = em.stripe();
    const first = await create(stripe);
    const second = await create(stripe, { enabled_events: ['*'] });
    const updated = await stripe.webhookEndpoints.update(first.id, {
      url: 'http://localhost:4242/webhook',
      enabled_events: ['charge.failed', 'charge.failed', 'setup_intent.succeeded'],
      disabled: true,
      description: '',
    });
    expect(updated).toMatchObject({
      url: 'http://localhost:4242/webhook',
      enabled_events: ['charge.failed', 'setup_intent.succeeded'],
      status: 'disabled',
      description: null,
    });
    expect((await stripe.webhookEndpoints.update(first.id, { disabled: false })).status).toBe('enabled');
    expect((await stripe.webhookEndpoints.list()).data.map((e) => e.id)).toEqual([second.id, first.id]);
    expect(await stripe.webhookEndpoints.del(first.id)).toEqual({ id: first.id, object: 'webhook_endpoint', deleted: true });
    const gone = await stripe.webhookEndpoints.retrieve(first.id).catch((err: unknown) => err);
    expect(gone).toMatchObject({ statusCode: 404, code: 'resource_missing' });
    expect((await stripe.webhookEndpoints.list()).data.map((e) => e.id)).toEqual([second.id]);
  });

  it('keeps endpoints per account', async () => {
    const endpoint = await create(em.stripe());
    const other = await em
      .stripe()
      .webhookEndpoints.retrieve(endpoint.id)
      .catch((err: unknown) => err);
    expect(other).toMatchObject({ statusCode: 404, code: 'resource_missing' });
  });

  it('allows 16 endpoints per account, as Stripe does in test mode', async () => {
    const stripe = em.stripe();
    for (let i = 0; i < 16; i++) await create(stripe);
    const more = await create(stripe).catch((err: unknown) => err);
    expect(more).toMatchObject({ statusCode: 400, type: 'StripeInvalidRequestError' });
  });

  // Malformed parameters, each answered with a Stripe 400 naming the parameter, and nothing created.
  const malformed: [string, string, { code: string; param: string }][] = [
    ['no url', 'enabled_events[]=*', { code: 'parameter_missing', param: 'url' }],
    ['no enabled_events', 'url=https://a.example', { code: 'parameter_missing', param: 'enabled_events' }],
    ['an empty enabled_events', 'url=https://a.example&enabled_events=', { code: 'parameter_invalid_string', param: 'enabled_events' }],
    [
      'an unknown event type',
      'url=https://a.example&enabled_events[]=payment_intent.exploded',
      { code: 'parameter_invalid_string', param: 'enabled_events[0]' },
    ],
    [
      'a wildcard group',
      'url=https://a.example&enabled_events[]=*&enabled_events[]=charge.*',
      { code: 'parameter_invalid_string', param: 'enabled_events[1]' },
    ],
    ['enabled_events as a hash', 'url=https://a.example&enabled_events[a]=b', { code: 'parameter_invalid_string', param: 'enabled_events' }],
    ['a relative url', 'url=/webhook&enabled_events[]=*', { code: 'url_invalid', param: 'url' }],
    ['an ftp url', 'url=ftp://a.example/hook&enabled_events[]=*', { code: 'url_invalid', param: 'url' }],
    ['a javascript url', 'url=javascript:alert(1)&enabled_events[]=*', { code: 'url_invalid', param: 'url' }],
    ['a url hash', 'url[x]=https://a.example&enabled_events[]=*', { code: 'parameter_invalid_string', param: 'url' }],
    ['an unknown parameter', 'url=https://a.example&enabled_events[]=*&secret=whsec_mine', { code: 'parameter_unknown', param: 'secret' }],
    ['a status', 'url=https://a.example&enabled_events[]=*&status=disabled', { code: 'parameter_unknown', param: 'status' }],
    ['a bad api_version', 'url=https://a.example&enabled_events[]=*&api_version=yesterday', { code: 'parameter_invalid_string', param: 'api_version' }],
    ['a future api_version', 'url=https://a.example&enabled_events[]=*&api_version=2099-01-01', { code: 'parameter_invalid_string', param: 'api_version' }],
    ['metadata as a string', 'url=https://a.example&enabled_events[]=*&metadata=x', { code: 'parameter_invalid_string', param: 'metadata' }],
    [
      'a long description',
      `url=https://a.example&enabled_events[]=*&description=${'d'.repeat(5001)}`,
      { code: 'parameter_invalid_string', param: 'description' },
    ],
  ];
  for (const [what, body, error] of malformed)
    it(`refuses ${what} with a 400 naming ${error.param}`, async () => {
      const key = `sk_test_${em.newAccountKey()}`;
      const res = await em.raw('POST', '/v1/webhook_endpoints', { key, body: encodeURI(body) });
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ type: 'invalid_request_error', ...error });
      expect((await em.raw('GET', '/v1/webhook_endpoints', { key })).body.data).toEqual([]);
    });

  it('refuses malformed updates and leaves the endpoint as it was', async () => {
    const account = em.newAccountKey();
    const stripe = em.stripe(account);
    const endpoint = await create(stripe);
    const key = `sk_test_${account}`;
    for (const [body, param] of [
      ['url=nope', 'url'],
      ['enabled_events[]=nope', 'enabled_events[0]'],
      ['disabled=maybe', 'disabled'],
      ['api_version=2024-06-20', 'api_version'],
    ] as const) {
      const res = await em.raw('POST', `/v1/webhook_endpoints/${endpoint.id}`, { key, body });
      expect(res.status, body).toBe(400);
      expect(res.body.error.param, body).toBe(param);
    }
    expect(await stripe.webhookEndpoints.retrieve(endpoint.id)).toEqual({ ...endpoint, secret: undefined });
  });
});
