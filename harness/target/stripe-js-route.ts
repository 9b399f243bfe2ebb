import type { BrowserContext } from '@playwright/test';

/**
 * Serves `https://js.stripe.com/**` from the emulator in this browser context, for a checkout
 * whose pages load Stripe.js from Stripe while its server talks to the emulator (DESIGN.md,
 * "Contracts": Stripe.js). The emulator's bundles know their own origin, so frames and API calls
 * then go to the emulator too.
 *
 * @example
 * await routeStripeJsToEmulator(context, 'http://127.0.0.1:12111');
 */
export async function routeStripeJsToEmulator(context: BrowserContext, emulatorUrl: string): Promise<void> {
  const emulator = new URL(emulatorUrl);
  await context.route('https://js.stripe.com/**', async (route) => {
    const asked = new URL(route.request().url());
    const response = await route.fetch({ url: `${emulator.origin}${asked.pathname}${asked.search}` });
    await route.fulfill({ response });
  });
}
