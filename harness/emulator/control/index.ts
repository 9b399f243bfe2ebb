import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import type { EmulatorState } from './emulator-state.ts';
import { requestLogRoutes } from './request-log-routes.ts';
import { resetRoutes } from './reset-routes.ts';
import { linkRoutes } from './link-routes.ts';
import { paymentMethodSettingsRoutes } from './payment-method-settings-routes.ts';
import { webhookDeliveryRoutes } from './webhook-delivery-routes.ts';

/**
 * The control API under `/_harness` (not Stripe's): reset accounts, seed Link accounts, set an
 * account's payment method settings, read the request log. JSON in, JSON out.
 */
export function controlApi(state: EmulatorState): Router {
  const router = express.Router();
  router.use(express.json({ limit: '1mb' }));
  router.get('/health', (_req, res) => {
    res.json({ ok: true, accounts: state.accounts.size });
  });
  router.use(resetRoutes(state));
  router.use(requestLogRoutes(state));
  router.use(linkRoutes(state));
  router.use(paymentMethodSettingsRoutes(state));
  router.use(webhookDeliveryRoutes(state));
  router.use((req, res) => {
    res.status(404).json({ error: { type: 'invalid_request_error', message: `Unknown control API route ${req.method} /_harness${req.path}.` } });
  });
  router.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const status = (err as { status?: number }).status;
    if (status !== undefined && status >= 400 && status < 500)
      return void res
        .status(status)
        .json({ error: { type: 'invalid_request_error', message: `The control API takes JSON bodies: ${(err as Error).message}.` } });
    console.error('link-harness emulator: control API fault', err);
    res.status(500).json({ error: { type: 'api_error', message: `link-harness control API fault: ${(err as Error)?.message ?? String(err)}` } });
  });
  return router;
}
