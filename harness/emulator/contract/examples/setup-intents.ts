import type Stripe from 'stripe';
import { examples, type ExampleContext } from '../example.ts';
import { linkSession, seedLinkShopper } from './link-shopper.ts';

/** The guide's `payment_method_types[]`, which stripe-node 23's types no longer list. */
const linkAndCard = { payment_method_types: ['link', 'card'] } as Partial<Stripe.SetupIntentCreateParams>;

const setupIntentFor = async ({ stripe, customer }: ExampleContext, params: Stripe.SetupIntentCreateParams = {}) =>
  stripe.setupIntents.create({ customer: (await customer({ email: 'jenny@example.com' })).id, ...linkAndCard, ...params });

/** `/v1/setup_intents…`: the guide's flow, its 3D Secure and decline branches, and Stripe.js's calls. */
export const setupIntentExamples = examples([
  {
    endpoint: 'POST /v1/setup_intents',
    title: "creates a SetupIntent for a customer with link and card, as the guide's server does",
    status: 200,
    call: (ctx) => setupIntentFor(ctx, { metadata: { order: '42' }, description: 'save a card' }),
  },
  {
    endpoint: 'POST /v1/setup_intents',
    title: 'creates a SetupIntent with automatic payment methods and a Link persistent token',
    status: 200,
    call: ({ stripe }) =>
      stripe.setupIntents.create({
        automatic_payment_methods: { enabled: true },
        payment_method_options: { link: { persistent_token: 'unknown-token' } },
      } as Stripe.SetupIntentCreateParams),
  },
  {
    endpoint: 'POST /v1/setup_intents',
    title: 'creates and confirms with pm_card_visa: succeeded, payment method and customer expanded',
    status: 200,
    expanded: ['payment_method', 'customer'],
    call: (ctx) => setupIntentFor(ctx, { payment_method: 'pm_card_visa', confirm: true, expand: ['payment_method', 'customer'] }),
  },
  {
    endpoint: 'POST /v1/setup_intents',
    title: 'creates and confirms a 3D Secure card with a return_url: requires_action with redirect_to_url',
    status: 200,
    call: (ctx) => setupIntentFor(ctx, { payment_method: 'pm_card_threeDSecure2Required', confirm: true, return_url: 'https://shop.example/return' }),
  },
  {
    endpoint: 'POST /v1/setup_intents',
    title: 'answers 402 with the SetupIntent for a card declined at setup',
    status: 402,
    error: { type: 'card_error', code: 'card_declined' },
    call: (ctx) => setupIntentFor(ctx, { payment_method: 'pm_card_visa_chargeDeclinedInsufficientFunds', confirm: true }),
  },
  {
    endpoint: 'POST /v1/setup_intents',
    title: 'refuses a return_url without confirm',
    status: 400,
    error: { type: 'invalid_request_error' },
    call: (ctx) => setupIntentFor(ctx, { return_url: 'https://shop.example/return' }),
  },
  {
    endpoint: 'GET /v1/setup_intents/:id',
    title: 'retrieves a SetupIntent with its payment method expanded, as the guide reads the persistent token',
    status: 200,
    expanded: ['payment_method'],
    async call(ctx) {
      const si = await setupIntentFor(ctx, { payment_method: 'pm_card_visa', confirm: true });
      return ctx.stripe.setupIntents.retrieve(si.id, { expand: ['payment_method'] });
    },
  },
  {
    endpoint: 'GET /v1/setup_intents/:id',
    title: 'retrieves a SetupIntent with the publishable key and its client secret, as Stripe.js does',
    status: 200,
    async call(ctx) {
      const si = await setupIntentFor(ctx);
      return ctx.browser('GET', `/v1/setup_intents/${si.id}`, { client_secret: si.client_secret });
    },
  },
  {
    endpoint: 'GET /v1/setup_intents/:id',
    title: 'answers 404 for an unknown SetupIntent',
    status: 404,
    error: { type: 'invalid_request_error', code: 'resource_missing' },
    call: ({ stripe }) => stripe.setupIntents.retrieve('seti_doesnotexist'),
  },
  {
    endpoint: 'POST /v1/setup_intents/:id',
    title: 'updates metadata, description and the Link persistent token',
    status: 200,
    async call(ctx) {
      const si = await setupIntentFor(ctx);
      return ctx.stripe.setupIntents.update(si.id, {
        metadata: { order: '43' },
        description: 'updated',
        payment_method_options: { link: { persistent_token: 'unknown-token' } },
      } as Stripe.SetupIntentUpdateParams);
    },
  },
  {
    endpoint: 'POST /v1/setup_intents/:id/confirm',
    title: 'confirms server-side with a test payment method: succeeded',
    status: 200,
    async call(ctx) {
      const si = await setupIntentFor(ctx);
      return ctx.stripe.setupIntents.confirm(si.id, { payment_method: 'pm_card_visa' });
    },
  },
  {
    endpoint: 'POST /v1/setup_intents/:id/confirm',
    title: 'confirms from Stripe.js with a 3D Secure card: requires_action with use_stripe_sdk',
    status: 200,
    async call(ctx) {
      const si = await setupIntentFor(ctx);
      return ctx.browser('POST', `/v1/setup_intents/${si.id}/confirm`, {
        client_secret: si.client_secret,
        payment_method_data: { type: 'card', card: { number: '4000000000003220', exp_month: 12, exp_year: new Date().getFullYear() + 2, cvc: '123' } },
        use_stripe_sdk: true,
        return_url: 'https://shop.example/return',
      });
    },
  },
  {
    endpoint: 'POST /v1/setup_intents/:id/confirm',
    title: 'confirms from Stripe.js with a logged-in Link shopper: succeeded with a link payment method',
    status: 200,
    async call(ctx) {
      await seedLinkShopper(ctx, 'returning@example.com');
      const secret = await linkSession(ctx, 'returning@example.com');
      const si = await setupIntentFor(ctx);
      return ctx.browser('POST', `/v1/setup_intents/${si.id}/confirm`, {
        client_secret: si.client_secret,
        payment_method_data: { type: 'link', link: { consumer_session_client_secret: secret } },
        return_url: 'https://shop.example/return',
      });
    },
  },
  {
    endpoint: 'GET /v1/setup_intents/:id',
    title: 'retrieves a Link SetupIntent with its link payment method (and persistent token) expanded',
    status: 200,
    expanded: ['payment_method'],
    async call(ctx) {
      await seedLinkShopper(ctx, 'returning@example.com');
      const secret = await linkSession(ctx, 'returning@example.com');
      const si = await setupIntentFor(ctx);
      await ctx.browser('POST', `/v1/setup_intents/${si.id}/confirm`, {
        client_secret: si.client_secret,
        payment_method_data: { type: 'link', link: { consumer_session_client_secret: secret } },
      });
      return ctx.stripe.setupIntents.retrieve(si.id, { expand: ['payment_method'] });
    },
  },
  {
    endpoint: 'POST /v1/setup_intents/:id/confirm',
    title: 'answers 402 with the SetupIntent for a declined card',
    status: 402,
    error: { type: 'card_error', code: 'card_declined' },
    async call(ctx) {
      const si = await setupIntentFor(ctx);
      return ctx.stripe.setupIntents.confirm(si.id, { payment_method: 'pm_card_visa_chargeDeclined' });
    },
  },
  {
    endpoint: 'POST /v1/setup_intents/:id/confirm',
    title: 'refuses a publishable key with the wrong client secret',
    status: 400,
    error: { type: 'invalid_request_error' },
    async call(ctx) {
      const si = await setupIntentFor(ctx);
      return ctx.browser('POST', `/v1/setup_intents/${si.id}/confirm`, { client_secret: `${si.id}_secret_wrong`, payment_method: 'pm_card_visa' });
    },
  },
  {
    endpoint: 'POST /v1/setup_intents/:id/cancel',
    title: 'cancels a SetupIntent',
    status: 200,
    async call(ctx) {
      const si = await setupIntentFor(ctx);
      return ctx.stripe.setupIntents.cancel(si.id, { cancellation_reason: 'abandoned' });
    },
  },
  {
    endpoint: 'POST /v1/setup_intents/:id/cancel',
    title: 'refuses to cancel a SetupIntent that succeeded',
    status: 400,
    error: { type: 'invalid_request_error' },
    async call(ctx) {
      const si = await setupIntentFor(ctx, { payment_method: 'pm_card_visa', confirm: true });
      return ctx.stripe.setupIntents.cancel(si.id);
    },
  },
  {
    endpoint: 'GET /v1/setup_intents',
    title: "lists a customer's SetupIntents with their payment methods expanded",
    status: 200,
    expanded: ['data.payment_method'],
    async call(ctx) {
      const si = await setupIntentFor(ctx, { payment_method: 'pm_card_visa', confirm: true });
      return ctx.stripe.setupIntents.list({ customer: si.customer as string, expand: ['data.payment_method'] });
    },
  },
  {
    endpoint: 'GET /v1/setup_intents',
    title: 'refuses starting_after together with ending_before',
    status: 400,
    error: { type: 'invalid_request_error' },
    call: ({ stripe }) => stripe.setupIntents.list({ starting_after: 'seti_a', ending_before: 'seti_b' }),
  },
]);
