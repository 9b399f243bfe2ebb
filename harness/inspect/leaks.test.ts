import { describe, expect, it } from 'vitest';
import { secretKeyLeaks } from './leaks.ts';

describe('secretKeyLeaks (SETUP-03)', () => {
  it('finds secret and restricted keys, test or live, and redacts them', () => {
    const leaks = secretKeyLeaks('a sk_test_reference_checkout b rk_live_51Habc c sk_live_xyz9');
    expect(leaks.map((l) => l.kind)).toEqual(['secret-key', 'restricted-key', 'secret-key']);
    expect(leaks[0]!.excerpt).toBe('sk_test_refe…');
    expect(leaks.every((l) => !l.excerpt.includes('checkout'))).toBe(true);
  });

  it('finds a whole SetupIntent or PaymentIntent, in JSON, HTML-escaped or backslash-escaped', () => {
    expect(secretKeyLeaks('<script>{"id":"seti_1","object": "setup_intent","client_secret":"seti_1_secret_x"}</script>').map((l) => l.kind)).toEqual(['setup-intent-object']);
    expect(secretKeyLeaks('<div data-x="{&quot;object&quot;:&quot;setup_intent&quot;}"></div>').map((l) => l.kind)).toEqual(['setup-intent-object']);
    expect(secretKeyLeaks('var s = "{\\"object\\":\\"payment_intent\\"}";').map((l) => l.kind)).toEqual(['payment-intent-object']);
  });

  it('lets through what may reach the browser: publishable keys, client secrets, ids, prose', () => {
    expect(secretKeyLeaks('pk_test_abc seti_123_secret_456 pi_1_secret_2 cus_123 "object":"customer" task_test_ask_test_')).toEqual([]);
  });
});
