import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../testing.ts';
import { failure } from '../failures.ts';

const em = useEmulator();

async function authorized(stripe: Stripe, extra: Partial<Stripe.PaymentIntentCreateParams> = {}) {
  return stripe.paymentIntents.create({
    amount: 1000,
    currency: 'usd',
    payment_method: 'pm_card_visa',
    confirm: true,
    capture_method: 'manual',
    return_url: 'https://shop.example/return',
    ...extra,
  });
}

describe('PaymentIntents with capture_method: manual', () => {
  it('confirms to requires_capture with the amount capturable and an uncaptured charge', async () => {
    const stripe = em.stripe();
    const pi = await authorized(stripe, { expand: ['latest_charge'] });
    expect(pi).toMatchObject({ status: 'requires_capture', capture_method: 'manual', amount_capturable: 1000, amount_received: 0 });
    expect(pi.latest_charge).toMatchObject({
      object: 'charge',
      paid: true,
      captured: false,
      amount_captured: 0,
      status: 'succeeded',
      balance_transaction: null,
    });
  });

  it('captures the whole amount by default: succeeded, amount_received, charge captured', async () => {
    const stripe = em.stripe();
    const pi = await authorized(stripe);
    const captured = await stripe.paymentIntents.capture(pi.id, { metadata: { shipped: 'yes' }, expand: ['latest_charge'] });
    expect(captured).toMatchObject({ status: 'succeeded', amount_received: 1000, amount_capturable: 0, metadata: { shipped: 'yes' } });
    expect(captured.latest_charge).toMatchObject({
      captured: true,
      amount_captured: 1000,
      amount_refunded: 0,
      refunded: false,
      balance_transaction: expect.stringMatching(/^txn_/),
    });
  });

  it('captures part of the amount and releases the rest as a refund on the charge', async () => {
    const stripe = em.stripe();
    const pi = await authorized(stripe);
    const captured = await stripe.paymentIntents.capture(pi.id, { amount_to_capture: 600 });
    expect(captured).toMatchObject({ status: 'succeeded', amount_received: 600 });
    const again = await stripe.paymentIntents.retrieve(pi.id, { expand: ['latest_charge'] });
    expect(again.latest_charge).toMatchObject({ amount_captured: 600, amount_refunded: 400, refunded: false });
    const refunds = await stripe.refunds.list({ payment_intent: pi.id });
    expect(refunds.data.map((r) => r.amount)).toEqual([400]);
  });

  it('refuses to capture more than was authorized, or an intent that is not requires_capture', async () => {
    const stripe = em.stripe();
    const pi = await authorized(stripe);
    expect(await failure(stripe.paymentIntents.capture(pi.id, { amount_to_capture: 1001 }))).toMatchObject({
      statusCode: 400,
      code: 'amount_too_large',
      param: 'amount_to_capture',
    });
    await stripe.paymentIntents.capture(pi.id);
    expect(await failure(stripe.paymentIntents.capture(pi.id))).toMatchObject({ statusCode: 400, code: 'payment_intent_unexpected_state' });
    const automatic = await stripe.paymentIntents.create({
      amount: 1000,
      currency: 'usd',
      payment_method: 'pm_card_visa',
      confirm: true,
      return_url: 'https://shop.example/return',
    });
    expect(automatic).toMatchObject({ status: 'succeeded', capture_method: 'automatic_async' });
    expect(await failure(stripe.paymentIntents.capture(automatic.id))).toMatchObject({ statusCode: 400, code: 'payment_intent_unexpected_state' });
    expect(await failure(stripe.paymentIntents.capture('pi_doesnotexist'))).toMatchObject({ statusCode: 404, code: 'resource_missing' });
  });

  it('cancels an authorized intent: canceled, the authorization released as a full refund', async () => {
    const stripe = em.stripe();
    const pi = await authorized(stripe);
    const canceled = await stripe.paymentIntents.cancel(pi.id, { expand: ['latest_charge'] });
    expect(canceled).toMatchObject({ status: 'canceled', amount_capturable: 0 });
    expect(canceled.latest_charge).toMatchObject({ refunded: true, amount_refunded: 1000, captured: false });
  });

  it('charges a saved card off-session with manual capture, and still declines off-session the cards that need authentication', async () => {
    const stripe = em.stripe();
    const customer = await stripe.customers.create({});
    const visa = await stripe.paymentMethods.attach('pm_card_visa', { customer: customer.id });
    const charge = (pm: string) =>
      stripe.paymentIntents.create({
        amount: 1500,
        currency: 'usd',
        customer: customer.id,
        payment_method: pm,
        confirm: true,
        off_session: true,
        capture_method: 'manual',
      });
    expect(await charge(visa.id)).toMatchObject({ status: 'requires_capture', amount_capturable: 1500 });
    const needs3ds = await stripe.paymentMethods.attach('pm_card_authenticationRequired', { customer: customer.id });
    expect(await failure(charge(needs3ds.id))).toMatchObject({ statusCode: 402, code: 'authentication_required' });
  });

  it('authorizes after a 3D Secure challenge: requires_capture once the shopper completes it', async () => {
    const accountKey = em.newAccountKey();
    const stripe = em.stripe(accountKey);
    const pi = await authorized(stripe, { payment_method: 'pm_card_threeDSecure2Required', use_stripe_sdk: true } as Partial<Stripe.PaymentIntentCreateParams>);
    expect(pi.status).toBe('requires_action');
    const source = (pi.next_action!.use_stripe_sdk as { source: string }).source;
    const pressed = await em.raw('POST', '/v1/3ds2/challenge_complete', {
      key: `pk_test_${accountKey}`,
      body: new URLSearchParams({ source, outcome: 'authorize' }).toString(),
    });
    expect(pressed.status).toBe(200);
    expect(await stripe.paymentIntents.retrieve(pi.id)).toMatchObject({ status: 'requires_capture', amount_capturable: 1000, amount_received: 0 });
    expect(await stripe.paymentIntents.capture(pi.id)).toMatchObject({ status: 'succeeded', amount_received: 1000 });
  });

  it('sets capture_method on update and on confirm', async () => {
    const stripe = em.stripe();
    const pi = await stripe.paymentIntents.create({ amount: 1000, currency: 'usd' });
    expect((await stripe.paymentIntents.update(pi.id, { capture_method: 'manual' })).capture_method).toBe('manual');
    const other = await stripe.paymentIntents.create({ amount: 1000, currency: 'usd' });
    const confirmed = await stripe.paymentIntents.confirm(other.id, {
      payment_method: 'pm_card_visa',
      capture_method: 'manual',
      return_url: 'https://shop.example/return',
    });
    expect(confirmed).toMatchObject({ status: 'requires_capture', capture_method: 'manual' });
  });
});

