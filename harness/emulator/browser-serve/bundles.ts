import { fileURLToPath } from 'node:url';
import { browserBundler } from '../../bundling/index.ts';

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

const entryFiles = Object.fromEntries(Object.entries(browserEntries).map(([name, entry]) => [name, fileURLToPath(new URL(entry, import.meta.url))])) as Record<
  BundleName,
  string
>;

/**
 * Built once per process, without their origins (placeholders, written in per request), and
 * with their source maps kept apart: a map inline would make each script about four times the
 * size, and every page load pays for those bytes (through the harness browser's routes, and
 * Chromium's parser in each frame) while only DevTools reads them.
 */
const bundle = browserBundler(entryFiles, {
  label: 'link-harness',
  sourceMap: true,
  define: {
    __LINK_HARNESS_API_ORIGIN__: JSON.stringify(API_ORIGIN),
    __LINK_HARNESS_FRAMES_ORIGIN__: JSON.stringify(FRAMES_ORIGIN),
    __LINK_HARNESS_HOOKS_ORIGIN__: JSON.stringify(HOOKS_ORIGIN),
    __LINK_HARNESS_VERSION__: JSON.stringify(VERSION),
  },
});

/** Where a bundle's source map is served, on the origin that served the bundle. */
export const sourceMapPath = (name: BundleName): string => `/source-maps/${name}.js.map`;

/**
 * A browser bundle with its origins and the Stripe.js version written in, and a link to its
 * source map ({@link sourceMapPath}). Each bundle is built once per process (esbuild, in memory)
 * on first request.
 *
 * @example
 * const js = await browserBundle('stripe-js', { origins: emulatorOrigins('http://127.0.0.1:12111'), version: '3' });
 */
export async function browserBundle(name: BundleName, values: { origins: BundleOrigins; version: string }): Promise<string> {
  const { api, frames, hooks } = values.origins;
  const { js } = await bundle(name);
  const written = js.replaceAll(API_ORIGIN, api).replaceAll(FRAMES_ORIGIN, frames).replaceAll(HOOKS_ORIGIN, hooks).replaceAll(VERSION, values.version);
  return `${written}//# sourceMappingURL=${sourceMapPath(name)}\n`;
}

/** A bundle's source map (JSON), for DevTools. */
export async function browserBundleSourceMap(name: BundleName): Promise<string> {
  return (await bundle(name)).map ?? '{}';
}

/** Builds every bundle now, so the first page load is not the one that waits. */
export async function warmBrowserBundles(): Promise<void> {
  await Promise.all((Object.keys(browserEntries) as BundleName[]).map((name) => browserBundle(name, { origins: emulatorOrigins(''), version: '' })));
}
