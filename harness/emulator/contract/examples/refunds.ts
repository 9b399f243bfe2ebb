import type Stripe from 'stripe';
import { examples, type ExampleContext } from '../example.ts';
import type { EndpointKey } from '../routes.ts';

/**
 * Served endpoints that can only answer with an error here, so their examples are all errors:
 * a refund can be canceled only in `requires_action`, which card and Link refunds never reach.
 */
export const errorOnlyEndpoints: readonly EndpointKey[] = ['POST /v1/refunds/:id/cancel'];

const paid = (ctx: ExampleContext, extra: Partial<Stripe.PaymentIntentCreateParams> = {}): Promise<Stripe.PaymentIntent> =>
  ctx.stripe.paymentIntents.create({
    amount: 1099,
    currency: 'usd',
    payment_method: 'pm_card_visa',
    confirm: true,
    return_url: 'https://shop.example/return',
    ...extra,
  });

const refunded = async (ctx: ExampleContext): Promise<Stripe.Refund> => ctx.stripe.refunds.create({ payment_intent: (await paid(ctx)).id, amount: 500 });

/** Separate authorization and capture, and refunds of what was charged. */
export const refundExamples = examples([
  {
    endpoint: 'POST /v1/payment_intents',
    title: 'authorizes with capture_method manual: requires_capture, its uncaptured charge expanded',
    status: 200,
    expanded: ['latest_charge'],
    call: (ctx) => paid(ctx, { capture_method: 'manual', expand: ['latest_charge'] }),
  },
  {
    endpoint: 'POST /v1/payment_intents/:id/capture',
    title: 'captures part of an authorized PaymentIntent',
    status: 200,
    async call(ctx) {
      const pi = await paid(ctx, { capture_method: 'manual' });
      return ctx.stripe.paymentIntents.capture(pi.id, { amount_to_capture: 800, metadata: { shipped: 'yes' }, expand: ['latest_charge'] });
    },
    expanded: ['latest_charge'],
  },
  {
    endpoint: 'POST /v1/payment_intents/:id/capture',
    title: 'refuses to capture a PaymentIntent that succeeded',
    status: 400,
    error: { type: 'invalid_request_error', code: 'payment_intent_unexpected_state' },
    async call(ctx) {
      return ctx.stripe.paymentIntents.capture((await paid(ctx)).id);
    },
  },
  {
    endpoint: 'POST /v1/payment_intents/:id/cancel',
    title: 'cancels an authorized PaymentIntent, releasing its authorization',
    status: 200,
    async call(ctx) {
      return ctx.stripe.paymentIntents.cancel((await paid(ctx, { capture_method: 'manual' })).id);
    },
  },
  {
    endpoint: 'POST /v1/refunds',
    title: 'refunds part of a PaymentIntent, its charge expanded',
    status: 200,
    expanded: ['charge', 'payment_intent'],
    async call(ctx) {
      return ctx.stripe.refunds.create({
        payment_intent: (await paid(ctx)).id,
        amount: 500,
        reason: 'requested_by_customer',
        metadata: { ticket: 'T-1' },
        expand: ['charge', 'payment_intent'],
      });
    },
  },
  {
    endpoint: 'POST /v1/refunds',
    title: 'refuses a refund larger than what is left on the charge',
    status: 400,
    error: { type: 'invalid_request_error', code: 'amount_too_large' },
    async call(ctx) {
      return ctx.stripe.refunds.create({ charge: (await paid(ctx)).latest_charge as string, amount: 2000 });
    },
  },
  {
    endpoint: 'POST /v1/refunds',
    title: 'refuses a charge refunded already',
    status: 400,
    error: { type: 'invalid_request_error', code: 'charge_already_refunded' },
    async call(ctx) {
      const pi = await paid(ctx);
      await ctx.stripe.refunds.create({ payment_intent: pi.id });
      return ctx.stripe.refunds.create({ payment_intent: pi.id });
    },
  },
  {
    endpoint: 'GET /v1/refunds/:id',
    title: 'retrieves a refund',
    status: 200,
    call: async (ctx) => ctx.stripe.refunds.retrieve((await refunded(ctx)).id),
  },
  {
    endpoint: 'GET /v1/refunds/:id',
    title: 'answers 404 for an unknown refund',
    status: 404,
    error: { type: 'invalid_request_error', code: 'resource_missing' },
    call: (ctx) => ctx.stripe.refunds.retrieve('re_doesnotexist'),
  },
  {
    endpoint: 'POST /v1/refunds/:id',
    title: "updates a refund's metadata",
    status: 200,
    call: async (ctx) => ctx.stripe.refunds.update((await refunded(ctx)).id, { metadata: { ticket: 'T-2' } }),
  },
  {
    endpoint: 'POST /v1/refunds/:id/cancel',
    title: 'refuses to cancel a card refund that succeeded',
    status: 400,
    error: { type: 'invalid_request_error' },
    call: async (ctx) => ctx.stripe.refunds.cancel((await refunded(ctx)).id),
  },
  {
    endpoint: 'GET /v1/refunds',
    title: "lists a PaymentIntent's refunds with their charges expanded",
    status: 200,
    expanded: ['data.charge'],
    async call(ctx) {
      const pi = await paid(ctx);
      await ctx.stripe.refunds.create({ payment_intent: pi.id, amount: 100 });
      await ctx.stripe.refunds.create({ payment_intent: pi.id, amount: 200 });
      return ctx.stripe.refunds.list({ payment_intent: pi.id, expand: ['data.charge'] });
    },
  },
]);
