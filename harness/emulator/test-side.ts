/**
 * What a test process needs of the emulator without starting one: the account a test key names,
 * and the header the harness's browser routes add. Importing index.ts instead loads the whole
 * emulator (Express, stripe-node, esbuild): about a second more for every Playwright worker.
 */
export { testAccountOf } from './http/account-keys.ts';
export { stripeOriginsHeader } from './core/stripe-origins-header.ts';
