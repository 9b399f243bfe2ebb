import { describe, expect, it } from 'vitest';
import { identifyKey, keyFromAuthorization } from './auth.ts';

describe('identifyKey', () => {
  it('maps a secret and a publishable key of the same suffix to one account', () => {
    expect(identifyKey('sk_test_shop1')).toEqual({ accountKey: 'shop1', kind: 'secret', key: 'sk_test_shop1' });
    expect(identifyKey('pk_test_shop1')).toMatchObject({ accountKey: 'shop1', kind: 'publishable' });
  });

  it('refuses live keys with 401 livemode_mismatch', () => {
    for (const key of ['sk_live_abc123', 'pk_live_abc123', 'rk_live_abc123']) {
      expect(() => identifyKey(key)).toThrowError(
        expect.objectContaining({ status: 401, body: expect.objectContaining({ code: 'livemode_mismatch' }) }) as Error,
      );
    }
  });

  it('takes restricted keys as server keys, and Dashboard keys of one account as one account', () => {
    expect(identifyKey('rk_test_shop1')).toEqual({ accountKey: 'shop1', kind: 'secret', key: 'rk_test_shop1' });
    const tail = 'aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789';
    expect(identifyKey(`pk_test_51HqLyjAbCdEfGhIj${tail}`)).toMatchObject({ accountKey: '51HqLyjAbCdEfGhIj', kind: 'publishable' });
    expect(identifyKey(`sk_test_51HqLyjAbCdEfGhIj${tail.split('').reverse().join('')}`)).toMatchObject({ accountKey: '51HqLyjAbCdEfGhIj', kind: 'secret' });
  });

  it("answers Stripe's 401 for missing and malformed keys", () => {
    for (const key of [undefined, '', 'hello', 'sk_test_', 'xk_test_abc', 'sk_test_a b']) {
      expect(() => identifyKey(key)).toThrowError(expect.objectContaining({ status: 401 }) as Error);
    }
  });
});

describe('keyFromAuthorization', () => {
  it('reads Bearer and Basic auth', () => {
    expect(keyFromAuthorization('Bearer sk_test_x')).toBe('sk_test_x');
    expect(keyFromAuthorization(`Basic ${Buffer.from('sk_test_y:').toString('base64')}`)).toBe('sk_test_y');
    expect(keyFromAuthorization(undefined)).toBeUndefined();
  });
});
