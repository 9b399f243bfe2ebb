import { describe, expect, it } from 'vitest';
import { useEmulator } from '../testing.ts';
import { specParams, unservedEndpoints } from './spec-params.ts';

const em = useEmulator();

/** `/v1/customers/:id` or `/v1/customers/{customer}` with every parameter filled by an id that names nothing. */
const concrete = (template: string) => template.replace(/:[a-z_]+|\{[a-z_]+\}/g, 'xx_doesnotexist');

function request(key: string, method: string, path: string, form: string) {
  return em.raw(method, method === 'GET' ? `${path}?${form}` : path, { key, ...(method === 'GET' ? {} : { body: form }) });
}

describe('parameters and endpoints Stripe knows', () => {
  it("accepts every top-level parameter Stripe lists for a served endpoint, in its spec or stripe-node's types: never parameter_unknown", async () => {
    const key = `sk_test_${em.newAccountKey()}`;
    const refused: string[] = [];
    for (const [endpoint, names] of Object.entries(specParams)) {
      const [method, template] = endpoint.split(' ') as [string, string];
      for (const name of names) {
        const res = await request(key, method, concrete(template), `${encodeURIComponent(name)}=x`);
        if (res.body?.error?.code === 'parameter_unknown') refused.push(`${endpoint} ${name}: ${res.body.error.param}`);
      }
    }
    expect(refused).toEqual([]);
  });

  it('answers a parameter Stripe does not know with 400 parameter_unknown naming it', async () => {
    const key = `sk_test_${em.newAccountKey()}`;
    const calls = [
      ['POST', '/v1/customers', 'email=a%40example.com'],
      ['GET', '/v1/payment_intents', 'limit=3'],
      ['POST', '/v1/payment_intents', 'amount=100&currency=usd'],
    ] as const;
    for (const [method, path, form] of calls) {
      const res = await request(key, method, path, `${form}&favourite_colour=green`);
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ type: 'invalid_request_error', code: 'parameter_unknown', param: 'favourite_colour' });
    }
  });

  it('ignores a spec parameter it does not implement: the request succeeds as without it', async () => {
    const key = `sk_test_${em.newAccountKey()}`;
    const res = await request(key, 'POST', '/v1/customers', 'email=a%40example.com&coupon=SUMMER&cash_balance[settings][reconciliation_mode]=automatic');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ object: 'customer', email: 'a@example.com' });
    expect(res.body).not.toHaveProperty('coupon');
  });

  it(`answers each of the ${unservedEndpoints.length} operations of Stripe's spec it does not serve with 404 Unrecognized request URL`, async () => {
    const key = `sk_test_${em.newAccountKey()}`;
    const answered: string[] = [];
    for (const operation of unservedEndpoints) {
      const [method, template] = operation.split(' ') as [string, string];
      const res = await em.raw(method, concrete(template), { key });
      const error = res.body?.error as { type?: string; message?: string } | undefined;
      if (res.status !== 404 || error?.type !== 'invalid_request_error' || !error.message?.startsWith('Unrecognized request URL'))
        answered.push(`${operation} → ${res.status} ${error?.message ?? ''}`);
    }
    expect(answered).toEqual([]);
  });
});

describe('an Idempotency-Key reused with another value of an ignored parameter', () => {
  it("is Stripe's idempotency_error, not a replay", async () => {
    const key = `sk_test_${em.newAccountKey()}`;
    const send = (coupon: string) =>
      em.raw('POST', '/v1/customers', { key, body: `email=a%40example.com&coupon=${coupon}`, headers: { 'idempotency-key': 'ignored-param' } });
    const first = await send('SUMMER');
    expect(first.status).toBe(200);
    expect((await send('SUMMER')).headers.get('idempotent-replayed')).toBe('true');
    const other = await send('WINTER');
    expect(other.status).toBe(400);
    expect(other.body.error).toMatchObject({ type: 'idempotency_error' });
  });
});
