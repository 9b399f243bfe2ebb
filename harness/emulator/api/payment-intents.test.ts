import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../testing.ts';
import { failure } from '../failures.ts';

const em = useEmulator();

describe('PaymentIntent create', () => {
  it('has Stripe.PaymentIntent fields and starts in requires_payment_method', async () => {
    const stripe = em.stripe();
    const customer = await stripe.customers.create({});
    const pi = await stripe.paymentIntents.create({
      amount: 1099,
      currency: 'USD',
      customer: customer.id,
      description: 'order 1',
      receipt_email: 'r@example.com',
      metadata: { order: '1' },
    });
    expect(pi).toMatchObject({
      object: 'payment_intent',
      amount: 1099,
      currency: 'usd',
      customer: customer.id,
      description: 'order 1',
      receipt_email: 'r@example.com',
      metadata: { order: '1' },
      status: 'requires_payment_method',
      amount_received: 0,
      capture_method: 'automatic_async',
      confirmation_method: 'automatic',
      payment_method_types: ['card', 'link'],
      automatic_payment_methods: { enabled: true },
      latest_charge: null,
      last_payment_error: null,
      next_action: null,
      setup_future_usage: null,
      livemode: false,
    });
    expect(pi.client_secret).toMatch(new RegExp(`^${pi.id}_secret_`));
    const withPm = await stripe.paymentIntents.create({
      amount: 1099,
      currency: 'usd',
      payment_method: 'pm_card_visa',
      allowed_payment_method_types: ['card'],
    });
    expect(withPm).toMatchObject({ status: 'requires_confirmation', automatic_payment_methods: null, payment_method_types: ['card'] });
  });

  it('checks amount, currency and off_session the way Stripe does', async () => {
    const stripe = em.stripe();
    expect(await failure(stripe.paymentIntents.create({ amount: 49, currency: 'usd' }))).toMatchObject({
      statusCode: 400,
      code: 'amount_too_small',
      param: 'amount',
    });
    expect(await failure(stripe.paymentIntents.create({ amount: 100_000_000, currency: 'usd' }))).toMatchObject({ code: 'amount_too_large', param: 'amount' });
    expect(await failure(stripe.paymentIntents.create({ currency: 'usd' } as Stripe.PaymentIntentCreateParams))).toMatchObject({
      code: 'parameter_missing',
      param: 'amount',
    });
    expect(await failure(stripe.paymentIntents.create({ amount: 100 } as Stripe.PaymentIntentCreateParams))).toMatchObject({
      code: 'parameter_missing',
      param: 'currency',
    });
    expect(await failure(stripe.paymentIntents.create({ amount: 100, currency: 'usd', off_session: true, payment_method: 'pm_card_visa' }))).toMatchObject({
      type: 'StripeInvalidRequestError',
      statusCode: 400,
      param: 'off_session',
    });
    expect((await stripe.paymentIntents.create({ amount: 50, currency: 'usd' })).amount).toBe(50);
  });

  it('refuses a payment method that belongs to another customer, or to a customer the intent does not name', async () => {
    const stripe = em.stripe();
    const [alice, bob] = [await stripe.customers.create({}), await stripe.customers.create({})];
    const bobs = await stripe.paymentMethods.attach('pm_card_visa', { customer: bob.id });
    const charge = (customer?: string) =>
      failure(
        stripe.paymentIntents.create({
          amount: 500,
          currency: 'usd',
          payment_method: bobs.id,
          confirm: true,
          off_session: true,
          ...(customer ? { customer } : {}),
        }),
      );
    expect(await charge(alice.id)).toMatchObject({ type: 'StripeInvalidRequestError', statusCode: 400, param: 'payment_method' });
    expect(await charge()).toMatchObject({ statusCode: 400, param: 'payment_method' });
    expect((await stripe.paymentIntents.list({ customer: alice.id })).data).toHaveLength(0);
  });

  it('replays an idempotent create, success and card error alike, and refuses the key with other parameters', async () => {
    const stripe = em.stripe();
    const customer = await stripe.customers.create({});
    const params = { amount: 700, currency: 'usd', customer: customer.id, payment_method: 'pm_card_visa', confirm: true };
    const first = await stripe.paymentIntents.create(params, { idempotencyKey: 'order-700' });
    const again = await stripe.paymentIntents.create(params, { idempotencyKey: 'order-700' });
    expect(again.id).toBe(first.id);
    expect(again.latest_charge).toBe(first.latest_charge);
    expect(again.lastResponse.headers['idempotent-replayed']).toBe('true');
    expect((await stripe.paymentIntents.list({ customer: customer.id })).data).toHaveLength(1);
    expect(await failure(stripe.paymentIntents.create({ ...params, amount: 701 }, { idempotencyKey: 'order-700' }))).toBeInstanceOf(
      Stripe.errors.StripeIdempotencyError,
    );

    const declined = { ...params, payment_method: 'pm_card_visa_chargeDeclined' };
    const e1 = (await failure(stripe.paymentIntents.create(declined, { idempotencyKey: 'order-declined' }))) as Stripe.errors.StripeCardError;
    const e2 = (await failure(stripe.paymentIntents.create(declined, { idempotencyKey: 'order-declined' }))) as Stripe.errors.StripeCardError;
    expect(e1).toBeInstanceOf(Stripe.errors.StripeCardError);
    expect(e2).toMatchObject({ code: 'card_declined', decline_code: 'generic_decline' });
    expect(e2.payment_intent?.id).toBe(e1.payment_intent?.id);
    expect(e2.raw).toMatchObject({ charge: (e1.raw as { charge: string }).charge });
  });
});

