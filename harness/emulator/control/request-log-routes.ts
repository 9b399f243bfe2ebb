import express, { type Router } from 'express';
import type { EmulatorState } from '../server.ts';
import { accountKeyOf } from './account-key.ts';

/**
 * `GET /_harness/requests?account=<key>&since=<ms>`: the request log, oldest first.
 * `GET /_harness/requests/:id`: one entry (the `request_log_url` of Stripe-shaped errors).
 */
export function requestLogRoutes(state: EmulatorState): Router {
  const router = express.Router();
  router.get('/requests', (req, res) => {
    const accountParam = typeof req.query.account === 'string' ? req.query.account : undefined;
    const account = accountParam === undefined ? undefined : accountKeyOf(accountParam);
    if (accountParam !== undefined && account === undefined)
      return void res.status(400).json({ error: { type: 'invalid_request_error', message: `Not a test-mode key: ${accountParam}.` } });
    const since = typeof req.query.since === 'string' ? Number(req.query.since) : undefined;
    if (since !== undefined && !Number.isFinite(since))
      return void res.status(400).json({ error: { type: 'invalid_request_error', message: `since must be milliseconds since the epoch, got ${String(req.query.since)}.` } });
    const data = state.log.list({ ...(account !== undefined ? { account } : {}), ...(since !== undefined ? { since } : {}) });
    res.json({ object: 'list', data });
  });
  router.get('/requests/:id', (req, res) => {
    const entry = state.log.find(req.params.id);
    if (!entry) return void res.status(404).json({ error: { type: 'invalid_request_error', message: `No request ${req.params.id} in the log (it keeps the latest 20000).` } });
    res.json(entry);
  });
  return router;
}
