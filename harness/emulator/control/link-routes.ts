import express, { type Response, type Router } from 'express';
import type { EmulatorState } from './emulator-state.ts';
import { linkAccountJson, seedLinkAccount } from '../domain/link/index.ts';
import { StripeApiError } from '../core/errors.ts';
import { accountKeyOf } from './account-key.ts';

const badKey = (res: Response, key: string) =>
  void res.status(400).json({ error: { type: 'invalid_request_error', message: `Not a test-mode key: ${key}. Pass sk_test_<x>, pk_test_<x> or <x>.` } });

/**
 * `POST /_harness/accounts/:key/link-accounts` seeds a returning Link shopper (JSON
 * `{email, fundingSources?, phone?, locked?}`; 201 when new, 200 when it replaced one, which
 * also logs the old one's sessions out). `GET` on the same path lists the account's Link accounts.
 *
 * @example
 * await fetch(`${emulator.url}/_harness/accounts/sk_test_shop/link-accounts`, {
 *   method: 'POST', headers: { 'content-type': 'application/json' },
 *   body: JSON.stringify({ email: 'returning@example.com', fundingSources: [{ type: 'card', number: '4000002500003155' }] }),
 * });
 */
export function linkRoutes(state: EmulatorState): Router {
  const router = express.Router();
  router.post('/accounts/:key/link-accounts', (req, res) => {
    const accountKey = accountKeyOf(req.params.key);
    if (!accountKey) return badKey(res, req.params.key);
    if (!req.is('application/json'))
      return void res.status(400).json({
        error: {
          type: 'invalid_request_error',
          message: 'Send the Link account as JSON (content-type: application/json), e.g. {"email":"shopper@example.com"}.',
        },
      });
    try {
      const { linkAccount, replaced } = seedLinkAccount(state.accounts.get(accountKey).link, req.body);
      res.status(replaced ? 200 : 201).json(linkAccountJson(linkAccount));
    } catch (err) {
      if (!(err instanceof StripeApiError)) throw err;
      res.status(err.status).json({ error: err.body });
    }
  });
  router.get('/accounts/:key/link-accounts', (req, res) => {
    const accountKey = accountKeyOf(req.params.key);
    if (!accountKey) return badKey(res, req.params.key);
    res.json({ object: 'list', data: state.accounts.get(accountKey).link.list().map(linkAccountJson) });
  });
  return router;
}
