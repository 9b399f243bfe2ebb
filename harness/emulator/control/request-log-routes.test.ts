import { describe, expect, it } from 'vitest';
import { useEmulator } from '../testing.ts';

const em = useEmulator();

type Page = { object: string; url: string; has_more: boolean; data: { id: string; method: string; path: string }[] };

describe('GET /_harness/requests', () => {
  it('pages in the Stripe list shape and filters by path and method', async () => {
    const accountKey = em.newAccountKey();
    const stripe = em.stripe(accountKey);
    const created = await stripe.customers.create({});
    await stripe.customers.retrieve(created.id);
    await stripe.customers.create({});
    const base = `${em.emulator.url}/_harness/requests?account=sk_test_${accountKey}`;
    const get = async (query: string) => (await (await fetch(`${base}${query}`)).json()) as Page;

    const first = await get('&limit=2');
    expect(first).toMatchObject({ object: 'list', url: '/_harness/requests', has_more: true });
    expect(first.data.map((e) => e.method)).toEqual(['POST', 'GET']);
    const rest = await get(`&limit=2&starting_after=${first.data[1]!.id}`);
    expect(rest.has_more).toBe(false);
    expect(rest.data.map((e) => e.method)).toEqual(['POST']);

    expect((await get('&method=get')).data.map((e) => e.path)).toEqual([`/v1/customers/${created.id}`]);
    expect((await get('&path=/v1/customers')).data).toHaveLength(2);

    const refused = await fetch(`${base}&limit=500`);
    expect(refused.status).toBe(400);
  });
});
