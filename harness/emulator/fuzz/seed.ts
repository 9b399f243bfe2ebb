import type Stripe from 'stripe';
import type { Endpoint } from '../http/endpoint.ts';

const serves = (endpoints: readonly Endpoint[], method: string, path: string) => endpoints.some((e) => e.method === method && e.path === path);

/**
 * Fills the fuzzed account with objects of every kind the emulator serves, so random requests
 * aimed at real ids reach the handlers' state machines, not only their 404s. Returns the ids.
 *
 * @example
 * const ids = await seedAccount(stripe, endpoints);
 */
export async function seedAccount(stripe: Stripe, endpoints: readonly Endpoint[]): Promise<string[]> {
  const ids: string[] = [];
  // Several customers: the fuzzer deletes some of them along the way.
  for (const email of ['a@example.com', 'b+multiple_funding_sources@example.com', 'c@example.com', 'd@example.com', 'e@example.com', 'f@example.com']) {
    const customer = await stripe.customers.create({ email });
    ids.push(customer.id);
    for (const pm of ['pm_card_visa', 'pm_card_authenticationRequired', 'pm_card_chargeCustomerFail']) {
      const attached = await stripe.paymentMethods.attach(pm, { customer: customer.id });
      ids.push(attached.id);
    }
  }
  ids.push((await stripe.paymentMethods.create({ type: 'card', card: { token: 'tok_visa' } })).id);
  const customer = ids[0]!;
  if (serves(endpoints, 'post', '/v1/setup_intents')) {
    // The guide's `payment_method_types[]`, which stripe-node 23's types no longer list.
    const plain = await stripe.setupIntents.create({ customer, payment_method_types: ['card', 'link'] } as Stripe.SetupIntentCreateParams);
    const confirmed = await stripe.setupIntents.create({ customer, payment_method: 'pm_card_visa', confirm: true });
    const challenged = await stripe.setupIntents.create({
      customer,
      payment_method: 'pm_card_threeDSecure2Required',
      confirm: true,
      return_url: 'https://example.com/return',
    });
    for (const si of [plain, confirmed, challenged]) ids.push(si.id, si.client_secret!);
  }
  if (serves(endpoints, 'post', '/v1/payment_intents')) {
    const plain = await stripe.paymentIntents.create({ amount: 1000, currency: 'usd', customer });
    ids.push(plain.id, plain.client_secret!);
    // Authorized for manual capture, and paid in full, for capture and refund requests to aim at.
    const paid = { amount: 2000, currency: 'usd', payment_method: 'pm_card_visa', confirm: true, return_url: 'https://example.com/return' } as const;
    for (const pi of [await stripe.paymentIntents.create({ ...paid, capture_method: 'manual' }), await stripe.paymentIntents.create(paid)])
      ids.push(pi.id, pi.latest_charge as string);
  }
  if (serves(endpoints, 'post', '/v1/refunds')) {
    const refunded = await stripe.paymentIntents.create({
      amount: 3000,
      currency: 'usd',
      payment_method: 'pm_card_visa',
      confirm: true,
      return_url: 'https://example.com/return',
    });
    ids.push(refunded.id, (await stripe.refunds.create({ payment_intent: refunded.id, amount: 1000 })).id);
  }
  if (serves(endpoints, 'post', '/v1/webhook_endpoints')) {
    // Disabled, so the fuzz's own changes are not delivered anywhere unless it enables one.
    for (const enabled_events of [['*'], ['customer.created', 'payment_intent.succeeded']] as const) {
      const endpoint = await stripe.webhookEndpoints.create({ url: 'http://127.0.0.1:9/webhook', enabled_events: [...enabled_events] });
      ids.push((await stripe.webhookEndpoints.update(endpoint.id, { disabled: true })).id);
    }
  }
  if (serves(endpoints, 'get', '/v1/events')) for (const event of (await stripe.events.list({ limit: 5 })).data) ids.push(event.id);
  return ids;
}
