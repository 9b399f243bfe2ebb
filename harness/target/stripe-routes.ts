import type { BrowserContext, Route } from '@playwright/test';
import { stripeOriginsHeader } from '../emulator/test-side.ts';

/** Stripe's origins a page (and Stripe.js in it) talks to: Stripe.js and its frames, the API, the 3D Secure pages. */
export const stripeBrowserOrigins = ['https://js.stripe.com', 'https://api.stripe.com', 'https://hooks.stripe.com'] as const;

/** Passes a request on to the emulator at the same path, saying that the page asked Stripe's origins. */
async function toEmulator(route: Route, emulator: URL): Promise<void> {
  const asked = new URL(route.request().url());
  const response = await route.fetch({
    url: `${emulator.origin}${asked.pathname}${asked.search}`,
    headers: { ...route.request().headers(), [stripeOriginsHeader]: 'stripe' },
  });
  await route.fulfill({ response });
}

/**
 * Makes this browser context's Stripe the emulator, at Stripe's own origins (DESIGN.md,
 * "Contracts": Stripe.js): requests for `https://js.stripe.com/**`, `https://api.stripe.com/**`
 * and `https://hooks.stripe.com/**` are answered by the emulator at the same path, and Stripe.js,
 * whether the page loads it from Stripe or from the emulator (`{emulator}/v3`), then frames its
 * elements and challenges on those origins and calls the API there. A page with Stripe's
 * recommended Content-Security-Policy works, and the frames are cross-site to the merchant
 * exactly as in production.
 *
 * @example
 * await routeStripeToEmulator(context, 'http://127.0.0.1:12111');
 */
export async function routeStripeToEmulator(context: BrowserContext, emulatorUrl: string): Promise<void> {
  const emulator = new URL(emulatorUrl);
  for (const origin of stripeBrowserOrigins) await context.route(`${origin}/**`, (route) => toEmulator(route, emulator));
  // Stripe.js loaded from the emulator itself (the reference checkout's pages, for a hand-opened browser's sake).
  await context.route(
    (url) => url.origin === emulator.origin && (/^\/v3\/?$/.test(url.pathname) || /^\/[a-z][a-z0-9-]{1,30}\/stripe\.js$/.test(url.pathname)),
    (route) => toEmulator(route, emulator),
  );
}

/**
 * Lets a context close while Stripe's answers are still on their way: a test that ends as its page
 * still loads from Stripe (a frame, a poll) closes the context under the routes' handlers, whose
 * late errors ("Fetch response has been disposed") are then no failure of the test. Call it before
 * closing a context routed by `routeStripeToEmulator`.
 *
 * @example
 * await unrouteStripe(context);
 * await context.close();
 */
export async function unrouteStripe(context: BrowserContext): Promise<void> {
  await context.unrouteAll({ behavior: 'ignoreErrors' });
}
