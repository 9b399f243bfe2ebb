import type Stripe from 'stripe';
import type { RequestContext } from '../http/endpoint.ts';
import { StripeApiError, parameterMissing } from '../core/errors.ts';

/**
 * What a publishable key may see and do with an intent: only with its client secret, and only
 * the fields Stripe.js receives (no customer, metadata or payment method options).
 */

const setupIntentClientFields = [
  'id',
  'object',
  'automatic_payment_methods',
  'cancellation_reason',
  'client_secret',
  'created',
  'description',
  'last_setup_error',
  'livemode',
  'next_action',
  'payment_method',
  'payment_method_configuration_details',
  'payment_method_types',
  'status',
  'usage',
] as const satisfies readonly (keyof Stripe.SetupIntent)[];

const paymentIntentClientFields = [
  'id',
  'object',
  'amount',
  'automatic_payment_methods',
  'canceled_at',
  'cancellation_reason',
  'capture_method',
  'client_secret',
  'confirmation_method',
  'created',
  'currency',
  'description',
  'last_payment_error',
  'livemode',
  'next_action',
  'payment_method',
  'payment_method_configuration_details',
  'payment_method_types',
  'processing',
  'receipt_email',
  'setup_future_usage',
  'shipping',
  'source',
  'status',
] as const satisfies readonly (keyof Stripe.PaymentIntent)[];

/** The SetupIntent as Stripe.js sees it. */
export type ClientSetupIntent = Pick<Stripe.SetupIntent, (typeof setupIntentClientFields)[number]>;
/** The PaymentIntent as Stripe.js sees it. */
export type ClientPaymentIntent = Pick<Stripe.PaymentIntent, (typeof paymentIntentClientFields)[number]>;

function pick<T extends object, K extends keyof T>(object: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const key of keys) out[key] = object[key];
  return out;
}

/** The SetupIntent as Stripe.js receives it (a publishable-key answer). */
export const clientSetupIntent = (si: Stripe.SetupIntent): ClientSetupIntent => pick(si, setupIntentClientFields);
/** The PaymentIntent as Stripe.js receives it (a publishable-key answer). */
export const clientPaymentIntent = (pi: Stripe.PaymentIntent): ClientPaymentIntent => pick(pi, paymentIntentClientFields);

/**
 * Checks the `client_secret` a request brings for an intent. A publishable key must bring the
 * intent's own; a secret key may leave it out but not send a wrong one.
 *
 * @example
 * authorizeClient(ctx, si, p.client_secret, 'SetupIntent');
 */
export function authorizeClient(ctx: RequestContext, intent: { client_secret: string | null }, clientSecret: string | undefined, name: string): void {
  if (clientSecret === undefined) {
    if (ctx.caller.kind === 'secret') return;
    throw parameterMissing('client_secret');
  }
  if (clientSecret !== intent.client_secret)
    throw new StripeApiError(400, {
      type: 'invalid_request_error',
      message: `The client_secret provided does not match the client_secret associated with the ${name}.`,
      param: 'client_secret',
    });
}

/**
 * Runs a handler and shapes its answer for the caller: a publishable key gets the client view of
 * the intent, in the answer and in any error body that carries it.
 */
export function forCaller<T extends Stripe.SetupIntent | Stripe.PaymentIntent>(ctx: RequestContext, run: () => T): T | ClientSetupIntent | ClientPaymentIntent {
  if (ctx.caller.kind === 'secret') return run();
  try {
    const intent = run();
    return intent.object === 'setup_intent' ? clientSetupIntent(intent) : clientPaymentIntent(intent);
  } catch (err) {
    if (err instanceof StripeApiError) {
      const body = { ...err.body };
      if (body.setup_intent) body.setup_intent = clientSetupIntent(body.setup_intent) as Stripe.SetupIntent;
      if (body.payment_intent) body.payment_intent = clientPaymentIntent(body.payment_intent) as Stripe.PaymentIntent;
      throw new StripeApiError(err.status, body);
    }
    throw err;
  }
}