describe('PaymentIntent details stored as Stripe answers them', () => {
  it('keeps statement descriptors, shipping, on_behalf_of and transfer_group', async () => {
    const stripe = em.stripe();
    const shipping = { name: 'Jenny Rosen', address: { line1: '1 Main St', city: 'Springfield', postal_code: '12345', country: 'US' } };
    const pi = await stripe.paymentIntents.create({
      amount: 1000,
      currency: 'usd',
      statement_descriptor_suffix: 'ORDER 42',
      shipping,
      on_behalf_of: 'acct_1Connected',
      transfer_group: 'order_42',
    });
    expect(pi).toMatchObject({
      statement_descriptor_suffix: 'ORDER 42',
      on_behalf_of: 'acct_1Connected',
      transfer_group: 'order_42',
      shipping: {
        name: 'Jenny Rosen',
        carrier: null,
        phone: null,
        tracking_number: null,
        address: { line1: '1 Main St', line2: null, state: null, country: 'US' },
      },
    });
    const updated = await stripe.paymentIntents.update(pi.id, { shipping: '', statement_descriptor: 'THIMBLE' });
    expect(updated).toMatchObject({ shipping: null, statement_descriptor: 'THIMBLE' });
    expect(await failure(stripe.paymentIntents.create({ amount: 1000, currency: 'usd', statement_descriptor_suffix: 'x'.repeat(23) }))).toMatchObject({
      statusCode: 400,
      param: 'statement_descriptor_suffix',
    });
  });

  it('refuses confirmation_method: manual by name and creates nothing', async () => {
    const stripe = em.stripe();
    expect(await failure(stripe.paymentIntents.create({ amount: 1000, currency: 'usd', confirmation_method: 'manual' }))).toMatchObject({
      statusCode: 400,
      param: 'confirmation_method',
    });
    expect((await stripe.paymentIntents.list()).data).toEqual([]);
    expect((await stripe.paymentIntents.create({ amount: 1000, currency: 'usd', confirmation_method: 'automatic' })).confirmation_method).toBe('automatic');
  });
});
