import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { signatureHeader } from './signature.ts';
import { parseRetryDelays } from './retry-delays.ts';

const sdk = new Stripe('sk_test_x');

describe('signatureHeader', () => {
  it('matches the header stripe-node generates for the same payload, secret and time, and verifies', () => {
    const payload = JSON.stringify({ id: 'evt_1', object: 'event', note: 'ünïcödé' }, null, 2);
    const header = signatureHeader(payload, 'whsec_test', 1_700_000_000);
    expect(header).toBe(sdk.webhooks.generateTestHeaderString({ payload, secret: 'whsec_test', timestamp: 1_700_000_000 }));
    const now = Math.floor(Date.now() / 1000);
    expect(sdk.webhooks.constructEvent(payload, signatureHeader(payload, 'whsec_test', now), 'whsec_test')).toMatchObject({ id: 'evt_1' });
    expect(() => sdk.webhooks.constructEvent(`${payload} `, signatureHeader(payload, 'whsec_test', now), 'whsec_test')).toThrow();
  });
});

describe('parseRetryDelays', () => {
  it('reads ms, s and m, bare milliseconds, and none', () => {
    expect(parseRetryDelays('500ms, 2s,1m,250')).toEqual([500, 2000, 60000, 250]);
    expect(parseRetryDelays('none')).toEqual([]);
    expect(parseRetryDelays('')).toEqual([]);
  });

  it('refuses what is not a delay, a delay over a day, and more than 20 retries', () => {
    for (const bad of ['1h', '-1s', '1.5s', 'soon', '1s,,2s', '25m'.replace('25m', '1441m'), Array(21).fill('1s').join(',')])
      expect(parseRetryDelays(bad), bad).toHaveProperty('error');
  });
});
