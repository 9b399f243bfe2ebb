import { describe, expect, it } from 'vitest';
import { checkDeferredConfirm, checkManualCreation, readDeferredIntent, touchesDeferredIntent } from './deferred-intent.ts';
import { IntegrationError } from './integration-error.ts';

const read = (options: Record<string, unknown>) => readDeferredIntent('stripe.elements()', options);

describe('stripe.elements({mode, …}): the deferred intent', () => {
  it('reads the options Stripe.js takes, camelCase or snake_case', () => {
    expect(
      read({
        mode: 'setup',
        currency: 'USD',
        paymentMethodTypes: ['card', 'link'],
        setup_future_usage: 'off_session',
        paymentMethodCreation: 'manual',
        on_behalf_of: 'acct_1',
      }),
    ).toEqual({
      mode: 'setup',
      amount: null,
      currency: 'usd',
      paymentMethodTypes: ['card', 'link'],
      excludedPaymentMethodTypes: null,
      setupFutureUsage: 'off_session',
      captureMethod: null,
      paymentMethodCreation: 'manual',
      paymentMethodConfiguration: null,
      onBehalfOf: 'acct_1',
    });
    expect(read({ mode: 'payment', amount: 1099, currency: 'eur', captureMethod: 'manual' })).toMatchObject({
      mode: 'payment',
      amount: 1099,
      currency: 'eur',
      captureMethod: 'manual',
    });
    expect(read({ mode: 'setup', allowedPaymentMethodTypes: ['link', 'card'], excludedPaymentMethodTypes: ['link'] })).toMatchObject({
      paymentMethodTypes: ['link', 'card'],
      excludedPaymentMethodTypes: ['link'],
    });
    expect(read({ clientSecret: 'seti_1_secret_x' })).toBeNull();
    expect(read({})).toBeNull();
  });

  it('throws IntegrationError for what Stripe.js refuses: no currency or amount for a payment, a bad mode, mode with a client secret', () => {
    expect(() => read({ mode: 'payment', amount: 1099 })).toThrow(IntegrationError);
    expect(() => read({ mode: 'payment', amount: 1099 })).toThrow(/currency/);
    expect(() => read({ mode: 'subscription', currency: 'usd' })).toThrow(/amount/);
    expect(() => read({ mode: 'payment', currency: 'usd', amount: 10.5 })).toThrow(/amount/);
    expect(() => read({ mode: 'refund', currency: 'usd' })).toThrow(/mode/);
    expect(() => read({ mode: 'setup', clientSecret: 'seti_1_secret_x' })).toThrow(/not both/);
    expect(() => read({ mode: 'setup', paymentMethodTypes: [] })).toThrow(/paymentMethodTypes/);
    expect(() => read({ mode: 'setup', paymentMethodCreation: 'auto' })).toThrow(/paymentMethodCreation/);
    expect(read({ mode: 'setup' })?.currency).toBeNull();
  });

  it('knows which elements.update() options change it', () => {
    expect(touchesDeferredIntent({ amount: 500 })).toBe(true);
    expect(touchesDeferredIntent({ allowedPaymentMethodTypes: ['card'] })).toBe(true);
    expect(touchesDeferredIntent({ appearance: { theme: 'night' } })).toBe(false);
  });
});

describe('what confirm and createPaymentMethod check on a deferred-intent group', () => {
  const group = (mode: 'setup' | 'payment', submitted = true, manual = false) => ({
    submitted,
    deferredIntent: read({ mode, currency: 'usd', amount: 100, ...(manual ? { paymentMethodCreation: 'manual' } : {}) }),
    paymentMethodCreation: manual ? 'manual' : undefined,
  });

  it('confirm needs elements.submit() first, and an intent of the kind the mode says', () => {
    expect(() => checkDeferredConfirm('stripe.confirmSetup()', group('setup', false), 'setup')).toThrow(
      /^elements.submit\(\) must be called before confirmSetup\(\)/,
    );
    expect(() => checkDeferredConfirm('stripe.confirmPayment()', group('setup'), 'payment')).toThrow(/mode: 'setup'/);
    expect(() => checkDeferredConfirm('stripe.confirmSetup()', group('setup'), 'setup')).not.toThrow();
  });

  it("createPaymentMethod({elements}) needs paymentMethodCreation: 'manual'", () => {
    expect(() => checkManualCreation('stripe.createPaymentMethod()', group('payment'))).toThrow(IntegrationError);
    expect(() => checkManualCreation('stripe.createPaymentMethod()', group('payment', true, true))).not.toThrow();
    // Stripe.js takes it with a client secret too (intent-first integrations).
    expect(() => checkManualCreation('stripe.createPaymentMethod()', { paymentMethodCreation: 'manual' })).not.toThrow();
  });
});
