import { describe, expect, it } from 'vitest';
import { useEmulator } from '../testing.ts';

const em = useEmulator();

describe('SetupIntent retrieve, expand and list', () => {
  it('expands payment_method and customer', async () => {
    const stripe = em.stripe();
    const customer = await stripe.customers.create({ email: 'x@example.com' });
    const si = await stripe.setupIntents.create({ customer: customer.id, payment_method: 'pm_card_visa', confirm: true });
    const expanded = await stripe.setupIntents.retrieve(si.id, { expand: ['payment_method', 'customer'] });
    expect(expanded.payment_method).toMatchObject({ object: 'payment_method', customer: customer.id });
    expect(expanded.customer).toMatchObject({ object: 'customer', email: 'x@example.com' });
  });

  it('lists newest first, filters by customer and payment method, and pages', async () => {
    const stripe = em.stripe();
    const customer = await stripe.customers.create({});
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await stripe.setupIntents.create({ customer: customer.id })).id);
    const other = await stripe.setupIntents.create({ payment_method: 'pm_card_visa' });
    const first = await stripe.setupIntents.list({ customer: customer.id, limit: 2 });
    expect(first).toMatchObject({ object: 'list', url: '/v1/setup_intents', has_more: true });
    expect(first.data.map((s) => s.id)).toEqual([ids[4], ids[3]]);
    const second = await stripe.setupIntents.list({ customer: customer.id, limit: 2, starting_after: ids[3] });
    expect(second.data.map((s) => s.id)).toEqual([ids[2], ids[1]]);
    const back = await stripe.setupIntents.list({ customer: customer.id, limit: 2, ending_before: ids[1] });
    expect(back.data.map((s) => s.id)).toEqual([ids[3], ids[2]]);
    const all: string[] = [];
    for await (const si of stripe.setupIntents.list({ customer: customer.id, limit: 2 })) all.push(si.id);
    expect(all).toEqual([...ids].reverse());
    expect((await stripe.setupIntents.list({ payment_method: other.payment_method as string })).data.map((s) => s.id)).toEqual([other.id]);
    expect((await stripe.setupIntents.list({ limit: 100 })).data).toHaveLength(6);
  });
});
