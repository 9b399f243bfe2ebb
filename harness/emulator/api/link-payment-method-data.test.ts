import { describe, expect, it } from 'vitest';
import { useEmulator } from '../testing.ts';
import { linkConsumer } from '../link-testing.ts';

const em = useEmulator();

describe('POST /v1/payment_methods with type=link (createPaymentMethod for a Link wallet shopper)', () => {
  it("makes a Link PaymentMethod of the shopper's chosen source, with the merchant's billing details over the Link account's", async () => {
    const link = linkConsumer(em);
    const seeded = await fetch(`${em.emulator.url}/_harness/accounts/${link.accountKey}/link-accounts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: 'wallet@example.com',
        fundingSources: [
          { type: 'card', number: '4242424242424242', default: true },
          { type: 'card', number: '5555555555554444' },
        ],
      }),
    });
    const sources = ((await seeded.json()) as { funding_sources: { id: string; card?: { number: string } }[] }).funding_sources;
    const mastercard = sources.find((s) => s.card?.number === '5555555555554444')!.id;
    const session = await link.logIn('wallet@example.com');
    const body = new URLSearchParams({
      type: 'link',
      'link[consumer_session_client_secret]': session,
      'link[payment_details_id]': mastercard,
      'billing_details[name]': 'Jenny Rosen',
      'metadata[order]': '42',
    });
    const res = await em.raw('POST', '/v1/payment_methods', { key: `pk_test_${link.accountKey}`, body: body.toString() });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      type: 'link',
      link: { email: 'wallet@example.com' },
      billing_details: { name: 'Jenny Rosen', email: 'wallet@example.com' },
      metadata: { order: '42' },
    });
    const stripe = em.stripe(link.accountKey);
    const customer = await stripe.customers.create({});
    const si = await stripe.setupIntents.create({
      customer: customer.id,
      allowed_payment_method_types: ['link', 'card'],
      payment_method: res.body.id,
      confirm: true,
    });
    expect(si.status).toBe('succeeded');
  });

  it('wants the Link session', async () => {
    const res = await em.raw('POST', '/v1/payment_methods', { key: `pk_test_${em.newAccountKey()}`, body: 'type=link' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'parameter_missing', param: 'link' });
  });
});