describe('PaymentIntent confirm', () => {
  it('charges on-session and expands payment_method and latest_charge', async () => {
    const stripe = em.stripe();
    const customer = await stripe.customers.create({});
    const created = await stripe.paymentIntents.create({ amount: 2500, currency: 'usd', customer: customer.id });
    const pi = await stripe.paymentIntents.confirm(created.id, { payment_method: 'pm_card_mastercard', expand: ['latest_charge'] });
    expect(pi).toMatchObject({ status: 'succeeded', amount_received: 2500 });
    expect(pi.latest_charge).toMatchObject({
      object: 'charge',
      status: 'succeeded',
      paid: true,
      amount: 2500,
      amount_captured: 2500,
      payment_intent: pi.id,
      customer: customer.id,
    });
    const expanded = await stripe.paymentIntents.retrieve(pi.id, { expand: ['payment_method', 'latest_charge'] });
    expect(expanded.payment_method).toMatchObject({ object: 'payment_method', card: { brand: 'mastercard' } });
    expect((expanded.latest_charge as Stripe.Charge).payment_method_details).toMatchObject({ type: 'card', card: { last4: '4444' } });
  });

  it('saves the card with setup_future_usage so a later off-session charge needs no authentication', async () => {
    const stripe = em.stripe();
    const customer = await stripe.customers.create({});
    const first = await stripe.paymentIntents.create({
      amount: 1000,
      currency: 'usd',
      customer: customer.id,
      payment_method: 'pm_card_visa',
      setup_future_usage: 'off_session',
      confirm: true,
    });
    expect(first.status).toBe('succeeded');
    const pm = await stripe.paymentMethods.retrieve(first.payment_method as string);
    expect(pm.customer).toBe(customer.id);
    const later = await stripe.paymentIntents.create({
      amount: 1000,
      currency: 'usd',
      customer: customer.id,
      payment_method: pm.id,
      confirm: true,
      off_session: 'recurring',
    });
    expect(later.status).toBe('succeeded');
  });

  it('records a failed charge for a decline and leaves the intent reusable with another card', async () => {
    const stripe = em.stripe();
    const customer = await stripe.customers.create({});
    const pi = await stripe.paymentIntents.create({ amount: 900, currency: 'usd', customer: customer.id });
    const err = (await failure(stripe.paymentIntents.confirm(pi.id, { payment_method: 'pm_card_chargeCustomerFail' }))) as Stripe.errors.StripeCardError;
    expect(err).toBeInstanceOf(Stripe.errors.StripeCardError);
    expect(err).toMatchObject({ code: 'card_declined', decline_code: 'generic_decline' });
    const after = await stripe.paymentIntents.retrieve(pi.id, { expand: ['latest_charge'] });
    expect(after).toMatchObject({ status: 'requires_payment_method', payment_method: null, last_payment_error: { type: 'card_error', code: 'card_declined' } });
    expect(after.latest_charge).toMatchObject({ status: 'failed', paid: false, failure_code: 'card_declined', outcome: { type: 'issuer_declined' } });
    expect((after.latest_charge as Stripe.Charge).id).toBe((err.raw as { charge: string }).charge);
    expect((await stripe.paymentIntents.confirm(pi.id, { payment_method: 'pm_card_visa' })).status).toBe('succeeded');
  });

  it('fails instead of asking for a challenge with error_on_requires_action', async () => {
    const stripe = em.stripe();
    const err = await failure(
      stripe.paymentIntents.create({
        amount: 900,
        currency: 'usd',
        payment_method: 'pm_card_authenticationRequired',
        confirm: true,
        error_on_requires_action: true,
      }),
    );
    expect(err).toMatchObject({ type: 'StripeCardError', code: 'authentication_required', decline_code: 'authentication_required' });
  });

  it('asks for a challenge for any card with request_three_d_secure=any', async () => {
    const stripe = em.stripe();
    const pi = await stripe.paymentIntents.create({
      amount: 900,
      currency: 'usd',
      payment_method: 'pm_card_visa',
      payment_method_options: { card: { request_three_d_secure: 'any' } },
      confirm: true,
    });
    expect(pi).toMatchObject({ status: 'requires_action', next_action: { type: 'use_stripe_sdk' } });
  });
});

