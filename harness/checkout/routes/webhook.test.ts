import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import type { ChargeAttempt } from '../charge-attempts.ts';
import { useCheckoutHarness, type TestShop } from '../testing.ts';

const harness = useCheckoutHarness();
const sdk = new Stripe('sk_test_signer');

/** A shop whose /webhook is registered with the emulator for the PaymentIntent outcomes, as a shop sets it up in the Dashboard. */
async function listeningShop(): Promise<TestShop> {
  const shop = await harness.shop();
  const endpoint = await shop.stripe.webhookEndpoints.create({
    url: `http://127.0.0.1:${shop.checkout.port}/webhook`,
    enabled_events: ['payment_intent.succeeded', 'payment_intent.payment_failed'],
  });
  shop.checkout.context.webhookSecret = endpoint.secret!;
  return shop;
}

const deliveredTo = async (shop: TestShop) =>
  (
    (await fetch(`${harness.emulator.url}/_harness/webhook-deliveries?account=${shop.accountKey}`).then((r) => r.json())) as {
      data: { status_code: number | null; event_type: string }[];
    }
  ).data;

/** A customer with a card that attaches and then charges as `testId` does. */
async function customerWith(shop: TestShop, testId: string) {
  const customer = await shop.stripe.customers.create({});
  const pm = await shop.stripe.paymentMethods.attach(testId, { customer: customer.id });
  return { customer: customer.id, pm: pm.id };
}

const signed = (payload: string, secret: string) => ({
  'Stripe-Signature': sdk.webhooks.generateTestHeaderString({ payload, secret }),
  'Content-Type': 'application/json',
});

describe('POST /webhook', () => {
  it('records a later charge once per PaymentIntent when both the API answer and payment_intent.succeeded arrive', async () => {
    const shop = await listeningShop();
    const { customer } = await customerWith(shop, 'pm_card_visa');
    const res = await shop.browser().post('/charge-later').send({ customer, amount: 1200, currency: 'usd' });
    expect(res.body).toMatchObject({ outcome: 'succeeded' });
    await expect.poll(async () => (await deliveredTo(shop)).map((d) => [d.event_type, d.status_code])).toEqual([['payment_intent.succeeded', 200]]);
    expect(shop.checkout.context.attempts.forCustomer(customer)).toEqual([res.body]);
  });

  it('records a declined later charge from payment_intent.payment_failed with its codes, once', async () => {
    const shop = await listeningShop();
    const { customer } = await customerWith(shop, 'pm_card_chargeCustomerFail');
    const res = await shop.browser().post('/charge-later').send({ customer, amount: 1200, currency: 'usd' });
    expect(res.body).toMatchObject({ outcome: 'declined', code: 'card_declined' });
    await expect.poll(async () => (await deliveredTo(shop)).map((d) => [d.event_type, d.status_code])).toEqual([['payment_intent.payment_failed', 200]]);
    const [attempt, ...more] = shop.checkout.context.attempts.forCustomer(customer);
    expect(more).toEqual([]);
    expect(attempt).toMatchObject({
      payment_intent: (res.body as ChargeAttempt).payment_intent,
      outcome: 'declined',
      code: 'card_declined',
      decline_code: 'generic_decline',
    });
  });

  it('takes a webhook that arrives before the API answer, and a redelivery, without a second record', async () => {
    const shop = await harness.shop();
    const secret = 'whsec_shop_test';
    shop.checkout.context.webhookSecret = secret;
    const event = JSON.stringify({
      id: 'evt_early',
      object: 'event',
      type: 'payment_intent.succeeded',
      data: { object: { id: 'pi_early', object: 'payment_intent' } },
    });
    for (let i = 0; i < 2; i++) expect((await shop.browser().post('/webhook').set(signed(event, secret)).send(event)).status).toBe(200);
    const base = { created: new Date().toISOString(), customer: 'cus_early', payment_method: 'pm_early', amount: 100, currency: 'usd' };
    shop.checkout.context.attempts.record({ ...base, id: 'chat_early', payment_intent: 'pi_early', outcome: 'processing' });
    expect(shop.checkout.context.attempts.forCustomer('cus_early')).toEqual([{ ...base, id: 'chat_early', payment_intent: 'pi_early', outcome: 'succeeded' }]);
  });

  it('refuses unsigned, wrongly signed and altered deliveries with 400, and records nothing', async () => {
    const shop = await harness.shop();
    const secret = 'whsec_shop_test';
    const event = JSON.stringify({
      id: 'evt_x',
      object: 'event',
      type: 'payment_intent.succeeded',
      data: { object: { id: 'pi_x', object: 'payment_intent' } },
    });
    const post = (headers: Record<string, string>, body = event) => shop.browser().post('/webhook').set(headers).send(body);
    expect((await post(signed(event, secret))).status).toBe(400); // the shop has no secret yet
    shop.checkout.context.webhookSecret = secret;
    expect((await post({ 'Content-Type': 'application/json' })).status).toBe(400);
    expect((await post(signed(event, 'whsec_someone_else'))).status).toBe(400);
    expect((await post(signed(event, secret), event.replace('succeeded', 'payment_failed'))).status).toBe(400);
    expect((await post({ 'Stripe-Signature': 't=1,v1=00', 'Content-Type': 'application/json' })).status).toBe(400);
    shop.checkout.context.attempts.record({
      id: 'chat_x',
      created: '',
      customer: 'cus_x',
      payment_method: 'pm_x',
      payment_intent: 'pi_x',
      amount: 1,
      currency: 'usd',
      outcome: 'declined',
    });
    expect(shop.checkout.context.attempts.get('chat_x')?.outcome).toBe('declined');
  });
});
