import { describe, expect, it } from 'vitest';
import { defaultSettings, SettingError, settingsForVisit, settingsFromEnv, settingsFromOptions } from './settings.ts';

describe('settings', () => {
  it('reads the environment over the defaults, and refuses unknown values', () => {
    expect(settingsFromEnv({})).toEqual(defaultSettings);
    expect(settingsFromEnv({ LINK_HARNESS_EMAIL_MODE: 'prefill', LINK_HARNESS_PAYMENT_METHODS: 'automatic' })).toEqual({
      emailMode: 'prefill',
      paymentMethods: 'automatic',
    });
    expect(() => settingsFromEnv({ LINK_HARNESS_EMAIL_MODE: 'sometimes' })).toThrow(SettingError);
  });

  it('options override the environment', () => {
    expect(settingsFromOptions({ emailMode: 'prefill', paymentMethods: 'automatic' }, { paymentMethods: 'link-and-card' })).toEqual({
      emailMode: 'prefill',
      paymentMethods: 'link-and-card',
    });
    expect(() => settingsFromOptions(defaultSettings, { emailMode: 'x' })).toThrow(SettingError);
  });

  it("a visit's query picks the other choice, and ignores what it does not know", () => {
    expect(settingsForVisit(defaultSettings, { 'email-mode': 'prefill', 'payment-methods': 'automatic' })).toEqual({
      emailMode: 'prefill',
      paymentMethods: 'automatic',
    });
    expect(settingsForVisit(defaultSettings, { 'email-mode': ['prefill'], 'payment-methods': 'nope' })).toEqual(defaultSettings);
  });
});
