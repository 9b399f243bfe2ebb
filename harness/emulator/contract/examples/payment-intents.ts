import type Stripe from 'stripe';
import { examples, type ExampleContext } from '../example.ts';

/** The guide's charge-later call: confirm, off_session, customer and payment_method. */
async function chargeLater(ctx: ExampleContext, testPaymentMethod: string, extra: Partial<Stripe.PaymentIntentCreateParams> = {}) {
  const { customer, paymentMethod } = await ctx.savedCard(testPaymentMethod);
  return ctx.stripe.paymentIntents.create({
    amount: 1099,
    currency: 'usd',
    customer: customer.id,
    payment_method: paymentMethod.id,
    confirm: true,
    off_session: true,
    ...extra,
  });
}

const paymentIntent = (ctx: ExampleContext) => ctx.stripe.paymentIntents.create({ amount: 1099, currency: 'usd' });

/** `/v1/payment_intents…`: the off-session charge of the guide and its failures, and Stripe.js's calls. */
export const paymentIntentExamples = examples([
  {
    endpoint: 'POST /v1/payment_intents',
    title: 'creates a PaymentIntent',
    status: 200,
    call: (ctx) => ctx.stripe.paymentIntents.create({ amount: 1099, currency: 'usd', metadata: { order: '42' }, description: 'order 42' }),
  },
  {
    endpoint: 'POST /v1/payment_intents',
    title: 'creates a PaymentIntent with shipping, a statement descriptor suffix and a transfer group, and ignores a parameter it does not implement',
    status: 200,
    call: (ctx) =>
      ctx.stripe.paymentIntents.create({
        amount: 1099,
        currency: 'usd',
        shipping: { name: 'Jenny Rosen', phone: '+15555550100', address: { line1: '1 Main St', city: 'Springfield', postal_code: '12345', country: 'US' } },
        statement_descriptor_suffix: 'ORDER 42',
        transfer_group: 'order_42',
        radar_options: { session: 'rse_contract' },
      }),
  },
  {
    endpoint: 'POST /v1/payment_intents',
    title: 'charges a saved card off-session: succeeded, latest charge and payment method expanded',
    status: 200,
    expanded: ['latest_charge', 'payment_method'],
    call: (ctx) => chargeLater(ctx, 'pm_card_visa', { expand: ['latest_charge', 'payment_method'] }),
  },
  {
    endpoint: 'POST /v1/payment_intents',
    title: 'answers 402 authentication_required with the PaymentIntent for a card that needs 3D Secure',
    status: 402,
    error: { type: 'card_error', code: 'authentication_required' },
    call: (ctx) => chargeLater(ctx, 'pm_card_authenticationRequired'),
  },
  {
    endpoint: 'POST /v1/payment_intents',
    title: 'answers 402 card_declined for a card that fails when charged',
    status: 402,
    error: { type: 'card_error', code: 'card_declined' },
    call: (ctx) => chargeLater(ctx, 'pm_card_chargeCustomerFail'),
  },
  {
    endpoint: 'POST /v1/payment_intents',
    title: 'confirms on-session with a 3D Secure card: requires_action',
    status: 200,
    call: (ctx) =>
      ctx.stripe.paymentIntents.create({
        amount: 1099,
        currency: 'usd',
        payment_method: 'pm_card_threeDSecure2Required',
        confirm: true,
        return_url: 'https://shop.example/return',
      }),
  },
  {
    endpoint: 'POST /v1/payment_intents',
    title: 'answers 400 parameter_missing without an amount',
    status: 400,
    error: { type: 'invalid_request_error', code: 'parameter_missing' },
    call: (ctx) => ctx.stripe.paymentIntents.create({ currency: 'usd' } as Stripe.PaymentIntentCreateParams),
  },
  {
    endpoint: 'GET /v1/payment_intents/:id',
    title: 'retrieves a PaymentIntent with its customer expanded',
    status: 200,
    expanded: ['customer'],
    async call(ctx) {
      const pi = await chargeLater(ctx, 'pm_card_visa');
      return ctx.stripe.paymentIntents.retrieve(pi.id, { expand: ['customer'] });
    },
  },
  {
    endpoint: 'GET /v1/payment_intents/:id',
    title: 'retrieves a PaymentIntent with the publishable key and its client secret',
    status: 200,
    async call(ctx) {
      const pi = await paymentIntent(ctx);
      return ctx.browser('GET', `/v1/payment_intents/${pi.id}`, { client_secret: pi.client_secret });
    },
  },
  {
    endpoint: 'GET /v1/payment_intents/:id',
    title: 'answers 404 for an unknown PaymentIntent',
    status: 404,
    error: { type: 'invalid_request_error', code: 'resource_missing' },
    call: (ctx) => ctx.stripe.paymentIntents.retrieve('pi_doesnotexist'),
  },
  {
    endpoint: 'POST /v1/payment_intents/:id',
    title: 'updates amount, metadata and setup_future_usage',
    status: 200,
    async call(ctx) {
      const pi = await paymentIntent(ctx);
      return ctx.stripe.paymentIntents.update(pi.id, { amount: 2000, metadata: { order: '43' }, setup_future_usage: 'off_session' });
    },
  },
  {
    endpoint: 'POST /v1/payment_intents/:id/confirm',
    title: 'confirms server-side with a test payment method: succeeded',
    status: 200,
    async call(ctx) {
      const pi = await paymentIntent(ctx);
      return ctx.stripe.paymentIntents.confirm(pi.id, { payment_method: 'pm_card_visa', return_url: 'https://shop.example/return' });
    },
  },
  {
    endpoint: 'POST /v1/payment_intents/:id/confirm',
    title: 'confirms from Stripe.js with a card: succeeded',
    status: 200,
    async call(ctx) {
      const pi = await paymentIntent(ctx);
      return ctx.browser('POST', `/v1/payment_intents/${pi.id}/confirm`, {
        client_secret: pi.client_secret,
        payment_method_data: { type: 'card', card: { number: '4242424242424242', exp_month: 12, exp_year: new Date().getFullYear() + 2, cvc: '123' } },
        return_url: 'https://shop.example/return',
      });
    },
  },
  {
    endpoint: 'POST /v1/payment_intents/:id/confirm',
    title: 'answers 402 with the PaymentIntent for a declined card',
    status: 402,
    error: { type: 'card_error', code: 'card_declined' },
    async call(ctx) {
      const pi = await paymentIntent(ctx);
      return ctx.stripe.paymentIntents.confirm(pi.id, { payment_method: 'pm_card_visa_chargeDeclined', return_url: 'https://shop.example/return' });
    },
  },
  {
    endpoint: 'POST /v1/payment_intents/:id/cancel',
    title: 'cancels a PaymentIntent',
    status: 200,
    async call(ctx) {
      const pi = await paymentIntent(ctx);
      return ctx.stripe.paymentIntents.cancel(pi.id, { cancellation_reason: 'requested_by_customer' });
    },
  },
  {
    endpoint: 'POST /v1/payment_intents/:id/cancel',
    title: 'refuses to cancel a PaymentIntent that succeeded',
    status: 400,
    error: { type: 'invalid_request_error' },
    async call(ctx) {
      const pi = await chargeLater(ctx, 'pm_card_visa');
      return ctx.stripe.paymentIntents.cancel(pi.id);
    },
  },
  {
    endpoint: 'GET /v1/payment_intents',
    title: "lists a customer's PaymentIntents with their customers expanded",
    status: 200,
    expanded: ['data.customer'],
    async call(ctx) {
      const pi = await chargeLater(ctx, 'pm_card_visa');
      return ctx.stripe.paymentIntents.list({ customer: pi.customer as string, expand: ['data.customer'] });
    },
  },
]);
