/**
 * The two integration choices the guide leaves to the merchant, as settings of the checkout.
 * Both can also be picked per visit with a query parameter on the save page
 * (`?email-mode=prefill`, `?payment-methods=automatic`), so one running checkout can show either.
 */
export interface CheckoutSettings {
  /**
   * How the shopper's email reaches Link: the Link Authentication Element (prefilled with the
   * account's email), or only the Payment Element with the email passed in its
   * `defaultValues.billingDetails.email`.
   */
  emailMode: EmailMode;
  /** `payment_method_types: ['link', 'card']`, or automatic payment methods. */
  paymentMethods: PaymentMethodsMode;
}

export const emailModes = ['link-authentication-element', 'prefill'] as const;
export type EmailMode = (typeof emailModes)[number];
export const paymentMethodsModes = ['link-and-card', 'automatic'] as const;
export type PaymentMethodsMode = (typeof paymentMethodsModes)[number];

/** The guide's first choice for both. */
export const defaultSettings: CheckoutSettings = { emailMode: 'link-authentication-element', paymentMethods: 'link-and-card' };

/** Raised for a setting value the checkout does not know. */
export class SettingError extends Error {
  override name = 'SettingError';
}

function pick<T extends string>(what: string, allowed: readonly T[], value: string | undefined): T | undefined {
  if (value === undefined || value === '') return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new SettingError(`link-harness checkout: ${what} must be one of ${allowed.join(', ')}, got '${value}'.`);
}

/**
 * Settings from `LINK_HARNESS_EMAIL_MODE` and `LINK_HARNESS_PAYMENT_METHODS`, over the defaults.
 *
 * @example
 * settingsFromEnv({ LINK_HARNESS_EMAIL_MODE: 'prefill' }) // { emailMode: 'prefill', paymentMethods: 'link-and-card' }
 */
export function settingsFromEnv(env: Record<string, string | undefined>): CheckoutSettings {
  return {
    emailMode: pick('LINK_HARNESS_EMAIL_MODE', emailModes, env.LINK_HARNESS_EMAIL_MODE) ?? defaultSettings.emailMode,
    paymentMethods: pick('LINK_HARNESS_PAYMENT_METHODS', paymentMethodsModes, env.LINK_HARNESS_PAYMENT_METHODS) ?? defaultSettings.paymentMethods,
  };
}

/**
 * The settings for one visit of the save page: its query parameters over the checkout's settings.
 * An unknown value in the query is ignored rather than failing the shopper's page.
 */
export function settingsForVisit(settings: CheckoutSettings, query: Record<string, unknown>): CheckoutSettings {
  const fromQuery = <T extends string>(allowed: readonly T[], value: unknown): T | undefined =>
    typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
  return {
    emailMode: fromQuery(emailModes, query['email-mode']) ?? settings.emailMode,
    paymentMethods: fromQuery(paymentMethodsModes, query['payment-methods']) ?? settings.paymentMethods,
  };
}

/** Settings as `--email-mode` and `--payment-methods` give them (undefined keeps the current value). */
export function settingsFromOptions(base: CheckoutSettings, options: { emailMode?: string; paymentMethods?: string }): CheckoutSettings {
  return {
    emailMode: pick('--email-mode', emailModes, options.emailMode) ?? base.emailMode,
    paymentMethods: pick('--payment-methods', paymentMethodsModes, options.paymentMethods) ?? base.paymentMethods,
  };
}
