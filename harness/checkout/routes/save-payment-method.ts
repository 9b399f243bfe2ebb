import express, { type Router } from 'express';
import type Stripe from 'stripe';
import type { SavePageConfig } from '../browser/page-config.ts';
import { absoluteUrl, shopperOf, type CheckoutContext } from '../context.ts';
import { PERSISTENT_TOKEN_COOKIE, readCookie } from '../cookies.ts';
import { usableToken } from '../persistent-token.ts';
import { settingsForVisit, type EmailMode } from '../settings.ts';
import { createSetupIntent } from '../setup-intent.ts';
import type { Shopper } from '../shoppers.ts';
import { requireShopper } from '../shopper-session.ts';
import { jsonScript } from '../views/html.ts';
import { savePage } from '../views/save-page.ts';
import { ANALYTICS_SNIPPET_PATH } from './assets.ts';
import { sendPage } from './send-page.ts';

export const RETURN_PATH = '/account/payment-methods/return';

function emailCollection(ctx: CheckoutContext, mode: EmailMode, shopper: Shopper): SavePageConfig['email'] {
  if (ctx.faults.has('no-email-element')) return { collect: 'none' };
  return mode === 'prefill' ? { collect: 'payment-element', email: shopper.email } : { collect: 'link-authentication-element', defaultEmail: shopper.email };
}

/**
 * What the page script gets: the publishable key and the SetupIntent's client secret (SETUP-03),
 * how email is collected, and where confirmSetup returns to.
 */
function pageConfig(
  ctx: CheckoutContext,
  setupIntent: Stripe.SetupIntent,
  email: SavePageConfig['email'],
  returnUrl: string,
): SavePageConfig & Record<string, unknown> {
  const config: SavePageConfig & Record<string, unknown> = {
    publishableKey: ctx.faults.has('live-publishable-key') ? ctx.backend.publishableKey.replace(/^pk_test_/, 'pk_live_') : ctx.backend.publishableKey,
    clientSecret: setupIntent.client_secret!,
    email,
    confirm: ctx.faults.has('no-return-url') ? { returnUrl: null, afterUrl: returnUrl } : { returnUrl },
    showConfirmErrors: !ctx.faults.has('swallow-errors'),
  };
  if (ctx.faults.has('leak-secret-key')) config.secretKey = ctx.backend.secretKey;
  if (ctx.faults.has('leak-setup-intent')) config.setupIntent = setupIntent;
  return config;
}

/**
 * The `script-over-http` fault's analytics snippet: this checkout's own asset, asked for over plain
 * http under its other local name (`localhost` ⇄ `127.0.0.1`), so it comes from another origin.
 */
function insecureAnalyticsUrl(req: express.Request): string {
  const otherHost = req.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  const port = req.socket.localPort;
  return `http://${otherHost}:${port}${ANALYTICS_SNIPPET_PATH}`;
}

/**
 * `GET /account/payment-methods/new`: creates the shopper's SetupIntent on the server (with the
 * browser's Link persistent token when it has one) and renders the Link Authentication Element
 * and the Payment Element. `?email-mode=prefill` and `?payment-methods=automatic` pick the
 * guide's other choices for this visit.
 */
export function savePaymentMethodRoutes(ctx: CheckoutContext): Router {
  const router = express.Router();
  router.get('/account/payment-methods/new', requireShopper, async (req, res) => {
    const shopper = shopperOf(res)!;
    const settings = settingsForVisit(ctx.settings, req.query);
    const persistentToken = usableToken(readCookie(req, PERSISTENT_TOKEN_COOKIE));
    const setupIntent = await createSetupIntent(ctx.backend.stripe, { shopper, paymentMethods: settings.paymentMethods, persistentToken }, ctx.faults);
    const email = emailCollection(ctx, settings.emailMode, shopper);
    sendPage(res, ctx, {
      title: 'Add a payment method',
      body: savePage({ linkAuthenticationElement: email.collect === 'link-authentication-element' }),
      tail: jsonScript('checkout-config', pageConfig(ctx, setupIntent, email, absoluteUrl(req, RETURN_PATH))),
      scripts: [ctx.backend.stripeJsUrl, '/assets/save-payment-method.js', ...(ctx.faults.has('script-over-http') ? [insecureAnalyticsUrl(req)] : [])],
    });
  });
  return router;
}
