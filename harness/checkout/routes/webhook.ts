import express, { type Response, type Router } from 'express';
import type Stripe from 'stripe';
import type { CheckoutContext } from '../context.ts';

/**
 * What a webhook event says about a later charge: `payment_intent.succeeded` and
 * `payment_intent.payment_failed` settle the PaymentIntent's attempt (one per PaymentIntent,
 * whichever of the API answer and the webhook comes first). Other events are acknowledged.
 */
function recordOutcome(ctx: CheckoutContext, event: Stripe.Event): void {
  if (event.type === 'payment_intent.succeeded') ctx.attempts.recordWebhook(event.data.object.id, { outcome: 'succeeded' });
  if (event.type === 'payment_intent.payment_failed') {
    const pi = event.data.object;
    const error = pi.last_payment_error;
    const needsShopper = error?.code === 'authentication_required' || error?.code === 'payment_intent_authentication_failure';
    ctx.attempts.recordWebhook(pi.id, {
      outcome: needsShopper ? 'requires_authentication' : 'declined',
      ...(error?.code ? { code: error.code } : {}),
      ...(error?.decline_code ? { decline_code: error.decline_code } : {}),
      ...(error?.message ? { message: error.message } : {}),
    });
  }
}

/** The `unsigned-webhooks` fault: whatever JSON arrives is taken as Stripe's event. */
function takeUnverified(ctx: CheckoutContext, body: Buffer, res: Response): void {
  let event: Stripe.Event;
  try {
    event = JSON.parse(body.toString('utf8')) as Stripe.Event;
  } catch {
    return void res.status(400).json({ error: { message: 'The body is not JSON.' } });
  }
  recordOutcome(ctx, event);
  res.json({ received: true });
}

/**
 * `POST /webhook`: Stripe's events, verified with stripe-node's `webhooks.constructEvent` against
 * the raw body and the endpoint's secret. Unsigned or wrongly signed deliveries get a 400 and
 * change nothing; a verified one is recorded and acknowledged with a 200.
 */
export function webhookRoutes(ctx: CheckoutContext): Router {
  const router = express.Router();
  router.post('/webhook', express.raw({ type: () => true, limit: '1mb' }), (req, res) => {
    const signature = req.get('Stripe-Signature');
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    if (ctx.faults.has('unsigned-webhooks')) return void takeUnverified(ctx, body, res);
    if (!ctx.webhookSecret) return void res.status(400).json({ error: { message: 'This shop has no webhook signing secret (STRIPE_WEBHOOK_SECRET).' } });
    if (!signature) return void res.status(400).json({ error: { message: 'Missing Stripe-Signature header.' } });
    let event: Stripe.Event;
    try {
      event = ctx.backend.stripe.webhooks.constructEvent(body, signature, ctx.webhookSecret);
    } catch (err) {
      return void res.status(400).json({ error: { message: `Webhook signature verification failed: ${(err as Error).message}` } });
    }
    recordOutcome(ctx, event);
    res.json({ received: true });
  });
  return router;
}
