import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../testing.ts';
import { failure } from '../failures.ts';

const em = useEmulator();
const nextYear = new Date().getFullYear() + 1;

/** The guide's `payment_method_types`, which stripe-node 23's types no longer list (they say `allowed_payment_method_types`). */
type Guide<T> = T & { payment_method_types?: string[] };
const guide = <T>(params: Guide<T>): T => params;

describe('SetupIntent create', () => {
  it('has every field of Stripe.SetupIntent, usage off_session and automatic payment methods (card and Link) by default', async () => {
    const stripe = em.stripe();
    const customer = await stripe.customers.create({});
    const si = await stripe.setupIntents.create({ customer: customer.id, description: 'save a card', metadata: { order: '42' } });
    for (const field of [
      'id',
      'object',
      'application',
      'automatic_payment_methods',
      'cancellation_reason',
      'client_secret',
      'created',
      'customer',
      'description',
      'flow_directions',
      'last_setup_error',
      'latest_attempt',
      'livemode',
      'mandate',
      'metadata',
      'next_action',
      'on_behalf_of',
      'payment_method',
      'payment_method_configuration_details',
      'payment_method_options',
      'payment_method_types',
      'single_use_mandate',
      'status',
      'usage',
    ])
      expect(si).toHaveProperty(field);
    expect(si).toMatchObject({
      object: 'setup_intent',
      customer: customer.id,
      description: 'save a card',
      metadata: { order: '42' },
      status: 'requires_payment_method',
      usage: 'off_session',
      payment_method_types: ['card', 'link'],
      automatic_payment_methods: { allow_redirects: 'always', enabled: true },
      latest_attempt: null,
      last_setup_error: null,
      next_action: null,
      flow_directions: null,
      livemode: false,
      payment_method_options: { card: { request_three_d_secure: 'automatic', mandate_options: null, network: null }, link: { persistent_token: null } },
    });
    expect(si.id).toMatch(/^seti_/);
    expect(si.client_secret).toMatch(new RegExp(`^${si.id}_secret_[A-Za-z0-9]+$`));
  });

  it('takes payment_method_types, allowed_payment_method_types and excluded_payment_method_types', async () => {
    const stripe = em.stripe();
    const named = await stripe.setupIntents.create(guide<Stripe.SetupIntentCreateParams>({ payment_method_types: ['link', 'card'] }));
    expect(named).toMatchObject({ payment_method_types: ['link', 'card'], allowed_payment_method_types: null, automatic_payment_methods: null });
    const allowed = await stripe.setupIntents.create({ allowed_payment_method_types: ['link', 'cashapp', 'card'], excluded_payment_method_types: ['card'] });
    expect(allowed).toMatchObject({
      payment_method_types: ['link'],
      allowed_payment_method_types: ['link', 'cashapp', 'card'],
      excluded_payment_method_types: ['card'],
    });
    const updated = await stripe.setupIntents.update(allowed.id, { excluded_payment_method_types: '' });
    expect(updated.payment_method_types).toEqual(['link', 'card']);
    expect(await failure(stripe.setupIntents.create({ allowed_payment_method_types: ['cashapp'] }))).toMatchObject({
      statusCode: 400,
      param: 'allowed_payment_method_types',
    });
    expect(
      await failure(
        stripe.setupIntents.create(guide<Stripe.SetupIntentCreateParams>({ payment_method_types: ['card'], allowed_payment_method_types: ['card'] })),
      ),
    ).toMatchObject({ statusCode: 400, code: 'parameters_exclusive' });
  });

  it('offers link and card with automatic payment methods, and refuses both ways at once', async () => {
    const stripe = em.stripe();
    const si = await stripe.setupIntents.create({ automatic_payment_methods: { enabled: true } });
    expect(si.payment_method_types).toEqual(expect.arrayContaining(['card', 'link']));
    expect(si.automatic_payment_methods).toMatchObject({ enabled: true });
    expect(si.payment_method_options?.link).toEqual({ persistent_token: null });
    const both = await failure(
      stripe.setupIntents.create(guide<Stripe.SetupIntentCreateParams>({ automatic_payment_methods: { enabled: true }, payment_method_types: ['card'] })),
    );
    expect(both).toMatchObject({ type: 'StripeInvalidRequestError', statusCode: 400, code: 'parameters_exclusive' });
    const unknown = await failure(stripe.setupIntents.create(guide<Stripe.SetupIntentCreateParams>({ payment_method_types: ['card', 'sofort'] })));
    expect(unknown).toMatchObject({ statusCode: 400, param: 'payment_method_types[1]' });
    const us = await stripe.setupIntents.create({ allowed_payment_method_types: ['us_bank_account', 'link'], usage: 'on_session' });
    expect(us).toMatchObject({ usage: 'on_session', payment_method_types: ['us_bank_account', 'link'] });
    expect(us.payment_method_options?.us_bank_account).toMatchObject({ verification_method: 'automatic' });
  });

  it('answers 404 for an unknown customer', async () => {
    const err = await failure(em.stripe().setupIntents.create({ customer: 'cus_nope' }));
    expect(err).toMatchObject({ statusCode: 404, code: 'resource_missing', param: 'customer' });
  });

  it('echoes payment_method_options[link][persistent_token] on create, update and confirm', async () => {
    const stripe = em.stripe();
    const created = await stripe.setupIntents.create({
      allowed_payment_method_types: ['link', 'card'],
      payment_method_options: { link: { persistent_token: 'tok_first' } } as Stripe.SetupIntentCreateParams.PaymentMethodOptions,
    });
    expect(created.payment_method_options?.link).toEqual({ persistent_token: 'tok_first' });
    const updated = await stripe.setupIntents.update(created.id, {
      payment_method_options: { link: { persistent_token: 'tok_second' } } as Stripe.SetupIntentUpdateParams.PaymentMethodOptions,
    });
    expect(updated.payment_method_options?.link).toEqual({ persistent_token: 'tok_second' });
    expect(updated.payment_method_options?.card).toMatchObject({ request_three_d_secure: 'automatic' });
    const confirmed = await stripe.setupIntents.confirm(created.id, {
      payment_method: 'pm_card_visa',
      payment_method_options: { link: { persistent_token: 'tok_third' } } as Stripe.SetupIntentConfirmParams.PaymentMethodOptions,
    });
    expect(confirmed.payment_method_options?.link).toEqual({ persistent_token: 'tok_third' });
    expect((await stripe.setupIntents.retrieve(created.id)).payment_method_options?.link).toEqual({ persistent_token: 'tok_third' });
    const plain = await stripe.setupIntents.create({ allowed_payment_method_types: ['link'] });
    expect(plain.payment_method_options?.link).toEqual({ persistent_token: null });
  });
});

