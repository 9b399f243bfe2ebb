import Stripe from 'stripe';
import { afterAll, beforeAll } from 'vitest';
import { randomToken } from './core/ids.ts';
import { startEmulator, type RunningEmulator, type StartOptions } from './server.ts';

/** A test's handle on one emulator: fresh isolated accounts and raw HTTP helpers. */
export interface EmulatorFixture {
  readonly emulator: RunningEmulator;
  /** A stripe-node client on a new, empty account (`sk_test_<random>`). */
  stripe(accountKey?: string): Stripe;
  /** A new account key suffix; `sk_test_${key}` and `pk_test_${key}` reach the same account. */
  newAccountKey(): string;
  /** A raw form-encoded request, for what stripe-node would not send. */
  raw(
    method: string,
    path: string,
    opts?: { key?: string; body?: string; headers?: Record<string, string> },
  ): Promise<{ status: number; headers: Headers; body: any }>;
}

/**
 * Starts one emulator for the test file on a free port and stops it afterwards.
 *
 * @example
 * const em = useEmulator();
 * it('creates a customer', async () => { await em.stripe().customers.create({}); });
 */
export function useEmulator(options: Omit<StartOptions, 'port'> = {}): EmulatorFixture {
  let emulator: RunningEmulator | undefined;
  beforeAll(async () => {
    emulator = await startEmulator({ ...options, port: 0 });
  });
  afterAll(async () => {
    await emulator?.close();
  });
  const running = () => {
    if (!emulator) throw new Error('useEmulator: the emulator is not started yet (use it inside a test)');
    return emulator;
  };
  return {
    get emulator() {
      return running();
    },
    newAccountKey: () => `t${randomToken(12)}`,
    stripe(accountKey = `t${randomToken(12)}`) {
      const em = running();
      return new Stripe(`sk_test_${accountKey}`, { host: '127.0.0.1', port: em.port, protocol: 'http', maxNetworkRetries: 0, telemetry: false });
    },
    async raw(method, path, opts = {}) {
      const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', ...opts.headers };
      if (opts.key) headers.authorization = `Bearer ${opts.key}`;
      const res = await fetch(`${running().url}${path}`, { method, headers, ...(opts.body !== undefined ? { body: opts.body } : {}) });
      const text = await res.text();
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // not JSON: keep the text so the assertion shows it
      }
      return { status: res.status, headers: res.headers, body };
    },
  };
}
