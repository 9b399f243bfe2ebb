/**
 * What the integration did, read back: the emulator's request log and objects, or Stripe's API in
 * live test mode. Scenarios get an {@link Inspector} from the `inspector` fixture.
 */
export { EmulatorInspector } from './emulator-inspector.ts';
export type { EmulatorInspectorOptions } from './emulator-inspector.ts';
export { LiveInspector } from './live-inspector.ts';
export type { LiveInspectorOptions } from './live-inspector.ts';
export { secretKeyLeaks, setupIntentLeaks } from './leaks.ts';
export type { KnownSetupIntent } from './leaks.ts';
export { BrowserTraffic } from './browser-traffic.ts';
export { matchCalls, pathPattern } from './call-filter.ts';
export { InspectionUnavailableError } from './glossary.ts';
export type {
  Inspector,
  InspectorMode,
  InspectorCapabilities,
  StripeCall,
  CallFilter,
  ShopperScope,
  PageLeak,
  InspectedSetupIntent,
  BrowserTrail,
  BrowserStripeRequest,
  MainFrameNavigation,
  HandledSetupIntent,
  SetupIntentConfirm,
} from './glossary.ts';
