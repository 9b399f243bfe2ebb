import { describe, expect, it } from 'vitest';
import { useEmulator } from '../testing.ts';

const em = useEmulator();

describe('lists filtered by created (created=<t> or created[gt|gte|lt|lte]=<t>)', () => {
  it('filters customers, SetupIntents and PaymentIntents, and reads created as an integer or its bounds', async () => {
    const stripe = em.stripe();
    const customer = await stripe.customers.create({});
    const si = await stripe.setupIntents.create({ customer: customer.id });
    const pi = await stripe.paymentIntents.create({ amount: 1000, currency: 'usd', customer: customer.id });
    const t = customer.created;
    expect((await stripe.customers.list({ created: t })).data.map((c) => c.id)).toEqual([customer.id]);
    expect((await stripe.setupIntents.list({ created: { gte: si.created } })).data.map((x) => x.id)).toEqual([si.id]);
    expect((await stripe.setupIntents.list({ created: { lt: si.created } })).data).toEqual([]);
    expect((await stripe.paymentIntents.list({ created: { lte: pi.created, gt: pi.created - 60 } })).data.map((x) => x.id)).toEqual([pi.id]);
    expect((await stripe.paymentIntents.list({ created: { gt: pi.created } })).data).toEqual([]);
  });

  it('answers a created bound that is not an integer, or an unknown bound, with Stripe 400s naming it', async () => {
    const key = `sk_test_${em.newAccountKey()}`;
    const bad = await em.raw('GET', '/v1/customers?created[gte]=yesterday', { key });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'parameter_invalid_integer', param: 'created[gte]' });
    const unknown = await em.raw('GET', '/v1/payment_intents?created[after]=1', { key });
    expect(unknown.body.error).toMatchObject({ code: 'parameter_unknown', param: 'created[after]' });
  });
});
