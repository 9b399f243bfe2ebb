import type Stripe from 'stripe';
import { examples, type ExampleContext } from '../example.ts';

const endpoint = (ctx: ExampleContext, extra: Partial<Stripe.WebhookEndpointCreateParams> = {}): Promise<Stripe.WebhookEndpoint> =>
  ctx.stripe.webhookEndpoints.create({ url: 'https://shop.example/webhook', enabled_events: ['payment_intent.succeeded'], ...extra });

/** Events of what the account did, and the webhook endpoints they are delivered to. */
export const webhookExamples = examples([
  {
    endpoint: 'GET /v1/events',
    title: 'lists the events of a customer created and updated, filtered by type',
    status: 200,
    async call(ctx) {
      const customer = await ctx.customer({ email: 'ada@example.com' });
      await ctx.stripe.customers.update(customer.id, { name: 'Ada' });
      return ctx.stripe.events.list({ types: ['customer.created', 'customer.updated'], limit: 5 });
    },
  },
  {
    endpoint: 'GET /v1/events/:id',
    title: 'retrieves a payment_intent.succeeded event',
    status: 200,
    async call(ctx) {
      await ctx.stripe.paymentIntents.create({
        amount: 1099,
        currency: 'usd',
        payment_method: 'pm_card_visa',
        confirm: true,
        return_url: 'https://shop.example/return',
      });
      const [event] = (await ctx.stripe.events.list({ type: 'payment_intent.succeeded' })).data;
      return ctx.stripe.events.retrieve(event!.id);
    },
  },
  {
    endpoint: 'GET /v1/events/:id',
    title: 'answers an unknown event id with resource_missing',
    status: 404,
    error: { type: 'invalid_request_error', code: 'resource_missing' },
    call: (ctx) => ctx.stripe.events.retrieve('evt_1NotAnEventOfThisAccount'),
  },
  {
    endpoint: 'POST /v1/webhook_endpoints',
    title: 'creates a webhook endpoint; the answer carries its signing secret',
    status: 200,
    call: (ctx) => endpoint(ctx, { description: 'Later charges', metadata: { team: 'payments' } }),
  },
  {
    endpoint: 'POST /v1/webhook_endpoints',
    title: 'refuses an event type Stripe does not know',
    status: 400,
    error: { type: 'invalid_request_error', code: 'parameter_invalid_string' },
    call: (ctx) => endpoint(ctx, { enabled_events: ['payment_intent.exploded' as Stripe.WebhookEndpointCreateParams.EnabledEvent] }),
  },
  {
    endpoint: 'POST /v1/webhook_endpoints',
    title: 'refuses a URL that is not http(s)',
    status: 400,
    error: { type: 'invalid_request_error', code: 'url_invalid' },
    call: (ctx) => endpoint(ctx, { url: 'ftp://shop.example/webhook' }),
  },
  {
    endpoint: 'GET /v1/webhook_endpoints/:id',
    title: 'retrieves a webhook endpoint, without its secret',
    status: 200,
    async call(ctx) {
      return ctx.stripe.webhookEndpoints.retrieve((await endpoint(ctx)).id);
    },
  },
  {
    endpoint: 'POST /v1/webhook_endpoints/:id',
    title: 'disables a webhook endpoint and listens for every event',
    status: 200,
    async call(ctx) {
      return ctx.stripe.webhookEndpoints.update((await endpoint(ctx)).id, { disabled: true, enabled_events: ['*'] });
    },
  },
  {
    endpoint: 'GET /v1/webhook_endpoints',
    title: 'lists webhook endpoints',
    status: 200,
    async call(ctx) {
      await endpoint(ctx);
      return ctx.stripe.webhookEndpoints.list({ limit: 3 });
    },
  },
  {
    endpoint: 'DELETE /v1/webhook_endpoints/:id',
    title: 'deletes a webhook endpoint',
    status: 200,
    async call(ctx) {
      return ctx.stripe.webhookEndpoints.del((await endpoint(ctx)).id);
    },
  },
]);
