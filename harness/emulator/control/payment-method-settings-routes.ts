import express, { type Response, type Router } from 'express';
import type { EmulatorState } from './emulator-state.ts';
import { accountKeyOf } from './account-key.ts';

const badRequest = (res: Response, message: string) => void res.status(400).json({ error: { type: 'invalid_request_error', message } });

/**
 * An account's payment method settings, as its Dashboard has them: `GET` and `POST
 * /_harness/accounts/:key/payment-method-settings` (JSON `{link: boolean}`). With Link off,
 * intents on automatic payment methods offer the card form alone.
 *
 * @example
 * await fetch(`${emulator.url}/_harness/accounts/sk_test_shop/payment-method-settings`, {
 *   method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ link: false }),
 * });
 */
export function paymentMethodSettingsRoutes(state: EmulatorState): Router {
  const router = express.Router();
  const path = '/accounts/:key/payment-method-settings';
  router.get(path, (req, res) => {
    const accountKey = accountKeyOf(req.params.key);
    if (!accountKey) return badRequest(res, `Not a test-mode key: ${req.params.key}. Pass sk_test_<x>, pk_test_<x> or <x>.`);
    res.json(state.accounts.get(accountKey).paymentMethodSettings);
  });
  router.post(path, (req, res) => {
    const accountKey = accountKeyOf(req.params.key);
    if (!accountKey) return badRequest(res, `Not a test-mode key: ${req.params.key}. Pass sk_test_<x>, pk_test_<x> or <x>.`);
    const body: unknown = req.body;
    if (!req.is('application/json') || typeof body !== 'object' || body === null || Array.isArray(body))
      return badRequest(res, 'Send the settings as a JSON object (content-type: application/json), e.g. {"link": false}.');
    const unknown = Object.keys(body).filter((k) => k !== 'link');
    if (unknown.length > 0) return badRequest(res, `Unknown payment method setting(s) ${unknown.join(', ')}; known: link.`);
    const { link } = body as { link?: unknown };
    if (link !== undefined && typeof link !== 'boolean') return badRequest(res, `link must be true or false, got ${JSON.stringify(link)}.`);
    const settings = state.accounts.get(accountKey).paymentMethodSettings;
    if (link !== undefined) settings.link = link;
    res.json(settings);
  });
  return router;
}
