import type { Page } from '@playwright/test';
import { stripeDom } from './stripe-dom.ts';

/** What a Stripe frame on the page holds in its own (third-party) storage, or why it cannot tell. */
export type StripeFrameStorage = { keys: string[] } | { error: string };

/**
 * The keys of `localStorage` inside Stripe's Link frame on the merchant's page (the Link
 * Authentication Element's, else the Payment Element's: both are on Stripe's origin), read
 * without writing anything. A browser that keeps no third-party storage answers
 * `{error: 'SecurityError'}`; a Chrome-like browser lists what Link stored (COOKIE-05).
 *
 * @example
 * await stripeFrameStorage(page) // { keys: ['link.session.pk_test_…'] } or { error: 'SecurityError' }
 */
export async function stripeFrameStorage(page: Page): Promise<StripeFrameStorage> {
  const iframe = page.locator(`${stripeDom.linkAuthenticationFrame}, ${stripeDom.paymentFrame}`).first();
  const frame = await (await iframe.elementHandle())?.contentFrame();
  if (!frame) throw new Error('link-harness drivers: no Link Authentication Element or Payment Element frame on this page to read storage from.');
  return frame.evaluate(() => {
    try {
      return { keys: Object.keys(window.localStorage) };
    } catch (error) {
      return { error: (error as Error).name };
    }
  });
}
