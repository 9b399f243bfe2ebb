import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../testing.ts';
import { checkApiVersion } from './api-version.ts';

const em = useEmulator();
const latest = '2026-10-28.endive';

describe('Stripe-Version', () => {
  it("takes a released version's date, with its train and beta headers, up to the emulator's own", () => {
    for (const version of [
      undefined,
      '2011-01-01',
      '2020-08-27',
      '2024-06-20',
      '2026-10-28',
      '2026-10-28.endive',
      '2025-03-31.basil',
      '2023-10-16; embedded_checkout_beta=v1',
    ])
      expect(() => checkApiVersion(version, latest)).not.toThrow();
  });

  it("answers Stripe's 400 for a malformed, impossible or later version", () => {
    for (const version of ['2019-2-19', '2019-02-19, 2019-12-03', 'latest', '2026-02-30', '2026-10-29', '2099-01-01.zebra', '2010-12-31', ''])
      expect(() => checkApiVersion(version, latest)).toThrowError(
        expect.objectContaining({ status: 400, body: { type: 'invalid_request_error', message: `Invalid Stripe API version: ${version}` } }) as Error,
      );
  });

  it('through the API: stripe-node pinned to an older version works, an unknown one gets StripeInvalidRequestError', async () => {
    const key = `sk_test_${em.newAccountKey()}`;
    const settings = { host: '127.0.0.1', port: em.emulator.port, protocol: 'http' as const, maxNetworkRetries: 0 };
    const older = new Stripe(key, { ...settings, apiVersion: '2024-06-20' as Stripe.LatestApiVersion });
    expect((await older.customers.create({})).object).toBe('customer');
    const unknown = new Stripe(key, { ...settings, apiVersion: '2099-01-01' as Stripe.LatestApiVersion });
    await expect(unknown.customers.list()).rejects.toMatchObject({
      type: 'StripeInvalidRequestError',
      statusCode: 400,
      message: 'Invalid Stripe API version: 2099-01-01',
    });
  });
});
