import express, { type Router } from 'express';
import type { EmulatorState } from './emulator-state.ts';
import type { RequestLogFilter } from '../http/request-log.ts';
import { accountKeyOf } from './account-key.ts';
import { pageOfLog } from './request-log-page.ts';

/**
 * `GET /_harness/requests?account=<key>&since=<ms>&path=<path>&method=<verb>&limit=<n>&starting_after=<id>`:
 * the request log, oldest first, in Stripe's list shape. Without `limit` every matching entry the
 * log still holds; with it, pages of at most `limit` (1–100) that `starting_after` continues.
 * `GET /_harness/requests/:id`: one entry (the `request_log_url` of Stripe-shaped errors).
 */
export function requestLogRoutes(state: EmulatorState): Router {
  const router = express.Router();
  const refuse = (res: express.Response, message: string) => void res.status(400).json({ error: { type: 'invalid_request_error', message } });
  router.get('/requests', (req, res) => {
    const text = (name: string) => (typeof req.query[name] === 'string' ? (req.query[name] as string) : undefined);
    const accountParam = text('account');
    const account = accountParam === undefined ? undefined : accountKeyOf(accountParam);
    if (accountParam !== undefined && account === undefined) return refuse(res, `Not a test-mode key: ${accountParam}.`);
    const since = text('since') === undefined ? undefined : Number(text('since'));
    if (since !== undefined && !Number.isFinite(since)) return refuse(res, `since must be milliseconds since the epoch, got ${String(req.query.since)}.`);
    const filter: RequestLogFilter = {};
    if (account !== undefined) filter.account = account;
    if (since !== undefined) filter.since = since;
    const path = text('path');
    if (path !== undefined) filter.path = path;
    const method = text('method');
    if (method !== undefined) filter.method = method;
    const page = pageOfLog(state.log.list(filter), { limit: text('limit'), startingAfter: text('starting_after') });
    if ('error' in page) return refuse(res, page.error);
    res.json({ object: 'list', url: '/_harness/requests', has_more: page.hasMore, data: page.data });
  });
  router.get('/requests/:id', (req, res) => {
    const entry = state.log.find(req.params.id);
    if (!entry)
      return void res
        .status(404)
        .json({ error: { type: 'invalid_request_error', message: `No request ${req.params.id} in the log (it keeps the latest ${state.log.capacity}).` } });
    res.json(entry);
  });
  return router;
}