describe('SetupIntent confirm', () => {
  it('goes requires_confirmation → succeeded with a payment method given at create, and records the attempt', async () => {
    const stripe = em.stripe();
    const customer = await stripe.customers.create({});
    const si = await stripe.setupIntents.create({ customer: customer.id, payment_method: 'pm_card_mastercard' });
    expect(si.status).toBe('requires_confirmation');
    expect(si.payment_method).toMatch(/^pm_/);
    const done = await stripe.setupIntents.confirm(si.id);
    expect(done).toMatchObject({ status: 'succeeded', payment_method: si.payment_method, last_setup_error: null, next_action: null });
    expect(done.latest_attempt).toMatch(/^setatt_/);
    expect((await stripe.paymentMethods.retrieve(si.payment_method as string)).customer).toBe(customer.id);
  });

  it('confirms on create with confirm=true, return_url and payment_method_data', async () => {
    const stripe = em.stripe();
    const customer = await stripe.customers.create({});
    const si = await stripe.setupIntents.create({
      customer: customer.id,
      confirm: true,
      return_url: 'https://shop.example/return',
      payment_method_data: {
        type: 'card',
        card: { number: '4242424242424242', exp_month: 12, exp_year: nextYear, cvc: '123' },
      } as Stripe.SetupIntentCreateParams.PaymentMethodData,
    });
    expect(si.status).toBe('succeeded');
    const pm = await stripe.paymentMethods.retrieve(si.payment_method as string);
    expect(pm).toMatchObject({ customer: customer.id, card: { last4: '4242' } });
  });

  it('refuses a return_url without confirm and a return_url that is not a URL', async () => {
    const stripe = em.stripe();
    expect(await failure(stripe.setupIntents.create({ return_url: 'https://shop.example/return' }))).toMatchObject({ statusCode: 400, param: 'return_url' });
    const si = await stripe.setupIntents.create({});
    expect(await failure(stripe.setupIntents.confirm(si.id, { payment_method: 'pm_card_visa', return_url: 'not a url' }))).toMatchObject({
      statusCode: 400,
      code: 'url_invalid',
      param: 'return_url',
    });
  });

  it('leaves an on_session setup unusable for an off-session charge that needs setup', async () => {
    const accountKey = em.newAccountKey();
    const stripe = em.stripe(accountKey);
    const customer = await stripe.customers.create({});
    const si = await stripe.setupIntents.create({
      customer: customer.id,
      usage: 'on_session',
      payment_method: 'pm_card_authenticationRequiredOnSetup',
      confirm: true,
    });
    expect(si.status).toBe('requires_action');
    const source = (si.next_action?.use_stripe_sdk as { source: string }).source;
    const completed = await em.raw('POST', '/v1/3ds2/challenge_complete', { key: `pk_test_${accountKey}`, body: `source=${source}&outcome=authorize` });
    expect(completed.status).toBe(200);
    const charge = await failure(
      stripe.paymentIntents.create({
        amount: 500,
        currency: 'usd',
        customer: customer.id,
        payment_method: si.payment_method as string,
        confirm: true,
        off_session: true,
      }),
    );
    expect(charge).toMatchObject({ statusCode: 402, code: 'authentication_required' });
  });

  it('refuses a payment method of a type the intent does not offer, or of another customer', async () => {
    const stripe = em.stripe();
    const linkOnly = await stripe.setupIntents.create({ allowed_payment_method_types: ['link'] });
    expect(await failure(stripe.setupIntents.confirm(linkOnly.id, { payment_method: 'pm_card_visa' }))).toMatchObject({
      statusCode: 400,
      code: 'setup_intent_invalid_parameter',
      param: 'payment_method',
    });
    const [alice, bob] = [await stripe.customers.create({}), await stripe.customers.create({})];
    const bobs = await stripe.paymentMethods.attach('pm_card_visa', { customer: bob.id });
    const si = await stripe.setupIntents.create({ customer: alice.id });
    expect(await failure(stripe.setupIntents.confirm(si.id, { payment_method: bobs.id }))).toMatchObject({ statusCode: 400, param: 'payment_method' });
    expect((await stripe.setupIntents.retrieve(si.id)).status).toBe('requires_payment_method');
    expect(await failure(stripe.setupIntents.confirm(si.id, { payment_method: 'pm_nope' }))).toMatchObject({ statusCode: 404, code: 'resource_missing' });
  });

  it('answers 402 with the SetupIntent for a declined card, and a new card then works', async () => {
    const stripe = em.stripe();
    const customer = await stripe.customers.create({});
    const si = await stripe.setupIntents.create({ customer: customer.id });
    const err = await failure(stripe.setupIntents.confirm(si.id, { payment_method: 'pm_card_visa_chargeDeclined' }));
    expect(err).toBeInstanceOf(Stripe.errors.StripeCardError);
    expect(err).toMatchObject({ code: 'card_declined', decline_code: 'generic_decline', statusCode: 402 });
    const raw = (err as Stripe.errors.StripeCardError).raw as { setup_intent: Stripe.SetupIntent; payment_method: Stripe.PaymentMethod; doc_url: string };
    expect(raw.setup_intent).toMatchObject({ id: si.id, status: 'requires_payment_method', payment_method: null });
    expect(raw.setup_intent.last_setup_error).toMatchObject({ type: 'card_error', code: 'card_declined', decline_code: 'generic_decline' });
    expect(raw.payment_method.card?.last4).toBe('0002');
    expect(raw.doc_url).toMatch(/card-declined/);
    const stored = await stripe.setupIntents.retrieve(si.id);
    expect(stored.last_setup_error?.payment_method?.id).toBe(raw.payment_method.id);
    const retry = await stripe.setupIntents.confirm(si.id, { payment_method: 'pm_card_visa' });
    expect(retry).toMatchObject({ status: 'succeeded', last_setup_error: null });
  });
});

