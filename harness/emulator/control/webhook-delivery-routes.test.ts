import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useEmulator } from '../testing.ts';

const em = useEmulator({ webhookRetryDelays: [] });

let shop: Server;
let url = '';
beforeAll(async () => {
  shop = createServer((_req, res) => res.end());
  await new Promise<void>((resolve) => shop.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(shop.address() as AddressInfo).port}/hook`;
});
afterAll(() => new Promise((resolve) => shop.close(resolve)));

const page = async (query: string) => {
  const res = await fetch(`${em.emulator.url}/_harness/webhook-deliveries?${query}`);
  return {
    status: res.status,
    body: (await res.json()) as { data: { id: string; event: string; webhook_endpoint: string }[]; has_more: boolean; error?: { type: string } },
  };
};

describe('GET /_harness/webhook-deliveries', () => {
  it('lists attempts oldest first in pages, filtered by account, event and endpoint', async () => {
    const account = em.newAccountKey();
    const stripe = em.stripe(account);
    const first = await stripe.webhookEndpoints.create({ url, enabled_events: ['customer.created'] });
    const second = await stripe.webhookEndpoints.create({ url, enabled_events: ['customer.created'] });
    for (let i = 0; i < 3; i++) await stripe.customers.create({});
    await expect.poll(async () => (await page(`account=sk_test_${account}`)).body.data.length).toBe(6);
    const all = (await page(`account=${account}`)).body.data;
    const events = (await stripe.events.list()).data.map((e) => e.id).reverse();
    expect(all.filter((d) => d.webhook_endpoint === first.id).map((d) => d.event)).toEqual(events);
    const one = await page(`account=${account}&limit=4`);
    expect(one.body).toMatchObject({ has_more: true });
    const two = await page(`account=${account}&limit=4&starting_after=${one.body.data.at(-1)!.id}`);
    expect(two.body.has_more).toBe(false);
    expect([...one.body.data, ...two.body.data]).toEqual(all);
    expect((await page(`account=${account}&webhook_endpoint=${second.id}`)).body.data).toHaveLength(3);
    expect((await page(`account=${account}&event=${events[0]}`)).body.data.map((d) => d.webhook_endpoint).sort()).toEqual([first.id, second.id].sort());
    expect((await page(`account=${em.newAccountKey()}`)).body.data).toEqual([]);
  });

  it('refuses a key that is not a test key, a bad limit and an unknown cursor with a 400', async () => {
    for (const query of ['account=sk_live_x', 'limit=0', 'limit=101', 'limit=ten', 'starting_after=whatt_nope'])
      expect((await page(query)).status, query).toBe(400);
  });
});
