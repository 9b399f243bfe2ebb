import { expect, type Locator, type Page } from '@playwright/test';
import { LinkAuthenticationElement } from './link-authentication-element.ts';
import type { LinkOtp } from './link-otp.ts';
import { PaymentElement } from './payment-element.ts';

/**
 * Link inside a merchant's save form, whichever way the merchant collects the email (the guide's
 * "Decide when to collect email"): the Link Authentication Element when the page has one, else
 * the Payment Element that was given the email. Scenarios use it so that the same steps work on
 * both integrations without knowing which one the checkout chose.
 *
 * @example
 * const link = new LinkInForm(page);
 * await link.giveEmail(shopper.email);
 * await (await link.otp()).enter('424242');
 * await link.expectWallet();
 */
export class LinkInForm {
  readonly linkAuthentication: LinkAuthenticationElement;
  readonly payment: PaymentElement;

  constructor(readonly page: Page) {
    this.linkAuthentication = new LinkAuthenticationElement(page);
    this.payment = new PaymentElement(page);
  }

  /**
   * True when the page mounted a Link Authentication Element. Waits first until the Payment
   * Element (which every save form has) is ready, so that a page that mounts its elements after
   * loading (once it fetched its client secret, say) is not judged before it did.
   */
  async hasLinkAuthenticationElement(): Promise<boolean> {
    await this.payment.expectReady();
    return (await this.linkAuthentication.iframe.count()) > 0;
  }

  /**
   * What a shopper does when the form shows an email field: types their email unless it is
   * there already (a merchant that prefills it needs nothing). Without a Link Authentication
   * Element there is nothing to type: the Payment Element was given the email, or nobody was.
   */
  async giveEmail(email: string): Promise<void> {
    if (!(await this.hasLinkAuthenticationElement())) return;
    await this.linkAuthentication.expectReady();
    if ((await this.linkAuthentication.email.inputValue()).trim().toLowerCase() === email.toLowerCase()) return;
    await this.linkAuthentication.fillEmail(email);
    // Leaving the field is what a shopper does next; Link looks the email up then.
    await this.linkAuthentication.email.press('Tab');
  }

  /** The email the form shows in its Link Authentication Element, or null without one. */
  async shownEmail(): Promise<string | null> {
    if (!(await this.hasLinkAuthenticationElement())) return null;
    return this.linkAuthentication.email.inputValue();
  }

  /** Link's code entry, in the frame that asked for the email. */
  async otp(): Promise<LinkOtp> {
    return (await this.hasLinkAuthenticationElement()) ? this.linkAuthentication.otp : this.payment.otp;
  }

  /** The Link wallet a logged-in shopper sees in the Payment Element. */
  get wallet(): Locator {
    return this.payment.wallet;
  }

  /** Waits until the Payment Element shows the Link wallet (the shopper is logged in to Link). */
  async expectWallet(): Promise<void> {
    await expect(this.wallet).toBeVisible();
  }

  /** Waits until the card form is shown (no Link wallet: a new shopper, or Link is locked). */
  async expectCardForm(): Promise<void> {
    await expect(this.payment.cardNumber).toBeVisible();
  }
}
