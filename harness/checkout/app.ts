import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { ChargeAttempts } from './charge-attempts.ts';
import type { CheckoutContext } from './context.ts';
import { noFaults, type FaultName } from './faults.ts';
import { accountChargeRoutes } from './routes/account-charges.ts';
import { accountPageRoutes } from './routes/account.ts';
import { accountRoutes } from './routes/accounts.ts';
import { assetRoutes } from './routes/assets.ts';
import { chargeLaterRoutes } from './routes/charge-later.ts';
import { healthRoutes } from './routes/health.ts';
import { homeRoutes } from './routes/home.ts';
import { paymentMethodReturnRoutes } from './routes/payment-method-return.ts';
import { privacyRoutes } from './routes/privacy.ts';
import { savePaymentMethodRoutes } from './routes/save-payment-method.ts';
import { webhookRoutes } from './routes/webhook.ts';
import { sendMessage } from './routes/send-page.ts';
import { defaultSettings, type CheckoutSettings } from './settings.ts';
import { loadShopper } from './shopper-session.ts';
import { Shoppers } from './shoppers.ts';
import { refuseLiveKeys, type StripeBackend } from './stripe-backend.ts';

/** How to build a checkout. */
export interface CheckoutOptions {
  /** The Stripe it talks to: emulatorBackend(…) or stripeTestModeBackend(…). */
  backend: StripeBackend;
  /** Named faults to switch on (see faults.ts); none by default. */
  faults?: Iterable<FaultName>;
  settings?: Partial<CheckoutSettings>;
  /** The signing secret of the webhook endpoint that delivers to `/webhook` (STRIPE_WEBHOOK_SECRET). */
  webhookSecret?: string;
  /** Where a request that failed with a 500 is reported; the console by default. */
  logError?: (message: string, err: unknown) => void;
}

const consoleError = (message: string, err: unknown) => console.error(message, err);

/**
 * The reference checkout as an Express app, and the state behind it. Refuses live keys (SAFE-01)
 * by throwing LiveKeyError.
 *
 * @example
 * const { app } = buildCheckout({ backend: emulatorBackend({ emulatorUrl: emulator.url }) });
 */
export function buildCheckout({ backend, faults, settings, webhookSecret, logError = consoleError }: CheckoutOptions): {
  app: Express;
  context: CheckoutContext;
} {
  const faultSet = faults ? new Set(faults) : noFaults;
  refuseLiveKeys(backend);
  const ctx: CheckoutContext = {
    backend,
    faults: faultSet,
    settings: { ...defaultSettings, ...settings },
    shoppers: new Shoppers(),
    attempts: new ChargeAttempts(),
    webhookSecret,
  };

  const app = express();
  app.disable('x-powered-by');
  app.use((_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'same-origin');
    next();
  });
  // Before anything reads the body: the signature covers the raw bytes.
  app.use(webhookRoutes(ctx));
  app.use(assetRoutes(), healthRoutes(ctx), loadShopper(ctx));
  app.use(homeRoutes(ctx), accountRoutes(ctx), accountPageRoutes(ctx), savePaymentMethodRoutes(ctx), paymentMethodReturnRoutes(ctx));
  app.use(chargeLaterRoutes(ctx), accountChargeRoutes(ctx), privacyRoutes(ctx));
  app.use((req, res) => sendMessage(res, ctx, 404, 'Page not found', `There is no page at ${req.path}.`, { href: '/', text: 'Go to the shop' }));
  app.use((err: unknown, req: Request, res: Response, _next: NextFunction) => {
    logError(`link-harness checkout: ${req.method} ${req.path} failed:`, err);
    if (res.headersSent) return;
    const message = err instanceof Error ? err.message : String(err);
    if (req.path === '/charge-later') return void res.status(500).json({ error: { type: 'api_error', message: `The checkout failed: ${message}` } });
    sendMessage(res, ctx, 500, 'Something went wrong', 'The shop could not finish this request. Please try again in a moment.');
  });
  return { app, context: ctx };
}

/**
 * The reference checkout as an Express app, to mount or to listen with.
 *
 * @example
 * const app = createCheckoutApp({ backend: emulatorBackend({ emulatorUrl: 'http://127.0.0.1:12111' }), faults: ['no-cookie'] });
 * app.listen(4242);
 */
export function createCheckoutApp(options: CheckoutOptions): Express {
  return buildCheckout(options).app;
}
