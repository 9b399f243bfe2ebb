/** What is under test: the checkout, the Stripe it talks to, and how to drive it. */
// Playwright's `expect`, for adapter steps in a config file kept where `@playwright/test` does not resolve.
export { expect } from '@playwright/test';
export { resolveTarget, targetAccount, TargetError, referenceCheckoutUrl, defaultEmulatorUrl } from './resolve.ts';
export { loadHarnessConfig, defineHarnessConfig, validateHarnessConfig, configFileName } from './config-file.ts';
export { referenceCheckoutAdapter } from './reference-adapter.ts';
export { defaultCheckoutAdapter } from './default-adapter.ts';
export { chargeLaterHook, laterChargeAnswer } from './charge-later-hook.ts';
export { routeStripeToEmulator, unrouteStripe, stripeBrowserOrigins } from './stripe-routes.ts';
export { browserModels, browserModelLaunchArgs, browserModelLaunchOptions, browserModelTag } from './browser-models.ts';
export { findChromium, chromiumLaunchArgs, chromiumLaunchOptions, chromiumProjectUse, headedRun, ChromiumNotFoundError } from './chromium.ts';
export type {
  Target,
  Backend,
  CheckoutUnderTest,
  CheckoutAdapter,
  HarnessConfig,
  ShopperDetails,
  SetupOutcomeShown,
  BrowserModel,
  LaterCharge,
  LaterChargeAnswer,
  LaterChargeAttempt,
  ChargeRecordShown,
} from './glossary.ts';
