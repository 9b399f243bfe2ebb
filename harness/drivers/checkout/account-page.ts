import { expect, type Locator, type Page } from '@playwright/test';
import { AuthenticatePage } from './authenticate-page.ts';

/** How a later charge ended, as the account page's charge table marks it (`tr[data-outcome]`). */
export type ShownChargeOutcome = 'succeeded' | 'requires_authentication' | 'declined' | 'processing';

/**
 * The reference checkout's account page (`/account`): saved payment methods, the "Charge later"
 * form with "Charge now", and the table of later charges.
 *
 * @example
 * const account = new AccountPage(page);
 * await account.open();
 * await account.chargeNow();
 * await expect(account.charges('succeeded')).toHaveCount(1);
 */
export class AccountPage {
  static readonly path = '/account';
  /** One entry per saved payment method (`[data-payment-method]`, newest first). */
  readonly paymentMethods: Locator;
  readonly addPaymentMethod: Locator;
  readonly chargeNowButton: Locator;
  readonly amount: Locator;
  readonly currency: Locator;
  readonly paymentMethodChoice: Locator;
  /** The message about what just happened (a charge, an authentication). */
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.paymentMethods = page.locator('[data-payment-method]');
    this.addPaymentMethod = page.getByRole('link', { name: 'Add a payment method' });
    this.chargeNowButton = page.getByRole('button', { name: 'Charge now' });
    this.amount = page.locator('#charge-amount');
    this.currency = page.locator('#charge-currency');
    this.paymentMethodChoice = page.locator('#charge-method');
    this.notice = page.getByRole('status');
  }

  async open(): Promise<void> {
    await this.page.goto(AccountPage.path);
    await expect(this.page.getByRole('heading', { name: 'Your account' })).toBeVisible();
  }

  /**
   * How the charge table records the later charge of a PaymentIntent: its outcome and decline
   * code, once the row is there.
   */
  async chargeRecord(paymentIntent: string): Promise<{ outcome: ShownChargeOutcome; declineCode: string | null }> {
    const row = this.page.locator(`tr[data-payment-intent="${paymentIntent}"]`);
    await expect(row).toHaveCount(1);
    return { outcome: (await row.getAttribute('data-outcome')) as ShownChargeOutcome, declineCode: (await row.getAttribute('data-decline-code')) || null };
  }

  /** Rows of the charge table, all or those of one outcome. */
  charges(outcome?: ShownChargeOutcome): Locator {
    return this.page.locator(outcome ? `tr[data-outcome="${outcome}"]` : 'tr[data-outcome]');
  }

  /** Charges a saved payment method off-session ("Charge now"), optionally with another amount (in major units, e.g. `'25.00'`). */
  async chargeNow(options: { amount?: string; currency?: 'usd' | 'eur' | 'gbp'; paymentMethod?: string } = {}): Promise<void> {
    if (options.amount !== undefined) await this.amount.fill(options.amount);
    if (options.currency !== undefined) await this.currency.selectOption(options.currency);
    if (options.paymentMethod !== undefined) await this.paymentMethodChoice.selectOption(options.paymentMethod);
    await this.chargeNowButton.click();
  }

  /** Follows "Authenticate the payment" of a charge that needed the shopper, and confirms it on-session. */
  async authenticateCharge(): Promise<void> {
    await this.page.getByRole('link', { name: 'Authenticate the payment' }).first().click();
    await new AuthenticatePage(this.page).confirm();
  }
}
