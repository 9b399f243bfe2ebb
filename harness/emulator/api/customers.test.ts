import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../testing.ts';

const em = useEmulator();

describe('customers', () => {
  it('creates, retrieves, updates and deletes a customer', async () => {
    const stripe = em.stripe();
    const created = await stripe.customers.create({ email: 'ada@example.com', name: 'Ada', metadata: { plan: 'gold', tier: '1' } });
    expect(created).toMatchObject({ object: 'customer', email: 'ada@example.com', name: 'Ada', livemode: false, metadata: { plan: 'gold', tier: '1' } });
    expect(created.id).toMatch(/^cus_/);
    expect((await stripe.customers.retrieve(created.id)) as Stripe.Customer).toMatchObject({ id: created.id, email: 'ada@example.com' });
    const updated = await stripe.customers.update(created.id, { phone: '+15555550100', metadata: { tier: '' } });
    expect(updated.phone).toBe('+15555550100');
    expect(updated.metadata).toEqual({ plan: 'gold' });
    expect(await stripe.customers.del(created.id)).toEqual({ id: created.id, object: 'customer', deleted: true });
    expect(await stripe.customers.retrieve(created.id)).toMatchObject({ id: created.id, deleted: true });
    await expect(stripe.customers.update(created.id, { name: 'x' })).rejects.toMatchObject({ statusCode: 404, code: 'resource_missing' });
  });

  it('lists newest first with pagination and filters by email', async () => {
    const stripe = em.stripe();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await stripe.customers.create({ email: i % 2 ? 'odd@example.com' : 'even@example.com' })).id);
    const first = await stripe.customers.list({ limit: 2 });
    expect(first.data.map((c) => c.id)).toEqual([ids[4], ids[3]]);
    expect(first.has_more).toBe(true);
    const next = await stripe.customers.list({ limit: 2, starting_after: ids[3]! });
    expect(next.data.map((c) => c.id)).toEqual([ids[2], ids[1]]);
    expect((await stripe.customers.list({ email: 'odd@example.com' })).data).toHaveLength(2);
    const all: string[] = [];
    for await (const c of stripe.customers.list({ limit: 2 })) all.push(c.id);
    expect(all).toEqual([...ids].reverse());
  });

  it('keeps each sk_test_ key its own account', async () => {
    const a = em.stripe();
    const b = em.stripe();
    const customer = await a.customers.create({});
    await expect(b.customers.retrieve(customer.id)).rejects.toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect((await b.customers.list()).data).toHaveLength(0);
  });

  it('attaches a payment method given at create and sets the invoice default', async () => {
    const stripe = em.stripe();
    const customer = await stripe.customers.create({ payment_method: 'pm_card_visa' });
    const pms = await stripe.customers.listPaymentMethods(customer.id);
    expect(pms.data).toHaveLength(1);
    const updated = await stripe.customers.update(customer.id, { invoice_settings: { default_payment_method: pms.data[0]!.id } });
    expect(updated.invoice_settings.default_payment_method).toBe(pms.data[0]!.id);
    await expect(stripe.customers.update(customer.id, { invoice_settings: { default_payment_method: 'pm_nope' } })).rejects.toMatchObject({
      code: 'resource_missing',
      param: 'invoice_settings[default_payment_method]',
    });
  });

  it('names unknown and badly typed parameters', async () => {
    const stripe = em.stripe();
    await expect(stripe.customers.create({ emial: 'x' } as Stripe.CustomerCreateParams)).rejects.toMatchObject({
      type: 'StripeInvalidRequestError',
      code: 'parameter_unknown',
      param: 'emial',
      statusCode: 400,
    });
    await expect(stripe.customers.create({ balance: 'lots' as unknown as number })).rejects.toMatchObject({ param: 'balance' });
  });
});
