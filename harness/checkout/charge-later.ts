import Stripe from 'stripe';
import { ChargeAttempts, type ChargeAttempt, type ChargeOutcome } from './charge-attempts.ts';
import { ChargeRequestError } from './charge-request.ts';
import type { CheckoutContext } from './context.ts';

/** A later charge with its customer known. */
export interface LaterCharge {
  customer: string;
  amount: number;
  currency: string;
  payment_method?: string | undefined;
}

/** How the charge names the page that brings the shopper back (an absolute URL for emails). */
export type AuthenticateUrl = (attemptId: string) => string;

const outcomeOfStatus = (status: Stripe.PaymentIntent.Status): ChargeOutcome =>
  status === 'succeeded'
    ? 'succeeded'
    : status === 'processing'
      ? 'processing'
      : status === 'requires_action' || status === 'requires_confirmation'
        ? 'requires_authentication'
        : 'declined';

/**
 * The guide's "Charge the saved payment method later": lists the customer's payment methods,
 * picks one (the one asked for, else the newest) and creates a PaymentIntent with `confirm`,
 * `off_session`, `customer` and `payment_method` (OFF-01). A card error never escapes:
 * `authentication_required` is recorded as needing the shopper, with a page that brings them back
 * on-session (OFF-02); a decline is recorded with its codes (OFF-03).
 *
 * @example
 * const attempt = await chargeLater(ctx, { customer: 'cus_123', amount: 1099, currency: 'usd' }, (id) => `https://shop.example/account/charges/${id}/authenticate`);
 * attempt.outcome // 'succeeded' | 'requires_authentication' | 'declined' | 'processing'
 */
export async function chargeLater(ctx: CheckoutContext, charge: LaterCharge, authenticateUrl: AuthenticateUrl): Promise<ChargeAttempt> {
  const { stripe } = ctx.backend;
  const paymentMethod = await pickPaymentMethod(stripe, charge);
  const base = {
    id: ChargeAttempts.newId(),
    created: new Date().toISOString(),
    customer: charge.customer,
    payment_method: paymentMethod.id,
    amount: charge.amount,
    currency: charge.currency,
  };
  const params: Stripe.PaymentIntentCreateParams = {
    amount: charge.amount,
    currency: charge.currency,
    customer: charge.customer,
    payment_method: paymentMethod.id,
    confirm: true,
    off_session: true,
  };
  if (ctx.faults.has('charge-without-off-session')) delete params.off_session;
  try {
    const paymentIntent = await stripe.paymentIntents.create(params);
    const outcome = outcomeOfStatus(paymentIntent.status);
    return ctx.attempts.record({
      ...base,
      payment_intent: paymentIntent.id,
      outcome,
      ...(outcome === 'requires_authentication' ? { code: 'authentication_required', authenticate_url: authenticateUrl(base.id) } : {}),
    });
  } catch (err) {
    if (!(err instanceof Stripe.errors.StripeCardError)) throw asChargeRequestError(err);
    const failure = {
      ...base,
      payment_intent: err.payment_intent?.id ?? null,
      code: err.code ?? 'card_declined',
      ...(err.message ? { message: err.message } : {}),
    };
    if (err.code === 'authentication_required') {
      if (ctx.faults.has('authentication-required-500')) throw err;
      return ctx.attempts.record({ ...failure, outcome: 'requires_authentication', authenticate_url: authenticateUrl(base.id) });
    }
    if (ctx.faults.has('declines-not-recorded')) return { ...base, payment_intent: failure.payment_intent, outcome: 'declined' };
    return ctx.attempts.record({ ...failure, outcome: 'declined', ...(err.decline_code ? { decline_code: err.decline_code } : {}) });
  }
}

async function pickPaymentMethod(stripe: Stripe, charge: LaterCharge): Promise<Stripe.PaymentMethod> {
  let saved: Stripe.PaymentMethod[];
  try {
    saved = (await stripe.customers.listPaymentMethods(charge.customer, { limit: 100 })).data;
  } catch (err) {
    if (err instanceof Stripe.errors.StripeInvalidRequestError && err.code === 'resource_missing')
      throw new ChargeRequestError(404, 'customer_not_found', `No customer ${charge.customer} in this Stripe account.`, 'customer');
    throw asChargeRequestError(err);
  }
  if (charge.payment_method !== undefined) {
    const chosen = saved.find((pm) => pm.id === charge.payment_method);
    if (!chosen)
      throw new ChargeRequestError(
        404,
        'payment_method_not_found',
        `${charge.payment_method} is not a saved payment method of ${charge.customer}.`,
        'payment_method',
      );
    return chosen;
  }
  const newest = saved.reduce<Stripe.PaymentMethod | undefined>((best, pm) => (!best || pm.created > best.created ? pm : best), undefined);
  if (!newest)
    throw new ChargeRequestError(409, 'no_saved_payment_method', `${charge.customer} has no saved payment method to charge; save one first.`, 'customer');
  return newest;
}

/** Stripe's other errors: a bad request stays a 4xx, an unreachable Stripe is a 502, never a 500. */
function asChargeRequestError(err: unknown): unknown {
  if (err instanceof Stripe.errors.StripeInvalidRequestError)
    return new ChargeRequestError(400, 'stripe_invalid_request', `Stripe refused the charge: ${err.message}`, err.param);
  if (err instanceof Stripe.errors.StripeConnectionError || err instanceof Stripe.errors.StripeAPIError || err instanceof Stripe.errors.StripeRateLimitError)
    return new ChargeRequestError(502, 'stripe_unavailable', `Stripe could not be reached or failed: ${err.message}`);
  return err;
}