describe('PaymentIntent states, update, cancel and list', () => {
  it('refuses confirm, update and cancel once succeeded, with the PaymentIntent in the error', async () => {
    const stripe = em.stripe();
    const pi = await stripe.paymentIntents.create({ amount: 800, currency: 'usd', payment_method: 'pm_card_visa', confirm: true });
    for (const call of [stripe.paymentIntents.confirm(pi.id), stripe.paymentIntents.update(pi.id, { amount: 900 }), stripe.paymentIntents.cancel(pi.id)]) {
      const err = await failure(call);
      expect(err).toMatchObject({ type: 'StripeInvalidRequestError', statusCode: 400, code: 'payment_intent_unexpected_state' });
      expect((err as Stripe.errors.StripeInvalidRequestError).payment_intent).toMatchObject({ id: pi.id, status: 'succeeded' });
    }
    const noPm = await stripe.paymentIntents.create({ amount: 800, currency: 'usd' });
    expect(await failure(stripe.paymentIntents.confirm(noPm.id))).toMatchObject({ code: 'payment_intent_unexpected_state' });
  });

  it('updates amount, metadata and payment method, and cancels', async () => {
    const stripe = em.stripe();
    const pi = await stripe.paymentIntents.create({ amount: 800, currency: 'usd', metadata: { a: '1' } });
    const updated = await stripe.paymentIntents.update(pi.id, {
      amount: 1200,
      metadata: { b: '2' },
      payment_method: 'pm_card_visa',
      setup_future_usage: 'on_session',
    });
    expect(updated).toMatchObject({ amount: 1200, metadata: { a: '1', b: '2' }, status: 'requires_confirmation', setup_future_usage: 'on_session' });
    expect(await failure(stripe.paymentIntents.update(pi.id, { amount: 10 }))).toMatchObject({ code: 'amount_too_small' });
    const canceled = await stripe.paymentIntents.cancel(pi.id, { cancellation_reason: 'abandoned' });
    expect(canceled).toMatchObject({ status: 'canceled', cancellation_reason: 'abandoned' });
    expect(canceled.canceled_at).toEqual(expect.any(Number));
    expect(await failure(stripe.paymentIntents.confirm(pi.id))).toMatchObject({ code: 'payment_intent_unexpected_state' });
    expect(await failure(stripe.paymentIntents.retrieve('pi_nope'))).toMatchObject({ statusCode: 404, code: 'resource_missing' });
  });

  it('lists newest first by customer and pages', async () => {
    const stripe = em.stripe();
    const customer = await stripe.customers.create({});
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push((await stripe.paymentIntents.create({ amount: 100 + i, currency: 'usd', customer: customer.id })).id);
    await stripe.paymentIntents.create({ amount: 100, currency: 'usd' });
    const page = await stripe.paymentIntents.list({ customer: customer.id, limit: 3 });
    expect(page).toMatchObject({ object: 'list', url: '/v1/payment_intents', has_more: true });
    expect(page.data.map((p) => p.id)).toEqual([ids[3], ids[2], ids[1]]);
    const rest = await stripe.paymentIntents.list({ customer: customer.id, limit: 3, starting_after: ids[1] });
    expect(rest).toMatchObject({ has_more: false });
    expect(rest.data.map((p) => p.id)).toEqual([ids[0]]);
    expect((await stripe.paymentIntents.list()).data).toHaveLength(5);
    expect(await failure(stripe.paymentIntents.list({ limit: 101 }))).toMatchObject({ statusCode: 400, param: 'limit' });
  });
});
