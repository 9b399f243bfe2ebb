import { expect, type FrameLocator, type Page } from '@playwright/test';
import type { PageElementEvent, PageOutcome } from './pages/elements-page-state.ts';
import { addressElement, expressCheckoutElement } from '../drivers/index.ts';

/** The Address Element's frame (the `nth` when a billing and a shipping one are mounted). */
export const addressFrame = addressElement;

/** The Express Checkout Element's frame. */
export const expressCheckoutFrame = expressCheckoutElement;

/** The events the elements page recorded, optionally of one element and type. */
export const pageEvents = (page: Page, element?: string, type?: string): Promise<PageElementEvent[]> =>
  page.evaluate(([e, t]) => window.page.events.filter((x) => (!e || x.element === e) && (!t || x.type === t)), [element, type] as const);

/** Waits until each named element of the elements page said `ready`. */
export async function pageElementsReady(page: Page, names: string[]): Promise<void> {
  await page.waitForFunction((list) => list.every((n) => window.page?.events.some((e) => e.element === n && e.type === 'ready')), names, { timeout: 10_000 });
}

/** The `n`th confirm outcome of the elements page (counting from 1), once there is one. */
export async function pageOutcome(page: Page, n = 1): Promise<PageOutcome> {
  await expect.poll(() => page.evaluate(() => window.page.outcomes.length), { timeout: 15_000 }).toBeGreaterThanOrEqual(n);
  return page.evaluate((i) => window.page.outcomes[i]!, n - 1);
}

/** Types an address into an Address Element frame, field by field, as a shopper does. */
export async function typeAddress(
  frame: FrameLocator,
  address: { name?: string; line1?: string; city?: string; state?: string; postal_code?: string; phone?: string },
): Promise<void> {
  for (const [field, value] of Object.entries(address)) if (value !== undefined) await frame.locator(`[name="${field}"]`).fill(value);
}
