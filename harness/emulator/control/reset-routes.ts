import express, { type Router } from 'express';
import type { EmulatorState } from './emulator-state.ts';
import { accountKeyOf } from './account-key.ts';

/** `POST /_harness/reset` (every account) and `POST /_harness/accounts/:key/reset` (one). */
export function resetRoutes(state: EmulatorState): Router {
  const router = express.Router();
  router.post('/reset', (_req, res) => {
    state.accounts.resetAll();
    state.log.clear();
    res.json({ reset: 'all' });
  });
  router.post('/accounts/:key/reset', (req, res) => {
    const account = accountKeyOf(req.params.key);
    if (!account)
      return void res
        .status(400)
        .json({ error: { type: 'invalid_request_error', message: `Not a test-mode key: ${req.params.key}. Pass sk_test_<x>, pk_test_<x> or <x>.` } });
    const existed = state.accounts.reset(account);
    state.log.clear(account);
    res.json({ reset: account, existed });
  });
  return router;
}
