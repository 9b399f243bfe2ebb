import express, { type Router } from 'express';
import Stripe from 'stripe';
import { shopperOf, type CheckoutContext } from '../context.ts';
import { persistentTokenOf, rememberLinkShopper } from '../persistent-token.ts';
import { belongsToShopper } from '../setup-intent.ts';
import type { Shopper } from '../shoppers.ts';
import { requireShopper } from '../shopper-session.ts';
import { describePaymentMethod } from '../views/format.ts';
import { returnPage, type SetupOutcome } from '../views/return-page.ts';
import { sendMessage, sendPage } from './send-page.ts';
import { RETURN_PATH } from './save-payment-method.ts';

/** The outcome as the SetupIntent says it (CONFIRM-02), with words for the shopper. */
function outcomeOfSetupIntent(si: Stripe.SetupIntent): { outcome: SetupOutcome; detail: string } {
  const pm = typeof si.payment_method === 'object' && si.payment_method ? describePaymentMethod(si.payment_method) : 'Your payment method';
  switch (si.status) {
    case 'succeeded':
      return { outcome: 'succeeded', detail: `${pm} is saved. We will use it for your future orders.` };
    case 'processing':
      return { outcome: 'processing', detail: `${pm} is being verified. We will let you know when it is ready.` };
    case 'requires_action':
    case 'requires_confirmation':
      return { outcome: 'requires_action', detail: 'The setup is not finished: your bank still needs you to confirm it. Please try again.' };
    case 'canceled':
      return { outcome: 'canceled', detail: 'This setup was canceled. Please add your payment method again.' };
    default:
      return {
        outcome: 'failed',
        detail: `${si.last_setup_error?.message ?? 'The payment method could not be set up.'} Please try again with another payment method.`,
      };
  }
}

/** The outcome as the redirect's query string claims it: what the `trust-query-string` fault shows. */
function outcomeOfQueryString(redirectStatus: unknown): { outcome: SetupOutcome; detail: string } {
  if (redirectStatus === 'succeeded') return { outcome: 'succeeded', detail: 'Your payment method is saved. We will use it for your future orders.' };
  if (redirectStatus === 'processing') return { outcome: 'processing', detail: 'Your payment method is being verified.' };
  return { outcome: 'failed', detail: 'The payment method could not be set up. Please try again.' };
}

/** The SetupIntent with its payment method expanded (where the persistent token is), or undefined when Stripe has none by that id. */
async function retrieveWithPaymentMethod(stripe: Stripe, id: string): Promise<Stripe.SetupIntent | undefined> {
  try {
    return await stripe.setupIntents.retrieve(id, { expand: ['payment_method'] });
  } catch (err) {
    if (err instanceof Stripe.errors.StripeInvalidRequestError && err.code === 'resource_missing') return undefined;
    throw err;
  }
}

/**
 * With the `no-customer` fault the SetupIntent carried no Customer, so the saved payment method is
 * attached to the shopper's Customer afterwards; without this, later charges would find nothing.
 */
async function attachLate(stripe: Stripe, si: Stripe.SetupIntent, shopper: Shopper): Promise<void> {
  const pm = si.payment_method;
  if (si.status !== 'succeeded' || si.customer || !pm || typeof pm === 'string' || pm.customer) return;
  await stripe.paymentMethods.attach(pm.id, { customer: shopper.customerId });
}

/**
 * `GET /account/payment-methods/return`, the confirmSetup `return_url`. Reads the outcome from the
 * SetupIntent on the server, never from the query string alone, and only for the shopper's own
 * SetupIntent (CONFIRM-02); then, after the confirm attempt, reads the Link persistent token and
 * keeps it in the `stripe.link.persistent_token` cookie (COOKIE-01, COOKIE-02).
 */
export function paymentMethodReturnRoutes(ctx: CheckoutContext): Router {
  const router = express.Router();
  router.get(RETURN_PATH, requireShopper, async (req, res) => {
    const shopper = shopperOf(res)!;
    const { stripe } = ctx.backend;
    const id = req.query.setup_intent;
    if (typeof id !== 'string' || !/^seti_[A-Za-z0-9_]+$/.test(id))
      return sendMessage(res, ctx, 400, 'Nothing to show here', 'This page shows the result of saving a payment method; it was opened without one.');
    const si = await retrieveWithPaymentMethod(stripe, id);
    const secret = req.query.setup_intent_client_secret;
    if (!si || !belongsToShopper(si, shopper) || (typeof secret === 'string' && secret !== si.client_secret))
      return sendMessage(res, ctx, 404, 'Setup not found', 'We could not find this payment method setup in your account.');

    const token = persistentTokenOf(si);
    if (token) rememberLinkShopper(res, token, { https: req.secure }, ctx.faults);
    if (ctx.faults.has('no-customer')) await attachLate(stripe, si, shopper);

    const { outcome, detail } = ctx.faults.has('trust-query-string') ? outcomeOfQueryString(req.query.redirect_status) : outcomeOfSetupIntent(si);
    sendPage(res, ctx, {
      title: outcome === 'succeeded' ? 'Payment method saved' : 'Payment method not saved',
      body: returnPage({ outcome, detail, setupIntentId: si.id }),
    });
  });
  return router;
}
