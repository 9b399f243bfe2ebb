import express, { type Router } from 'express';
import type { WebhookDeliveryAttempt } from '../domain/webhook-deliveries.ts';
import type { EmulatorState } from './emulator-state.ts';
import { accountKeyOf } from './account-key.ts';
import { pageOfLog } from './request-log-page.ts';

/**
 * `GET /_harness/webhook-deliveries?account=<key>&event=<evt_…>&webhook_endpoint=<we_…>&limit=<n>&starting_after=<id>`:
 * every attempt to deliver an event to a webhook endpoint (event, endpoint, attempt number,
 * status code or error, time), oldest first, in Stripe's list shape, paged like `/_harness/requests`.
 */
export function webhookDeliveryRoutes(state: EmulatorState): Router {
  const router = express.Router();
  const refuse = (res: express.Response, message: string) => void res.status(400).json({ error: { type: 'invalid_request_error', message } });
  router.get('/webhook-deliveries', (req, res) => {
    const text = (name: string) => (typeof req.query[name] === 'string' ? (req.query[name] as string) : undefined);
    const accountParam = text('account');
    const accountKey = accountParam === undefined ? undefined : accountKeyOf(accountParam);
    if (accountParam !== undefined && accountKey === undefined) return refuse(res, `Not a test-mode key: ${accountParam}.`);
    const accounts = accountKey === undefined ? state.accounts.all() : [state.accounts.find(accountKey)].filter((a) => a !== undefined);
    const event = text('event');
    const endpoint = text('webhook_endpoint');
    const attempts: WebhookDeliveryAttempt[] = accounts
      .flatMap((a) => a.webhookDeliveries)
      .filter((d) => (event === undefined || d.event === event) && (endpoint === undefined || d.webhook_endpoint === endpoint))
      .sort((a, b) => a.time - b.time);
    const page = pageOfLog(attempts, { limit: text('limit'), startingAfter: text('starting_after') });
    if ('error' in page) return refuse(res, page.error);
    res.json({ object: 'list', url: '/_harness/webhook-deliveries', has_more: page.hasMore, data: page.data });
  });
  return router;
}
