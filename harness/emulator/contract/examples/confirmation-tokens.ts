import { examples, type ExampleContext } from '../example.ts';

const card = { number: '4242424242424242', exp_month: 12, exp_year: new Date().getFullYear() + 2, cvc: '123' };

/** A ConfirmationToken for a card, created as Stripe.js creates it (publishable key). */
async function browserToken(ctx: ExampleContext, extra: Record<string, unknown> = {}): Promise<string> {
  const res = await ctx.browser('POST', '/v1/confirmation_tokens', {
    payment_method_data: { type: 'card', card, billing_details: { email: 'jenny@example.com' } },
    ...extra,
  });
  return (res.body as { id: string }).id;
}

/** `/v1/confirmation_tokens…`, the intents confirmed with one, and the Payment Element's elements session. */
export const confirmationTokenExamples = examples([
  {
    endpoint: 'POST /v1/confirmation_tokens',
    title: 'creates a ConfirmationToken of a card with the publishable key, as Stripe.js createConfirmationToken does',
    status: 200,
    call: (ctx) =>
      ctx.browser('POST', '/v1/confirmation_tokens', {
        payment_method_data: { type: 'card', card, billing_details: { name: 'Jenny Rosen' } },
        return_url: 'https://shop.example/done',
        setup_future_usage: 'off_session',
        shipping: { name: 'Jenny Rosen', address: { line1: '1 Main St', city: 'Austin', country: 'US', postal_code: '78701' } },
      }),
  },
  {
    endpoint: 'POST /v1/confirmation_tokens',
    title: 'answers 400 to a secret key: servers use the test helper',
    status: 400,
    error: { type: 'invalid_request_error' },
    call: (ctx) => ctx.stripe.rawRequest('POST', '/v1/confirmation_tokens', { payment_method: 'pm_card_visa' }),
  },
  {
    endpoint: 'POST /v1/test_helpers/confirmation_tokens',
    title: 'creates a ConfirmationToken server-side from a test payment method',
    status: 200,
    call: (ctx) => ctx.stripe.testHelpers.confirmationTokens.create({ payment_method: 'pm_card_visa', return_url: 'https://shop.example/done' }),
  },
  {
    endpoint: 'GET /v1/confirmation_tokens/:confirmation_token',
    title: 'retrieves a ConfirmationToken with the secret key',
    status: 200,
    async call(ctx) {
      return ctx.stripe.confirmationTokens.retrieve(await browserToken(ctx));
    },
  },
  {
    endpoint: 'GET /v1/confirmation_tokens/:confirmation_token',
    title: 'answers 404 for an unknown ConfirmationToken',
    status: 404,
    error: { type: 'invalid_request_error', code: 'resource_missing' },
    call: (ctx) => ctx.stripe.confirmationTokens.retrieve('ctoken_doesnotexist'),
  },
  {
    endpoint: 'POST /v1/setup_intents',
    title: 'creates and confirms a SetupIntent with a ConfirmationToken',
    status: 200,
    async call(ctx) {
      const customer = await ctx.customer({ email: 'jenny@example.com' });
      return ctx.stripe.setupIntents.create({ customer: customer.id, confirm: true, confirmation_token: await browserToken(ctx), expand: ['payment_method'] });
    },
    expanded: ['payment_method'],
  },
  {
    endpoint: 'POST /v1/setup_intents/:id/confirm',
    title: 'answers 400 token_already_used for a ConfirmationToken used before',
    status: 400,
    error: { type: 'invalid_request_error', code: 'token_already_used' },
    async call(ctx) {
      const token = await browserToken(ctx);
      await ctx.stripe.setupIntents.create({ confirm: true, confirmation_token: token });
      const si = await ctx.stripe.setupIntents.create({});
      return ctx.stripe.setupIntents.confirm(si.id, { confirmation_token: token });
    },
  },
  {
    endpoint: 'POST /v1/payment_intents/:id/confirm',
    title: 'confirms a PaymentIntent with a ConfirmationToken, its shipping and return_url applied',
    status: 200,
    async call(ctx) {
      const token = await browserToken(ctx, { return_url: 'https://shop.example/done', shipping: { name: 'Jenny Rosen', address: { country: 'US' } } });
      const pi = await ctx.stripe.paymentIntents.create({ amount: 1999, currency: 'usd' });
      return ctx.stripe.paymentIntents.confirm(pi.id, { confirmation_token: token });
    },
  },
  {
    endpoint: 'GET /v1/elements/sessions',
    title: "answers the Payment Element's deferred-intent session with the account's automatic payment methods",
    status: 200,
    call: (ctx) => ctx.browser('GET', '/v1/elements/sessions', { type: 'deferred_intent', deferred_intent: { mode: 'setup', currency: 'usd' } }),
  },
  {
    endpoint: 'GET /v1/elements/sessions',
    title: 'answers 400 parameter_missing for a payment-mode session without a currency',
    status: 400,
    error: { type: 'invalid_request_error', code: 'parameter_missing' },
    call: (ctx) => ctx.browser('GET', '/v1/elements/sessions', { type: 'deferred_intent', deferred_intent: { mode: 'payment', amount: 1000 } }),
  },
]);
