import { expect, type Locator, type Page } from '@playwright/test';
import { LinkAuthenticationElement } from '../link-authentication-element.ts';
import { PaymentElement } from '../payment-element.ts';

/** Per-visit choices the reference checkout's save page takes as query parameters. */
export interface SavePageOptions {
  /** `prefill`: no Link Authentication Element, the email goes to the Payment Element. */
  emailMode?: 'link-authentication-element' | 'prefill';
  paymentMethods?: 'link-and-card' | 'automatic';
}

/**
 * The reference checkout's save page (`/account/payment-methods/new`): the Link Authentication
 * Element, the Payment Element, an error area and "Save payment method".
 *
 * @example
 * const save = new SavePage(page);
 * await save.open();
 * await save.paymentElement.fillCard({ number: '4242424242424242' });
 * await save.submit();
 */
export class SavePage {
  static readonly path = '/account/payment-methods/new';
  readonly saveButton: Locator;
  /** The merchant's own error area (`role="alert"`) where confirm errors are shown. */
  readonly errorMessage: Locator;
  readonly linkAuthenticationElement: LinkAuthenticationElement;
  readonly paymentElement: PaymentElement;

  constructor(readonly page: Page) {
    this.saveButton = page.getByRole('button', { name: 'Save payment method' });
    this.errorMessage = page.locator('#error-message');
    this.linkAuthenticationElement = new LinkAuthenticationElement(page);
    this.paymentElement = new PaymentElement(page);
  }

  /** Opens the page and waits until the Payment Element is ready (the page enables its button then). */
  async open(options: SavePageOptions = {}): Promise<void> {
    const query = new URLSearchParams();
    if (options.emailMode) query.set('email-mode', options.emailMode);
    if (options.paymentMethods) query.set('payment-methods', options.paymentMethods);
    await this.page.goto(query.size > 0 ? `${SavePage.path}?${query}` : SavePage.path);
    await this.expectReady();
  }

  /** Waits until the form can be submitted. */
  async expectReady(): Promise<void> {
    await expect(this.saveButton).toBeEnabled();
  }

  /**
   * Submits the form from the keyboard: a mouse click can land in the Payment Element's frame
   * while it still resizes (after the Link opt-in is checked).
   */
  async submit(): Promise<void> {
    await this.saveButton.press('Enter');
  }
}
