import express, { type Router } from 'express';
import type { CheckoutContext } from '../context.ts';
import { privacyPage } from '../views/privacy-page.ts';
import { sendPage } from './send-page.ts';

/** `GET /privacy`: what the shop tells shoppers about Stripe's and Link's cookies (PRIV-01). */
export function privacyRoutes(ctx: CheckoutContext): Router {
  const router = express.Router();
  if (ctx.faults.has('no-privacy-page')) return router;
  router.get('/privacy', (_req, res) => sendPage(res, ctx, { title: 'Privacy and cookies', body: privacyPage() }));
  return router;
}
