import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../testing.ts';
import { failure } from '../failures.ts';

const em = useEmulator();

async function shop() {
  const stripe = em.stripe();
  const jenny = await stripe.customers.create({ email: 'jenny.rosen@example.com', name: 'Jenny Rosen', metadata: { plan: 'pro' } });
  const john = await stripe.customers.create({ email: 'john@shop.test', name: 'John Doe', metadata: { plan: 'free' } });
  const anon = await stripe.customers.create({});
  const ids = async (query: string) => (await stripe.customers.search({ query })).data.map((c) => c.id);
  return { stripe, jenny, john, anon, ids };
}

describe('customer search (GET /v1/customers/search)', () => {
  it("finds by exact email, as stripe-node sends it, in Stripe's search_result envelope", async () => {
    const { stripe, jenny } = await shop();
    const result = await stripe.customers.search({ query: "email:'jenny.rosen@example.com'" });
    expect(result).toMatchObject({ object: 'search_result', url: '/v1/customers/search', has_more: false, next_page: null });
    expect(result.data.map((c) => c.id)).toEqual([jenny.id]);
    expect(result.data[0]).toMatchObject({ object: 'customer', email: 'jenny.rosen@example.com' });
  });

  it('matches case-insensitively, by substring with ~, by metadata, by created, negated, with AND and OR', async () => {
    const { jenny, john, anon, ids } = await shop();
    expect(await ids("email:'JENNY.ROSEN@example.com'")).toEqual([jenny.id]);
    expect(await ids("email~'example.com'")).toEqual([jenny.id]);
    expect(await ids("name~'doe'")).toEqual([john.id]);
    expect(await ids("metadata['plan']:'pro'")).toEqual([jenny.id]);
    expect(await ids("metadata['plan']:null")).toEqual([anon.id]);
    expect(await ids("-metadata['plan']:'pro' AND created>0")).toEqual([anon.id, john.id]);
    expect(await ids("name:'Jenny Rosen' OR name:'John Doe'")).toEqual([john.id, jenny.id]);
    expect(await ids(`created<=${jenny.created - 1}`)).toEqual([]);
    expect(await ids("email~'example.com' AND metadata['plan']:'free'")).toEqual([]);
  });

  it('pages with limit and next_page, newest first', async () => {
    const { stripe, jenny, john, anon } = await shop();
    const first = await stripe.customers.search({ query: 'created>0', limit: 2 });
    expect(first.data.map((c) => c.id)).toEqual([anon.id, john.id]);
    expect(first.has_more).toBe(true);
    const second = await stripe.customers.search({ query: 'created>0', limit: 2, page: first.next_page! });
    expect(second).toMatchObject({ has_more: false, next_page: null });
    expect(second.data.map((c) => c.id)).toEqual([jenny.id]);
    const all: string[] = [];
    for await (const c of stripe.customers.search({ query: 'created>0', limit: 1 })) all.push(c.id);
    expect(all).toEqual([anon.id, john.id, jenny.id]);
  });

  it("answers Stripe's 400 naming query for a bad query, an unknown field or a wrong comparison", async () => {
    const { stripe } = await shop();
    for (const query of [
      "email:'a' AND name:'b' OR name:'c'",
      "favourite_colour:'green'",
      "email~'ab'",
      'email:42',
      "created:'yesterday'",
      "metadata:'x'",
      "email>'a'",
    ]) {
      expect(await failure(stripe.customers.search({ query })), query).toMatchObject({ statusCode: 400, type: 'StripeInvalidRequestError', param: 'query' });
    }
    expect(await failure(stripe.customers.search({} as Stripe.CustomerSearchParams))).toMatchObject({
      statusCode: 400,
      code: 'parameter_missing',
      param: 'query',
    });
    expect(await failure(stripe.customers.search({ query: 'created>0', page: 'not-a-page' }))).toMatchObject({ statusCode: 400, param: 'page' });
  });

  it('leaves deleted customers out, and never takes "search" for a customer id', async () => {
    const { stripe, john, ids } = await shop();
    await stripe.customers.del(john.id);
    expect(await ids("name~'doe'")).toEqual([]);
    expect(await failure(stripe.customers.retrieve('search'))).toMatchObject({ statusCode: 400, param: 'query' });
  });
});

describe('customer details stored as Stripe answers them', () => {
  it('keeps invoice_prefix, next_invoice_sequence and tax_exempt, and filters the list by created', async () => {
    const stripe = em.stripe();
    const c = await stripe.customers.create({ invoice_prefix: 'THIMBLE1', next_invoice_sequence: 7, tax_exempt: 'exempt' });
    expect(c).toMatchObject({ invoice_prefix: 'THIMBLE1', next_invoice_sequence: 7, tax_exempt: 'exempt' });
    expect((await stripe.customers.update(c.id, { tax_exempt: '' })).tax_exempt).toBe('none');
    expect((await stripe.customers.list({ created: { gte: c.created } })).data.map((x) => x.id)).toEqual([c.id]);
    expect((await stripe.customers.list({ created: { lt: c.created } })).data).toEqual([]);
    expect(await failure(stripe.customers.create({ tax_exempt: 'sometimes' as Stripe.CustomerCreateParams.TaxExempt }))).toMatchObject({
      statusCode: 400,
      param: 'tax_exempt',
    });
  });
});
