import type Stripe from 'stripe';
import { examples, type ExampleContext } from '../example.ts';

/** A SetupIntent of a new customer, confirmed with a test payment method (declines are caught). */
async function confirmed(ctx: ExampleContext, paymentMethod = 'pm_card_visa'): Promise<Stripe.SetupIntent> {
  const si = await ctx.stripe.setupIntents.create({ customer: (await ctx.customer()).id, flow_directions: ['inbound'] });
  await ctx.stripe.setupIntents.confirm(si.id, { payment_method: paymentMethod }).catch(() => undefined);
  return si;
}

/** `/v1/setup_attempts` and the SetupIntent's `latest_attempt`. */
export const setupAttemptExamples = examples([
  {
    endpoint: 'GET /v1/setup_attempts',
    title: "lists a SetupIntent's attempts, a failed one and a succeeded one, their payment methods expanded",
    status: 200,
    expanded: ['data.payment_method'],
    async call(ctx) {
      const si = await confirmed(ctx, 'pm_card_visa_chargeDeclinedInsufficientFunds');
      await ctx.stripe.setupIntents.confirm(si.id, { payment_method: 'pm_card_visa' });
      return ctx.stripe.setupAttempts.list({ setup_intent: si.id, expand: ['data.payment_method'] });
    },
  },
  {
    endpoint: 'GET /v1/setup_attempts',
    title: 'requires setup_intent',
    status: 400,
    error: { type: 'invalid_request_error', code: 'parameter_missing' },
    call: (ctx) => ctx.stripe.setupAttempts.list({} as Stripe.SetupAttemptListParams),
  },
  {
    endpoint: 'GET /v1/setup_intents/:id',
    title: 'retrieves a SetupIntent with its latest attempt expanded',
    status: 200,
    expanded: ['latest_attempt'],
    call: async (ctx) => ctx.stripe.setupIntents.retrieve((await confirmed(ctx)).id, { expand: ['latest_attempt'] }),
  },
]);
