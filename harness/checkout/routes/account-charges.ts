import express, { type Request, type Response, type Router } from 'express';
import type Stripe from 'stripe';
import type { AuthenticatePageConfig } from '../browser/page-config.ts';
import type { ChargeAttempt } from '../charge-attempts.ts';
import { chargeLater } from '../charge-later.ts';
import { ChargeRequestError, parseChargeLaterRequest } from '../charge-request.ts';
import { absoluteUrl, shopperOf, type CheckoutContext } from '../context.ts';
import { requireShopper } from '../shopper-session.ts';
import { authenticatePage } from '../views/authenticate-page.ts';
import { currencyDecimals, describePaymentMethod } from '../views/format.ts';
import { jsonScript } from '../views/html.ts';
import { sendMessage, sendPage } from './send-page.ts';
import { authenticatePath } from './charge-later.ts';

const returnPath = (attemptId: string) => `/account/charges/${encodeURIComponent(attemptId)}/return`;

/** The shopper's own attempt, or a 404 page. */
function ownAttempt(ctx: CheckoutContext, req: Request, res: Response): ChargeAttempt | undefined {
  const attempt = ctx.attempts.get(String(req.params.id));
  if (attempt && attempt.customer === shopperOf(res)!.customerId) return attempt;
  sendMessage(res, ctx, 404, 'Charge not found', 'We could not find this charge in your account.');
  return undefined;
}

/** Reads the PaymentIntent after the shopper came back and records how the charge ended. */
async function settleFromPaymentIntent(ctx: CheckoutContext, attempt: ChargeAttempt): Promise<Stripe.PaymentIntent | undefined> {
  if (!attempt.payment_intent) return undefined;
  const pi = await ctx.backend.stripe.paymentIntents.retrieve(attempt.payment_intent);
  if (pi.status === 'succeeded') ctx.attempts.settle(attempt.id, 'succeeded');
  else if (pi.status === 'processing') ctx.attempts.settle(attempt.id, 'processing');
  return pi;
}

/** A form amount in major units ("10.99") in the currency's smallest unit (1099), or NaN. */
const minorUnits = (value: unknown, currency: string): number =>
  typeof value === 'string' && /^\d{1,8}(\.\d{1,2})?$/.test(value.trim()) ? Math.round(Number(value) * 10 ** currencyDecimals(currency)) : NaN;

/**
 * The account page's side of charging later: `POST /account/charges` (the "Charge now" form),
 * and, for a charge that needed the shopper (OFF-02), the page that brings them back on-session
 * (`GET /account/charges/:id/authenticate`) and its return (`GET /account/charges/:id/return`).
 */
export function accountChargeRoutes(ctx: CheckoutContext): Router {
  const router = express.Router();
  const form = express.urlencoded({ extended: false, limit: '10kb' });

  router.post('/account/charges', requireShopper, form, async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const currency = typeof body.currency === 'string' ? body.currency : 'usd';
    try {
      const request = parseChargeLaterRequest({ amount: minorUnits(body.amount, currency), currency, payment_method: body.payment_method || undefined });
      const attempt = await chargeLater(ctx, { ...request, customer: shopperOf(res)!.customerId }, (id) => absoluteUrl(req, authenticatePath(id)));
      res.redirect(303, `/account?charge=${encodeURIComponent(attempt.id)}`);
    } catch (err) {
      if (!(err instanceof ChargeRequestError)) throw err;
      sendMessage(res, ctx, err.status, 'The charge was not made', err.message);
    }
  });

  router.get('/account/charges/:id/authenticate', requireShopper, async (req, res) => {
    const attempt = ownAttempt(ctx, req, res);
    if (!attempt) return;
    const pi = attempt.outcome === 'requires_authentication' ? await settleFromPaymentIntent(ctx, attempt) : undefined;
    if (!pi || attempt.outcome !== 'requires_authentication' || !pi.client_secret)
      return res.redirect(303, `/account?charge=${encodeURIComponent(attempt.id)}`);
    const pm = await ctx.backend.stripe.paymentMethods.retrieve(attempt.payment_method);
    const config: AuthenticatePageConfig = {
      publishableKey: ctx.backend.publishableKey,
      clientSecret: pi.client_secret,
      paymentMethod: pm.id,
      paymentMethodType: pm.type,
      returnUrl: absoluteUrl(req, returnPath(attempt.id)),
    };
    sendPage(res, ctx, {
      title: 'Confirm your payment',
      body: authenticatePage({ amount: attempt.amount, currency: attempt.currency, paymentMethod: describePaymentMethod(pm) }),
      tail: jsonScript('checkout-config', config),
      scripts: [ctx.backend.stripeJsUrl, '/assets/authenticate-payment.js'],
    });
  });

  router.get('/account/charges/:id/return', requireShopper, async (req, res) => {
    const attempt = ownAttempt(ctx, req, res);
    if (!attempt) return;
    await settleFromPaymentIntent(ctx, attempt);
    res.redirect(303, `/account?charge=${encodeURIComponent(attempt.id)}`);
  });
  return router;
}
