import { test as base, expect, type Browser, type Page } from '@playwright/test';
import { browserModelLaunchOptions } from '../target/browser-models.ts';
import { startEmulator, type RunningEmulator } from '../emulator/index.ts';
import { unrouteStripe } from '../target/stripe-routes.ts';
import { startPageServer, type PageServer } from './page-server.ts';
import type { CheckoutQuery, CheckoutState, ConfirmOutcome, RecordedElementEvent } from './pages/checkout-state.ts';
import { Shop } from './shop.ts';

declare global {
  interface Window {
    checkout: CheckoutState;
  }
}

/** What a test asks of the checkout page it opens. */
export interface CheckoutOptions {
  /** The email the merchant's Customer has. */
  customerEmail?: string;
  /** The email the page already knows: Link Authentication Element `defaultValues.email`, or the Payment Element's billing details. */
  prefill?: string;
  layout?: CheckoutQuery['layout'];
  redirect?: CheckoutQuery['redirect'];
  patchGlobals?: boolean;
  /** A Link persistent token the merchant read from its cookie, put on the SetupIntent. */
  persistentToken?: string;
  /** Another page (another browser context) than the test's own. */
  page?: Page;
}

/** An open checkout: its page, its SetupIntent's id and the return_url it confirms with. */
export interface OpenCheckout {
  page: Page;
  setupIntentId: string;
  returnUrl: string;
}

interface WorkerFixtures {
  emulator: RunningEmulator;
  pages: PageServer;
  /** A Chromium whose Stripe frames keep third-party storage, as Chrome does (harness/target/browser-models.ts). */
  chromeLikeBrowser: Browser;
}

interface TestFixtures {
  shop: Shop;
  openCheckout(options?: CheckoutOptions): Promise<OpenCheckout>;
}

/** The merchant's own query parameter on its return_url, which Stripe must keep. */
export const merchantReturnParam = { order: 'order_42' } as const;

/**
 * One emulator and one page server per worker (each test has an account of its own on it),
 * and `openCheckout`, which plays the merchant's server and opens the test page.
 */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  emulator: [
    async ({}, use) => {
      const emulator = await startEmulator({ port: 0 });
      await use(emulator);
      await emulator.close();
    },
    { scope: 'worker' },
  ],
  pages: [
    async ({ emulator }, use) => {
      const pages = await startPageServer(emulator.url);
      await use(pages);
      await pages.close();
    },
    { scope: 'worker' },
  ],
  chromeLikeBrowser: [
    async ({ playwright }, use) => {
      const browser = await playwright.chromium.launch(browserModelLaunchOptions('chrome-like'));
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  // A test that routed its context to the emulator (routeStripeToEmulator) lets go of the routes
  // before Playwright closes the context, so an answer still on its way is no failure.
  context: async ({ context }, use) => {
    await use(context);
    await unrouteStripe(context);
  },
  shop: async ({ emulator }, use) => use(new Shop(emulator.url)),
  openCheckout: async ({ page, pages, shop }, use) =>
    use(async (options = {}) => {
      const target = options.page ?? page;
      const problems: string[] = [];
      target.on('pageerror', (error) => problems.push(error.message));
      target.on('console', (message) => void (message.type() === 'error' && problems.push(message.text())));
      const { id, clientSecret } = await shop.createSetupIntent({
        email: options.customerEmail ?? options.prefill ?? 'shopper@example.com',
        ...(options.persistentToken ? { persistentToken: options.persistentToken } : {}),
      });
      const returnUrl = pages.returnUrl({ ...merchantReturnParam, pk: shop.publishableKey });
      await target.goto(
        pages.checkoutUrl({
          pk: shop.publishableKey,
          secret: clientSecret,
          return: returnUrl,
          ...(options.layout ? { layout: options.layout } : {}),
          ...(options.prefill ? { email: options.prefill } : {}),
          ...(options.redirect ? { redirect: options.redirect } : {}),
          ...(options.patchGlobals ? { patchGlobals: '1' as const } : {}),
        }),
      );
      await elementsReady(target, options.layout === 'payment-only' ? ['payment'] : ['linkAuthentication', 'payment']).catch(async (cause: unknown) => {
        const events = await target.evaluate(() => window.checkout?.events ?? 'no window.checkout (the page script stopped)').catch(() => 'page gone');
        throw new Error(`e2e: the elements never sent ready. Page errors: ${problems.join(' | ') || 'none'}. Events: ${JSON.stringify(events)}`, { cause });
      });
      return { page: target, setupIntentId: id, returnUrl };
    }),
});

export { expect };

/** Waits for the `ready` event of each element (the merchant's own handler saw it). */
export async function elementsReady(page: Page, elements: RecordedElementEvent['element'][]): Promise<void> {
  const timeout = 10_000;
  await page.waitForFunction((names) => names.every((name) => window.checkout?.events.some((e) => e.element === name && e.type === 'ready')), elements, {
    timeout,
  });
}

/** The elements' events so far, as the page recorded them. */
export const elementEvents = (page: Page): Promise<RecordedElementEvent[]> => page.evaluate(() => window.checkout.events);

/** Waits for the next confirmSetup result (the `n`th, counting from 1) and returns it. */
export async function confirmOutcome(page: Page, n = 1): Promise<ConfirmOutcome> {
  await page.waitForFunction((count) => window.checkout.outcomes.length >= count, n);
  return page.evaluate((index) => window.checkout.outcomes[index]!, n - 1);
}

/** The merchant's submit button ("Save"). */
export const saveButton = (page: Page) => page.getByRole('button', { name: 'Save' });

/** Waits for confirmSetup's redirect to the merchant's return page and returns its query. */
export async function returnedQuery(page: Page): Promise<URLSearchParams> {
  await page.waitForURL((url) => url.pathname === '/return');
  return new URL(page.url()).searchParams;
}