describe('SetupIntent states', () => {
  it('refuses what the status does not allow, with the SetupIntent in the error', async () => {
    const stripe = em.stripe();
    const noPm = await stripe.setupIntents.create({});
    const missing = await failure(stripe.setupIntents.confirm(noPm.id));
    expect(missing).toMatchObject({ statusCode: 400, code: 'setup_intent_unexpected_state' });
    const done = await stripe.setupIntents.create({ payment_method: 'pm_card_visa', confirm: true });
    for (const call of [
      stripe.setupIntents.confirm(done.id, { payment_method: 'pm_card_visa' }),
      stripe.setupIntents.cancel(done.id),
      stripe.setupIntents.update(done.id, { description: 'x' }),
    ]) {
      const err = await failure(call);
      expect(err).toMatchObject({ type: 'StripeInvalidRequestError', statusCode: 400, code: 'setup_intent_unexpected_state' });
      expect((err as Stripe.errors.StripeError).raw).toMatchObject({ setup_intent: { id: done.id, status: 'succeeded' } });
    }
  });

  it('cancels with a reason, then refuses confirm and a second cancel', async () => {
    const stripe = em.stripe();
    const si = await stripe.setupIntents.create({ payment_method: 'pm_card_visa' });
    const canceled = await stripe.setupIntents.cancel(si.id, { cancellation_reason: 'requested_by_customer' });
    expect(canceled).toMatchObject({ status: 'canceled', cancellation_reason: 'requested_by_customer' });
    expect(await failure(stripe.setupIntents.confirm(si.id))).toMatchObject({ code: 'setup_intent_unexpected_state' });
    expect(await failure(stripe.setupIntents.cancel(si.id))).toMatchObject({ code: 'setup_intent_unexpected_state' });
    expect(await failure(stripe.setupIntents.cancel(si.id, { cancellation_reason: 'bored' as 'abandoned' }))).toMatchObject({ param: 'cancellation_reason' });
  });

  it('updates customer, description, metadata and payment method', async () => {
    const stripe = em.stripe();
    const customer = await stripe.customers.create({});
    const si = await stripe.setupIntents.create({ metadata: { a: '1', b: '2' } });
    const updated = await stripe.setupIntents.update(
      si.id,
      guide<Stripe.SetupIntentUpdateParams>({
        customer: customer.id,
        description: 'later',
        metadata: { b: '', c: '3' },
        payment_method: 'pm_card_amex',
        payment_method_types: ['card', 'link'],
      }),
    );
    expect(updated).toMatchObject({
      customer: customer.id,
      description: 'later',
      metadata: { a: '1', c: '3' },
      status: 'requires_confirmation',
      payment_method_types: ['card', 'link'],
    });
    expect(await failure(stripe.setupIntents.update('seti_nope', {}))).toMatchObject({ statusCode: 404, code: 'resource_missing' });
  });
});
