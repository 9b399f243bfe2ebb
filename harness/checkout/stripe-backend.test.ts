import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { createCheckoutApp } from './app.ts';
import { emulatorBackend, LiveKeyError, refuseLiveKeys, stripeBackendFromEnv, StripeKeysError } from './stripe-backend.ts';

const emulatorUrl = 'http://127.0.0.1:12111';

describe('Stripe backends and key safety (SAFE-01)', () => {
  it('uses the emulator with a test key and its publishable twin by default', () => {
    const backend = emulatorBackend({ emulatorUrl });
    expect(backend).toMatchObject({
      kind: 'emulator',
      secretKey: 'sk_test_reference_checkout',
      publishableKey: 'pk_test_reference_checkout',
      stripeJsUrl: `${emulatorUrl}/v3`,
      emulatorUrl,
    });
    expect(backend.stripe).toBeInstanceOf(Stripe);
  });

  it('refuses live keys at start, for the emulator and for real Stripe alike', () => {
    for (const secretKey of ['sk_live_abc', 'rk_live_abc']) {
      expect(() => createCheckoutApp({ backend: emulatorBackend({ emulatorUrl, secretKey }) })).toThrow(LiveKeyError);
    }
    expect(() => refuseLiveKeys({ secretKey: 'sk_test_a', publishableKey: 'pk_live_a' })).toThrow(LiveKeyError);
    expect(() => refuseLiveKeys({ secretKey: 'sk_test_a', publishableKey: 'pk_test_a' })).not.toThrow();
  });

  it('the refusal names the key by its prefix only and says what to do', () => {
    const refusal = (() => {
      try {
        refuseLiveKeys({ secretKey: 'sk_live_0123456789abcdef', publishableKey: 'pk_test_x' });
      } catch (err) {
        return err as Error;
      }
    })();
    expect(refusal).toBeInstanceOf(LiveKeyError);
    expect(refusal!.message).not.toContain('0123456789abcdef');
    expect(refusal!.message).toContain('sk_live_…');
    expect(refusal!.message).toContain('STRIPE_SECRET_KEY');
  });

  it('no fault lifts the refusal (the live-publishable-key fault is about the page, not the start)', () => {
    expect(() => createCheckoutApp({ backend: emulatorBackend({ emulatorUrl, secretKey: 'sk_live_abc' }), faults: ['live-publishable-key'] })).toThrow(
      LiveKeyError,
    );
    const live = stripeBackendFromEnv({ STRIPE_SECRET_KEY: 'sk_live_abc', STRIPE_PUBLISHABLE_KEY: 'pk_live_abc' })!;
    expect(() => createCheckoutApp({ backend: live, faults: ['live-publishable-key'] })).toThrow(LiveKeyError);
  });

  it('picks real Stripe test mode only when both keys are set, and checks their kinds', () => {
    expect(stripeBackendFromEnv({})).toBeUndefined();
    expect(stripeBackendFromEnv({ STRIPE_SECRET_KEY: ' ', STRIPE_PUBLISHABLE_KEY: '' })).toBeUndefined();
    const real = stripeBackendFromEnv({ STRIPE_SECRET_KEY: 'sk_test_real', STRIPE_PUBLISHABLE_KEY: 'pk_test_real' });
    expect(real).toMatchObject({ kind: 'stripe-test-mode', publishableKey: 'pk_test_real', stripeJsUrl: 'https://js.stripe.com/v3' });
    expect(real?.emulatorUrl).toBeUndefined();
    expect(stripeBackendFromEnv({ STRIPE_SECRET_KEY: 'rk_test_real', STRIPE_PUBLISHABLE_KEY: 'pk_test_real' })?.kind).toBe('stripe-test-mode');
    expect(() => stripeBackendFromEnv({ STRIPE_SECRET_KEY: 'sk_test_real' })).toThrow(StripeKeysError);
    expect(() => stripeBackendFromEnv({ STRIPE_PUBLISHABLE_KEY: 'pk_test_real' })).toThrow(StripeKeysError);
    expect(() => stripeBackendFromEnv({ STRIPE_SECRET_KEY: 'pk_test_real', STRIPE_PUBLISHABLE_KEY: 'pk_test_real' })).toThrow(StripeKeysError);
    expect(() => stripeBackendFromEnv({ STRIPE_SECRET_KEY: 'sk_test_real', STRIPE_PUBLISHABLE_KEY: 'sk_test_real' })).toThrow(StripeKeysError);
  });
});
