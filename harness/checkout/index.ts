// The reference checkout: a small shop's account area that follows Stripe's "Set up future Link
// payments" guide, with named faults for the suite's self-test. See README "Reference checkout".
export { createCheckoutApp, buildCheckout } from './app.ts';
export type { CheckoutOptions } from './app.ts';
export { startCheckout, CheckoutStartError } from './start-checkout.ts';
export type { StartCheckoutOptions, RunningCheckout } from './start-checkout.ts';
export type { TlsCertificate } from './https-certificate.ts';
export { serveReferenceCheckout, emulatorAnswers } from './serve.ts';
export { registerWebhook } from './register-webhook.ts';
export type { ServeOptions, ServedCheckout, ServedEmulator } from './serve.ts';
export { serveBanner } from './banner.ts';
export {
  emulatorBackend,
  stripeTestModeBackend,
  stripeBackendFromEnv,
  refuseLiveKeys,
  LiveKeyError,
  StripeKeysError,
  referenceCheckoutAccount,
} from './stripe-backend.ts';
export type { StripeBackend } from './stripe-backend.ts';
export { faultCatalogue, parseFaults, isFaultName, UnknownFaultError } from './faults.ts';
export type { FaultName, FaultSpec, Faults } from './faults.ts';
export { defaultSettings, settingsFromEnv, settingsFromOptions, emailModes, paymentMethodsModes, SettingError } from './settings.ts';
export type { CheckoutSettings, EmailMode, PaymentMethodsMode } from './settings.ts';
export { PERSISTENT_TOKEN_COOKIE, SHOP_SESSION_COOKIE, PERSISTENT_TOKEN_COOKIE_MAX_AGE_MS } from './cookies.ts';
export type { ChargeLaterRequest, ChargeRequestErrorCode } from './charge-request.ts';
export type { ChargeAttempt, ChargeOutcome } from './charge-attempts.ts';
