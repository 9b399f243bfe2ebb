import { describe, expect, it } from 'vitest';
import { accountPartOf, parseKey, testAccountOf } from './account-keys.ts';

/** An account part as Stripe's Dashboard issues it, and three keys of that account with tails of their own. */
const account = '51HqLyjAbCdEfGhIj';
const publishable = `pk_test_${account}00aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQR`;
const secret = `sk_test_${account}9ZyXwVuTsRqPoNmLkJiHgFeDcBa9876543210zyxwvutsrqponmlkjihgfedcbaZYXWVUTSRQPONM`;
const restricted = `rk_test_${account}Qm1Wn2Er3Ty4Ui5Op6As7Df8Gh9Jk0LzXcVbNm1234567890qwertyuiopasdfghj`;

describe('account keys', () => {
  it("maps an account's Dashboard keys, publishable, secret and restricted, to one account", () => {
    expect([publishable, secret, restricted].map((k) => parseKey(k))).toEqual([
      { mode: 'test', kind: 'publishable', accountKey: account },
      { mode: 'test', kind: 'secret', accountKey: account },
      { mode: 'test', kind: 'restricted', accountKey: account },
    ]);
    expect(parseKey(`sk_live_${secret.slice(8)}`)).toEqual({ mode: 'live', kind: 'secret', accountKey: account });
  });

  it("keeps the emulator's own keys: the whole suffix is the account, and a bare account part is the Dashboard keys' account", () => {
    expect(parseKey('sk_test_myshop')).toEqual({ mode: 'test', kind: 'secret', accountKey: 'myshop' });
    expect(parseKey('pk_test_reference_checkout')?.accountKey).toBe('reference_checkout');
    expect(accountPartOf(account)).toBe(account);
    expect(testAccountOf(`sk_test_${account}`)).toBe(account);
    expect(testAccountOf(account)).toBe(account);
  });

  it('reads sk_test_, pk_test_, rk_test_ and bare names as test accounts, and nothing live or malformed', () => {
    expect([testAccountOf('sk_test_a'), testAccountOf('pk_test_a'), testAccountOf('rk_test_a'), testAccountOf('a')]).toEqual(['a', 'a', 'a', 'a']);
    for (const key of ['sk_live_a', 'pk_live_a', 'rk_live_a', 'sk_test_a b', '', undefined]) expect(testAccountOf(key)).toBeUndefined();
    for (const key of ['hello world', 'xk_test_a', 'sk_test_']) expect(parseKey(key)).toBeUndefined();
  });
});
