import { expect, type Locator, type Page } from '@playwright/test';

/** What the reference checkout's return page says happened. */
export type ShownSetupOutcome = 'succeeded' | 'processing' | 'requires_action' | 'failed' | 'canceled' | 'unknown';

/**
 * The reference checkout's return page (`/account/payment-methods/return`), where confirmSetup
 * lands with `setup_intent`, `setup_intent_client_secret` and `redirect_status`. It shows the
 * outcome in `[data-setup-outcome]`.
 *
 * @example
 * const landed = new ReturnPage(page);
 * await landed.expectOutcome('succeeded');
 * landed.setupIntentId(); // 'seti_…'
 */
export class ReturnPage {
  static readonly path = '/account/payment-methods/return';
  readonly outcome: Locator;
  readonly goToAccount: Locator;
  readonly tryAgain: Locator;

  constructor(readonly page: Page) {
    this.outcome = page.locator('[data-setup-outcome]');
    this.goToAccount = page.getByRole('link', { name: 'Go to your account' });
    this.tryAgain = page.getByRole('link', { name: 'Try again' });
  }

  /** Waits until the page shows this outcome. */
  async expectOutcome(outcome: ShownSetupOutcome): Promise<void> {
    await expect(this.outcome).toHaveAttribute('data-setup-outcome', outcome);
  }

  /** The outcome the page shows, once it shows one. */
  async shownOutcome(): Promise<ShownSetupOutcome> {
    await expect(this.outcome).toHaveCount(1);
    return (await this.outcome.getAttribute('data-setup-outcome')) as ShownSetupOutcome;
  }

  /** The query string confirmSetup landed with. */
  query(): URLSearchParams {
    return new URL(this.page.url()).searchParams;
  }

  /** The SetupIntent id of the query string (`setup_intent`), if any. */
  setupIntentId(): string | undefined {
    return this.query().get('setup_intent') ?? undefined;
  }
}
