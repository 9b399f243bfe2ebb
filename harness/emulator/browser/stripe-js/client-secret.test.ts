import { describe, expect, it } from 'vitest';
import { intentKindOf, parseClientSecret, requireClientSecret } from './client-secret.ts';
import { IntegrationError } from './integration-error.ts';
import { checkPublishableKey } from './keys.ts';
import { stripeVersion } from './version.ts';

describe('client secrets', () => {
  it('tells SetupIntents from PaymentIntents by prefix and finds the intent id', () => {
    expect(parseClientSecret('seti_1Abc_secret_XyZ9')).toEqual({ clientSecret: 'seti_1Abc_secret_XyZ9', intentId: 'seti_1Abc', kind: 'setup' });
    expect(parseClientSecret('pi_1Abc_secret_XyZ9')).toMatchObject({ intentId: 'pi_1Abc', kind: 'payment' });
    for (const bad of ['seti_1Abc', 'cus_1_secret_x', 'seti_1Abc_secret_', '', 42, null, undefined]) expect(parseClientSecret(bad)).toBeUndefined();
  });

  it('throws an IntegrationError for a missing or mismatched secret', () => {
    expect(() => requireClientSecret('stripe.confirmSetup()', undefined, 'setup')).toThrow(IntegrationError);
    expect(() => requireClientSecret('stripe.confirmSetup()', 'pi_1_secret_x', 'setup')).toThrow(/confirmPayment/);
    expect(requireClientSecret('stripe.confirmSetup()', 'seti_1_secret_x', 'setup').intentId).toBe('seti_1');
  });

  it('gives an Elements group its intent kind from the secret, or from mode', () => {
    expect(intentKindOf({ clientSecret: 'seti_1_secret_x' })).toBe('setup');
    expect(intentKindOf({ clientSecret: 'pi_1_secret_x' })).toBe('payment');
    expect(intentKindOf({ mode: 'setup' })).toBe('setup');
    expect(intentKindOf({ mode: 'subscription' })).toBe('payment');
    expect(intentKindOf({})).toBeNull();
  });
});

describe('Stripe(key)', () => {
  it('takes test publishable keys and refuses live, secret and malformed ones', () => {
    expect(checkPublishableKey('pk_test_shop_1')).toBe('pk_test_shop_1');
    expect(() => checkPublishableKey('pk_live_abc')).toThrow(/test-mode only/);
    expect(() => checkPublishableKey('sk_test_abc')).toThrow(/secret key/);
    expect(() => checkPublishableKey('pk_test_')).toThrow(IntegrationError);
    expect(() => checkPublishableKey(undefined)).toThrow(IntegrationError);
    expect(() => checkPublishableKey('nonsense')).toThrow(IntegrationError);
  });

  it('reports Stripe.version as @stripe/stripe-js reads it: the number 3 for /v3, else the train', () => {
    expect(stripeVersion('3')).toBe(3);
    expect(stripeVersion('endive')).toBe('endive');
  });
});
