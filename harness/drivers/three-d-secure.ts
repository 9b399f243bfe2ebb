import { expect, type Locator, type Page } from '@playwright/test';
import { stripeDom } from './stripe-dom.ts';

/**
 * Stripe's 3D Secure test challenge: a body-level Stripe frame (`three-ds-2-challenge`) holding
 * the issuer's challenge frame with "Complete" and "Fail" (DESIGN.md). Public suites broke when
 * Stripe added the inner frame level: both levels are named here and nowhere else.
 *
 * @example
 * const challenge = new ThreeDSecureChallenge(page);
 * await challenge.complete();
 */
export class ThreeDSecureChallenge {
  /** The body-level lightbox frame; visible while the challenge is open. */
  readonly lightbox: Locator;
  readonly completeButton: Locator;
  readonly failButton: Locator;

  constructor(readonly page: Page) {
    this.lightbox = page.locator(stripeDom.challengeFrame);
    const form = page.frameLocator(stripeDom.challengeFrame).frameLocator(stripeDom.challengeForm);
    this.completeButton = form.locator(stripeDom.completeChallenge);
    this.failButton = form.locator(stripeDom.failChallenge);
  }

  /** Waits until the challenge is shown. */
  async expectShown(): Promise<void> {
    await expect(this.lightbox).toBeVisible();
  }

  /** Waits until no challenge is on the page any more. */
  async expectClosed(): Promise<void> {
    await expect(this.lightbox).toHaveCount(0);
  }

  /** Authorizes the test challenge ("Complete"). */
  async complete(): Promise<void> {
    await this.completeButton.click();
  }

  /** Fails the test challenge ("Fail"). */
  async fail(): Promise<void> {
    await this.failButton.click();
  }
}
