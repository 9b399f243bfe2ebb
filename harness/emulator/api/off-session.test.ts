import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../testing.ts';

const em = useEmulator();

// The "done when" of the emulator issue: save a card with Link and card offered, then charge later.
describe('charging a saved card later (OFF-01, OFF-02)', () => {
  it('sets up pm_card_visa, attaches pm_card_authenticationRequired, and charges both off-session', async () => {
    const stripe = em.stripe();
    const customer = await stripe.customers.create({ email: 'later@example.com' });

    // The guide's (and the API's) parameter; stripe-node 23's types call it allowed_payment_method_types.
    const guideParams: Stripe.SetupIntentCreateParams & { payment_method_types: string[] } = { customer: customer.id, payment_method_types: ['link', 'card'] };
    const setupIntent = await stripe.setupIntents.create(guideParams);
    expect(setupIntent).toMatchObject({ status: 'requires_payment_method', usage: 'off_session', payment_method_types: ['link', 'card'] });
    const confirmed = await stripe.setupIntents.confirm(setupIntent.id, { payment_method: 'pm_card_visa' });
    expect(confirmed.status).toBe('succeeded');
    const visa = await stripe.paymentMethods.retrieve(confirmed.payment_method as string);
    expect(visa.customer).toBe(customer.id);

    const threeDs = await stripe.paymentMethods.attach('pm_card_authenticationRequired', { customer: customer.id });
    const saved = await stripe.customers.listPaymentMethods(customer.id);
    expect(saved.data.map((pm) => pm.id).sort()).toEqual([visa.id, threeDs.id].sort());

    const charge = (payment_method: string) =>
      stripe.paymentIntents.create({ amount: 1099, currency: 'usd', customer: customer.id, payment_method, confirm: true, off_session: true });

    const paid = await charge(visa.id);
    expect(paid).toMatchObject({ status: 'succeeded', amount_received: 1099, payment_method: visa.id });
    expect(paid.latest_charge).toMatch(/^ch_/);

    const err = await charge(threeDs.id).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Stripe.errors.StripeCardError);
    const cardErr = err as Stripe.errors.StripeCardError;
    expect(cardErr).toMatchObject({ statusCode: 402, type: 'StripeCardError', code: 'authentication_required', decline_code: 'authentication_required' });
    expect(cardErr.payment_intent?.status).toBe('requires_payment_method');
    expect(cardErr.payment_intent?.payment_method).toBeNull();
    expect(cardErr.payment_intent?.last_payment_error).toMatchObject({ type: 'card_error', code: 'authentication_required' });
    expect(cardErr.payment_method?.id).toBe(threeDs.id);
    expect(cardErr.raw).toMatchObject({ charge: expect.stringMatching(/^ch_/), doc_url: expect.stringContaining('authentication-required') });
    // Stripe's sample brings the shopper back on-session with the intent's client secret.
    expect(cardErr.payment_intent?.client_secret).toMatch(/^pi_.+_secret_/);
  });
});
