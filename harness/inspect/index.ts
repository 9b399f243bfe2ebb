/**
 * What the integration did, read back: the emulator's request log and objects, or Stripe's API in
 * live test mode. Scenarios get an {@link Inspector} from the `inspector` fixture.
 */
export { EmulatorInspector } from './emulator-inspector.ts';
export type { EmulatorInspectorOptions } from './emulator-inspector.ts';
export { LiveInspector } from './live-inspector.ts';
export type { LiveInspectorOptions } from './live-inspector.ts';
export { secretKeyLeaks } from './leaks.ts';
export { matchCalls, pathPattern } from './call-filter.ts';
export { InspectionUnavailableError } from './glossary.ts';
export type { Inspector, InspectorMode, InspectorCapabilities, StripeCall, CallFilter, ShopperScope, PageLeak, InspectedSetupIntent } from './glossary.ts';
