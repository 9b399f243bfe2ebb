import express, { type Router } from 'express';
import type { EmulatorState } from '../server.ts';
import { requestLogRoutes } from './request-log-routes.ts';
import { resetRoutes } from './reset-routes.ts';
import { linkRoutes } from './link-routes.ts';

/**
 * The control API under `/_harness` (not Stripe's): reset accounts, seed Link accounts, read the
 * request log. JSON in, JSON out.
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
  router.use((req, res) => {
    res.status(404).json({ error: { type: 'invalid_request_error', message: `Unknown control API route ${req.method} /_harness${req.path}.` } });
  });
  return router;
}
