export { startEmulator, createEmulatorApp, EmulatorStartError } from './server.ts';
export type { RunningEmulator, StartOptions, EmulatorState } from './server.ts';
export type { RequestLogEntry } from './http/request-log.ts';
export { DEFAULT_API_VERSION } from './http/serve-endpoints.ts';
export { testCards } from './domain/test-cards.ts';
export type { TestCard, CardOutcome } from './domain/test-cards.ts';
export { testAccountOf, accountPartOf, parseKey } from './http/account-keys.ts';
export type { ParsedKey } from './http/account-keys.ts';
export { stripeOriginsHeader } from './browser-serve/index.ts';
