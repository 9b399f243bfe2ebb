import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../testing.ts';
import { linkConsumer } from '../link-testing.ts';

const em = useEmulator();

/** A Link payment method saved by a SetupIntent for a returning Link shopper whose wallet holds a Visa. */
async function savedLinkPaymentMethod() {
  const link = linkConsumer(em);
  const stripe = em.stripe(link.accountKey);
  const email = 'later@example.com';
  const seeded = await fetch(`${em.emulator.url}/_harness/accounts/${link.accountKey}/link-accounts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, fundingSources: [{ type: 'card', number: '4242424242424242', default: true }] }),
  });
  const [source] = ((await seeded.json()) as { funding_sources: { id: string }[] }).funding_sources;
  const session = await link.logIn(email);
  const customer = await stripe.customers.create({ email });
  const si = await stripe.setupIntents.create({ customer: customer.id, payment_method_types: ['link', 'card'] } as Stripe.SetupIntentCreateParams);
  const confirmed = await em.raw('POST', `/v1/setup_intents/${si.id}/confirm`, {
    key: `pk_test_${link.accountKey}`,
    body: new URLSearchParams({
      client_secret: si.client_secret!,
      'payment_method_data[type]': 'link',
      'payment_method_data[link][consumer_session_client_secret]': session,
      'payment_method_data[link][payment_details_id]': source!.id,
    }).toString(),
  });
  expect(confirmed.body).toMatchObject({ status: 'succeeded' });
  return { stripe, customer, paymentMethod: confirmed.body.payment_method as string };
}

describe('a saved Link payment method charged later with manual capture, then refunded', () => {
  it('authorizes off-session, captures, and refunds back to the card', async () => {
    const { stripe, customer, paymentMethod } = await savedLinkPaymentMethod();
    const pi = await stripe.paymentIntents.create({
      amount: 2000,
      currency: 'usd',
      customer: customer.id,
      payment_method: paymentMethod,
      confirm: true,
      off_session: true,
      capture_method: 'manual',
    });
    expect(pi).toMatchObject({ status: 'requires_capture', amount_capturable: 2000, payment_method: paymentMethod });
    const captured = await stripe.paymentIntents.capture(pi.id);
    expect(captured).toMatchObject({ status: 'succeeded', amount_received: 2000 });
    const refund = await stripe.refunds.create({ payment_intent: pi.id, amount: 500 });
    expect(refund).toMatchObject({ status: 'succeeded', amount: 500, payment_method: paymentMethod, destination_details: { type: 'card' } });
    const charge = (await stripe.paymentIntents.retrieve(pi.id, { expand: ['latest_charge'] })).latest_charge as Stripe.Charge;
    expect(charge).toMatchObject({ payment_method_details: { type: 'link' }, amount_captured: 2000, amount_refunded: 500, refunded: false });
  });
});
