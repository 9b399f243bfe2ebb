import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../testing.ts';
import { failure } from '../failures.ts';

const em = useEmulator();

const paid = (stripe: Stripe, amount = 1000) =>
  stripe.paymentIntents.create({ amount, currency: 'usd', payment_method: 'pm_card_visa', confirm: true, return_url: 'https://shop.example/return' });

const chargeOf = async (stripe: Stripe, pi: Stripe.PaymentIntent) =>
  (await stripe.paymentIntents.retrieve(pi.id, { expand: ['latest_charge'] })).latest_charge as Stripe.Charge;

describe('refunds (/v1/refunds)', () => {
  it('refunds a PaymentIntent in full by default: a succeeded refund, the charge refunded', async () => {
    const stripe = em.stripe();
    const pi = await paid(stripe);
    const refund = await stripe.refunds.create({ payment_intent: pi.id, reason: 'requested_by_customer', metadata: { ticket: 'T-1' } });
    expect(refund).toMatchObject({
      object: 'refund',
      amount: 1000,
      currency: 'usd',
      status: 'succeeded',
      payment_intent: pi.id,
      charge: pi.latest_charge,
      reason: 'requested_by_customer',
      metadata: { ticket: 'T-1' },
      balance_transaction: expect.stringMatching(/^txn_/),
    });
    expect(refund.id).toMatch(/^re_/);
    expect(await chargeOf(stripe, pi)).toMatchObject({ amount_refunded: 1000, refunded: true });
    expect(await stripe.refunds.retrieve(refund.id)).toEqual(refund);
  });

  it('refunds a charge in parts until nothing is left, then answers charge_already_refunded', async () => {
    const stripe = em.stripe();
    const pi = await paid(stripe);
    const charge = pi.latest_charge as string;
    await stripe.refunds.create({ charge, amount: 300 });
    expect(await chargeOf(stripe, pi)).toMatchObject({ amount_refunded: 300, refunded: false });
    expect(await failure(stripe.refunds.create({ charge, amount: 701 }))).toMatchObject({ statusCode: 400, code: 'amount_too_large', param: 'amount' });
    expect((await stripe.refunds.create({ payment_intent: pi.id, charge })).amount).toBe(700);
    expect(await chargeOf(stripe, pi)).toMatchObject({ amount_refunded: 1000, refunded: true });
    expect(await failure(stripe.refunds.create({ payment_intent: pi.id }))).toMatchObject({ statusCode: 400, code: 'charge_already_refunded' });
  });

  it('answers Stripe errors for a missing target, an unknown one, a mismatch and an unpaid intent', async () => {
    const stripe = em.stripe();
    expect(await failure(stripe.refunds.create({}))).toMatchObject({ statusCode: 400, code: 'parameter_missing' });
    expect(await failure(stripe.refunds.create({ payment_intent: 'pi_doesnotexist' }))).toMatchObject({
      statusCode: 404,
      code: 'resource_missing',
      param: 'payment_intent',
    });
    expect(await failure(stripe.refunds.create({ charge: 'ch_doesnotexist' }))).toMatchObject({ statusCode: 404, code: 'resource_missing', param: 'charge' });
    const [a, b] = [await paid(stripe), await paid(stripe)];
    expect(await failure(stripe.refunds.create({ payment_intent: a.id, charge: b.latest_charge as string }))).toMatchObject({
      statusCode: 400,
      param: 'charge',
    });
    const open = await stripe.paymentIntents.create({ amount: 1000, currency: 'usd' });
    expect(await failure(stripe.refunds.create({ payment_intent: open.id }))).toMatchObject({ statusCode: 400, code: 'charge_not_refundable' });
    const authorized = await paid(stripe).then(() =>
      stripe.paymentIntents.create({
        amount: 1000,
        currency: 'usd',
        payment_method: 'pm_card_visa',
        confirm: true,
        capture_method: 'manual',
        return_url: 'https://shop.example/return',
      }),
    );
    expect(await failure(stripe.refunds.create({ payment_intent: authorized.id }))).toMatchObject({ statusCode: 400, code: 'charge_not_refundable' });
  });

  it('lists refunds newest first, filtered by PaymentIntent or charge', async () => {
    const stripe = em.stripe();
    const [a, b] = [await paid(stripe), await paid(stripe)];
    const first = await stripe.refunds.create({ payment_intent: a.id, amount: 100 });
    const second = await stripe.refunds.create({ payment_intent: a.id, amount: 200 });
    const other = await stripe.refunds.create({ payment_intent: b.id });
    expect((await stripe.refunds.list()).data.map((r) => r.id)).toEqual([other.id, second.id, first.id]);
    expect((await stripe.refunds.list({ payment_intent: a.id })).data.map((r) => r.id)).toEqual([second.id, first.id]);
    expect((await stripe.refunds.list({ charge: b.latest_charge as string })).data.map((r) => r.id)).toEqual([other.id]);
    const page = await stripe.refunds.list({ limit: 1 });
    expect(page).toMatchObject({ object: 'list', url: '/v1/refunds', has_more: true });
    expect((await stripe.refunds.list({ created: { gte: first.created } })).data).toHaveLength(3);
    expect((await stripe.refunds.list({ created: { lt: first.created } })).data).toHaveLength(0);
  });

  it('refunds a card payment back to the card', async () => {
    const stripe = em.stripe();
    const refund = await stripe.refunds.create({ payment_intent: (await paid(stripe, 2500)).id, amount: 500 });
    expect(refund.destination_details).toMatchObject({ type: 'card', card: { type: 'refund' } });
  });

  it('updates metadata, and refuses to cancel a card refund that has succeeded', async () => {
    const stripe = em.stripe();
    const refund = await stripe.refunds.create({ payment_intent: (await paid(stripe)).id, metadata: { a: '1', b: '2' } });
    expect((await stripe.refunds.update(refund.id, { metadata: { b: '', c: '3' } })).metadata).toEqual({ a: '1', c: '3' });
    expect(await failure(stripe.refunds.cancel(refund.id))).toMatchObject({ statusCode: 400, type: 'StripeInvalidRequestError' });
    expect((await stripe.refunds.retrieve(refund.id)).status).toBe('succeeded');
    expect(await failure(stripe.refunds.retrieve('re_doesnotexist'))).toMatchObject({ statusCode: 404, code: 'resource_missing' });
  });
});
