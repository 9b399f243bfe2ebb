import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The reference checkout's authenticate page (`/account/charges/:id/authenticate`): brings the
 * shopper back on-session for a charge their bank held, with "Confirm payment".
 *
 * @example
 * await page.goto(authenticateUrl);
 * await new AuthenticatePage(page).confirm();
 */
export class AuthenticatePage {
  readonly confirmButton: Locator;
  readonly errorMessage: Locator;

  constructor(readonly page: Page) {
    this.confirmButton = page.getByRole('button', { name: 'Confirm payment' });
    this.errorMessage = page.locator('#error-message');
  }

  /** Presses "Confirm payment" once the page's script has enabled it; the bank's challenge follows. */
  async confirm(): Promise<void> {
    await expect(this.confirmButton).toBeEnabled();
    await this.confirmButton.click();
  }
}
