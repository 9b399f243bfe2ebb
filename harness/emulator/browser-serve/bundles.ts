import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const API_ORIGIN = '@@LINK_HARNESS_API_ORIGIN@@';
const FRAMES_ORIGIN = '@@LINK_HARNESS_FRAMES_ORIGIN@@';
const HOOKS_ORIGIN = '@@LINK_HARNESS_HOOKS_ORIGIN@@';
const VERSION = '@@LINK_HARNESS_VERSION@@';

/** The origins a bundle calls and frames: Stripe's own (routed by a harness browser), or the emulator's for all three. */
export interface BundleOrigins {
  api: string;
  frames: string;
  hooks: string;
}

/** Stripe's origins, as pages written for Stripe load them (a harness browser routes them to the emulator). */
export const stripeOrigins: BundleOrigins = { api: 'https://api.stripe.com', frames: 'https://js.stripe.com', hooks: 'https://hooks.stripe.com' };

/** The emulator's origin for all three: for a browser that reaches the emulator directly. */
export const emulatorOrigins = (origin: string): BundleOrigins => ({ api: origin, frames: origin, hooks: origin });

/** The browser entry points the emulator serves, by bundle name. */
export const browserEntries = {
  'stripe-js': '../browser/stripe-js/index.ts',
  'link-authentication': '../browser/frames/link-authentication/index.ts',
  payment: '../browser/frames/payment/index.ts',
  card: '../browser/frames/card/index.ts',
  address: '../browser/frames/address/index.ts',
  'express-checkout': '../browser/frames/express-checkout/index.ts',
  inert: '../browser/frames/inert/index.ts',
  'three-ds-2-challenge': '../browser/frames/challenge/index.ts',
  'stripe-challenge-frame': '../browser/frames/challenge-form/index.ts',
} as const;

export type BundleName = keyof typeof browserEntries;

const cache = new Map<BundleName, Promise<string>>();

async function bundle(name: BundleName): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(browserEntries[name], import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: ['chrome100', 'safari15', 'firefox100'],
    minify: false,
    sourcemap: 'inline',
    legalComments: 'none',
    define: {
      __LINK_HARNESS_API_ORIGIN__: JSON.stringify(API_ORIGIN),
      __LINK_HARNESS_FRAMES_ORIGIN__: JSON.stringify(FRAMES_ORIGIN),
      __LINK_HARNESS_HOOKS_ORIGIN__: JSON.stringify(HOOKS_ORIGIN),
      __LINK_HARNESS_VERSION__: JSON.stringify(VERSION),
    },
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error(`link-harness: esbuild produced no output for ${name}`);
  return file.text;
}

/**
 * A browser bundle with its origins and the Stripe.js version written in. Each bundle is built
 * once per process (esbuild, in memory) on first request.
 *
 * @example
 * const js = await browserBundle('stripe-js', { origins: emulatorOrigins('http://127.0.0.1:12111'), version: '3' });
 */
export async function browserBundle(name: BundleName, values: { origins: BundleOrigins; version: string }): Promise<string> {
  let built = cache.get(name);
  if (!built) {
    built = bundle(name);
    cache.set(name, built);
    built.catch(() => cache.delete(name));
  }
  const { api, frames, hooks } = values.origins;
  return (await built).replaceAll(API_ORIGIN, api).replaceAll(FRAMES_ORIGIN, frames).replaceAll(HOOKS_ORIGIN, hooks).replaceAll(VERSION, values.version);
}

/** Builds every bundle now, so the first page load is not the one that waits. */
export async function warmBrowserBundles(): Promise<void> {
  await Promise.all((Object.keys(browserEntries) as BundleName[]).map((name) => browserBundle(name, { origins: emulatorOrigins(''), version: '' })));
}
