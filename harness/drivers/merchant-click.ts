import { expect, type Locator } from '@playwright/test';

/**
 * Clicks a merchant's button near Stripe's frames (the submit button under the Payment Element)
 * with the mouse, reliably: for the adapter steps of a checkout (`submitSavePage`, say) whose
 * button a plain `click()` sometimes misses.
 *
 * Chromium routes a mouse event to a cross-origin (out-of-process) frame by the layout the page
 * last drew. Playwright's click scrolls the button into view and presses at once, so on a busy
 * machine the press can be routed by the layout from before the scroll and land in the Payment
 * Element instead: measured on the reference checkout (2 workers, load ~18 on 2 cores), the
 * frame got the mousedown at its pre-scroll coordinates in about half the runs, while no frame
 * resized; on Thimble & Twine's save page, in the full Chromium of the Safari-like project, every
 * time. Hovering until the page itself sees the pointer on the button proves the browser
 * routes that point to the page; the click then goes there too (10 of 10 under the same load).
 *
 * @example
 * await clickBesideStripeFrames(page.getByRole('button', { name: 'Save' }));
 */
export async function clickBesideStripeFrames(button: Locator): Promise<void> {
  await expect(async () => {
    await button.hover();
    expect(await button.evaluate((el) => el.matches(':hover'))).toBe(true);
  }).toPass();
  await button.click();
}
