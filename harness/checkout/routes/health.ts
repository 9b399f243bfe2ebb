import express, { type Router } from 'express';
import type { CheckoutContext } from '../context.ts';

/** `GET /healthz`: readiness for `webServer` and scripts; says which Stripe the checkout talks to. */
export function healthRoutes(ctx: CheckoutContext): Router {
  const router = express.Router();
  router.get('/healthz', (_req, res) => {
    res.json({ ok: true, backend: ctx.backend.kind, publishable_key: ctx.backend.publishableKey, faults: [...ctx.faults] });
  });
  return router;
}
