import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { testCards } from '../domain/test-cards.ts';
import { useEmulator } from '../testing.ts';

const em = useEmulator();
const nextYear = new Date().getFullYear() + 1;

describe('payment methods', () => {
  it('creates a card payment method from a test number and from a test token', async () => {
    const stripe = em.stripe();
    const byNumber = await stripe.paymentMethods.create({
      type: 'card',
      card: { number: '4000002760003184', exp_month: 12, exp_year: nextYear, cvc: '123' },
      billing_details: { email: 'card@example.com', name: 'Card Holder' },
    });
    expect(byNumber).toMatchObject({
      object: 'payment_method',
      type: 'card',
      customer: null,
      card: { brand: 'visa', last4: '3184', exp_month: 12, exp_year: nextYear },
    });
    expect(byNumber.billing_details).toMatchObject({ email: 'card@example.com', name: 'Card Holder' });
    const byToken = await stripe.paymentMethods.create({ type: 'card', card: { token: 'tok_mastercard' } });
    expect(byToken.card).toMatchObject({ brand: 'mastercard', last4: '4444' });
  });

  it('knows every test card by number, pm_card_ id and token', async () => {
    const stripe = em.stripe();
    for (const card of testCards) {
      const pm = await stripe.paymentMethods.create({ type: 'card', card: { number: card.number, exp_month: 1, exp_year: nextYear } });
      expect(pm.card?.last4).toBe(card.number.slice(-4));
      if (card.paymentMethod) expect((await stripe.paymentMethods.retrieve(card.paymentMethod)).card?.last4).toBe(card.number.slice(-4));
      if (card.token) expect((await stripe.paymentMethods.create({ type: 'card', card: { token: card.token } })).card?.last4).toBe(card.number.slice(-4));
    }
  });

  it('answers card errors for bad numbers, expiry, cvc and live cards', async () => {
    const stripe = em.stripe();
    const create = (card: Stripe.PaymentMethodCreateParams.Card) => stripe.paymentMethods.create({ type: 'card', card }).catch((e: unknown) => e);
    expect(await create({ number: '4242424242424241', exp_month: 1, exp_year: nextYear })).toMatchObject({ type: 'StripeCardError', code: 'incorrect_number' });
    expect(await create({ number: '4242424242424242', exp_month: 13, exp_year: nextYear })).toMatchObject({ code: 'invalid_expiry_month' });
    expect(await create({ number: '4242424242424242', exp_month: 1, exp_year: 2001 })).toMatchObject({ code: 'invalid_expiry_year' });
    expect(await create({ number: '4242424242424242', exp_month: 1, exp_year: nextYear, cvc: '1' })).toMatchObject({ code: 'invalid_cvc' });
    expect(await create({ number: '4111111111111111', exp_month: 1, exp_year: nextYear })).toMatchObject({
      code: 'card_declined',
      decline_code: 'test_mode_live_card',
    });
    expect(await stripe.paymentMethods.create({ type: 'sofort' } as Stripe.PaymentMethodCreateParams).catch((e: unknown) => e)).toMatchObject({
      param: 'type',
      statusCode: 400,
    });
    expect(await stripe.paymentMethods.create({ type: 'card' }).catch((e: unknown) => e)).toMatchObject({ code: 'parameter_missing', param: 'card' });
  });

  it('attaches, lists by customer and type, and detaches', async () => {
    const stripe = em.stripe();
    const customer = await stripe.customers.create({ email: 'shopper@example.com' });
    const visa = await stripe.paymentMethods.attach('pm_card_visa', { customer: customer.id });
    const threeDs = await stripe.paymentMethods.attach('pm_card_authenticationRequired', { customer: customer.id });
    expect(visa.customer).toBe(customer.id);
    expect(visa.id).not.toBe('pm_card_visa');
    const listed = await stripe.customers.listPaymentMethods(customer.id);
    expect(listed.data.map((pm) => pm.id)).toEqual([threeDs.id, visa.id]);
    expect((await stripe.paymentMethods.list({ customer: customer.id, type: 'card' })).data).toHaveLength(2);
    expect((await stripe.paymentMethods.list({ customer: customer.id, type: 'link' })).data).toHaveLength(0);
    expect((await stripe.customers.retrievePaymentMethod(customer.id, visa.id)).id).toBe(visa.id);
    const detached = await stripe.paymentMethods.detach(visa.id);
    expect(detached.customer).toBeNull();
    expect((await stripe.customers.listPaymentMethods(customer.id)).data.map((pm) => pm.id)).toEqual([threeDs.id]);
    await expect(stripe.paymentMethods.detach(visa.id)).rejects.toMatchObject({ code: 'payment_method_unexpected_state' });
  });

  it('refuses to attach a card that cannot be attached, or to another customer', async () => {
    const stripe = em.stripe();
    const a = await stripe.customers.create({});
    const b = await stripe.customers.create({});
    const declined = await stripe.paymentMethods.attach('pm_card_visa_chargeDeclined', { customer: a.id }).catch((e: unknown) => e);
    expect(declined).toBeInstanceOf(Stripe.errors.StripeCardError);
    expect(declined).toMatchObject({ statusCode: 402, code: 'card_declined', decline_code: 'generic_decline' });
    const pm = await stripe.paymentMethods.attach('pm_card_chargeCustomerFail', { customer: a.id });
    await expect(stripe.paymentMethods.attach(pm.id, { customer: b.id })).rejects.toMatchObject({ statusCode: 400 });
    await expect(stripe.paymentMethods.attach('pm_card_visa', { customer: 'cus_missing' })).rejects.toMatchObject({ statusCode: 404, param: 'customer' });
    await expect(stripe.paymentMethods.retrieve('pm_missing')).rejects.toMatchObject({ statusCode: 404, code: 'resource_missing' });
  });

  it('updates billing details and metadata of an attached payment method', async () => {
    const stripe = em.stripe();
    const customer = await stripe.customers.create({});
    const pm = await stripe.paymentMethods.attach('pm_card_visa', { customer: customer.id });
    const updated = await stripe.paymentMethods.update(pm.id, { billing_details: { name: 'New Name' }, metadata: { a: '1' } });
    expect(updated.billing_details.name).toBe('New Name');
    expect(updated.metadata).toEqual({ a: '1' });
    const loose = await stripe.paymentMethods.create({ type: 'card', card: { token: 'tok_visa' } });
    await expect(stripe.paymentMethods.update(loose.id, { metadata: { a: '1' } })).rejects.toMatchObject({ statusCode: 400 });
  });

  it('lets a publishable key create a card payment method, as Stripe.js does', async () => {
    const key = em.newAccountKey();
    const res = await em.raw('POST', '/v1/payment_methods', { body: `key=pk_test_${key}&type=card&card[token]=tok_visa` });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ object: 'payment_method', type: 'card' });
    const stripe = em.stripe(key);
    expect((await stripe.paymentMethods.retrieve(res.body.id)).id).toBe(res.body.id);
  });
});
