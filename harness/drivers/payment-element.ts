import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { LinkOtp } from './link-otp.ts';
import { linkText, paymentMethodAccordionItem, paymentMethodTab, stripeDom } from './stripe-dom.ts';

/** A card as a shopper types it: the number, expiry as `MMYY`, CVC, postal code. */
export interface TypedCard {
  number: string;
  expiry?: string;
  cvc?: string;
  postalCode?: string;
}

/** A payment method type as Stripe names it in the Payment Element. */
export type PaymentMethodType = 'card' | 'us_bank_account' | (string & {});

/**
 * The Payment Element: its payment method tabs (or accordion), the card fields, the Link opt-in
 * for new shoppers, the Link wallet with its funding-source picker for logged-in shoppers, and the
 * code entry when the element itself was given the shopper's email.
 *
 * @example
 * const payment = new PaymentElement(page);
 * await payment.fillCard({ number: '4242424242424242' });
 * await payment.optInToLink();
 */
export class PaymentElement {
  /** The element's iframe on the merchant's page. */
  readonly iframe: Locator;
  readonly frame: FrameLocator;
  readonly cardNumber: Locator;
  readonly expiry: Locator;
  readonly cvc: Locator;
  readonly postalCode: Locator;
  readonly country: Locator;
  /** The Link opt-in checkbox a new shopper sees under the card form. */
  readonly linkOptIn: Locator;
  readonly linkOptInLabel: Locator;
  /** The code entry, when the Payment Element has the email (no Link Authentication Element). */
  readonly otp: LinkOtp;
  /** Errors the element shows (field and form errors). */
  readonly errors: Locator;

  constructor(readonly page: Page) {
    this.iframe = page.locator(stripeDom.paymentFrame);
    this.frame = page.frameLocator(stripeDom.paymentFrame);
    this.cardNumber = this.frame.locator(stripeDom.cardNumber);
    this.expiry = this.frame.locator(stripeDom.expiry);
    this.cvc = this.frame.locator(stripeDom.cvc);
    this.postalCode = this.frame.locator(stripeDom.postalCode);
    this.country = this.frame.locator(stripeDom.country);
    this.linkOptIn = this.frame.locator(stripeDom.linkOptIn);
    this.linkOptInLabel = this.frame.locator(stripeDom.linkOptInLabel);
    this.otp = new LinkOtp(this.frame);
    this.errors = this.frame.getByRole('alert');
  }

  /** Waits until the element has loaded: its loaders gone, and the card form, a card tab or accordion item, or the Link wallet shown. */
  async expectReady(): Promise<void> {
    await expect(this.iframe).toBeVisible();
    await expect(this.frame.locator(stripeDom.loaders).filter({ visible: true })).toHaveCount(0);
    const loaded = this.frame.locator(`${stripeDom.cardNumber}, ${paymentMethodTab('card')}, ${paymentMethodAccordionItem('card')}`).or(this.wallet);
    await expect(loaded.first()).toBeVisible();
  }

  /** The tab (or accordion item) of a payment method type. */
  tab(type: PaymentMethodType): Locator {
    return this.frame.locator(`${paymentMethodTab(type)}, ${paymentMethodAccordionItem(type)}`).first();
  }

  /** Chooses a payment method type when the element shows several; a no-op when it shows none or the tab is already selected. */
  async chooseTab(type: PaymentMethodType): Promise<void> {
    const tab = this.tab(type);
    if ((await tab.isVisible()) && (await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  }

  /**
   * Types a card once the element has loaded: chooses the card tab (or accordion item) when
   * several are shown, then number, expiry (`1234` unless given), CVC and, when the form asks
   * for it, the postal code.
   */
  async fillCard(card: TypedCard): Promise<void> {
    await this.expectReady();
    await this.chooseTab('card');
    await this.cardNumber.fill(card.number);
    await this.expiry.fill(card.expiry ?? '1234');
    await this.cvc.fill(card.cvc ?? '123');
    if (await this.postalCode.isVisible()) await this.postalCode.fill(card.postalCode ?? '42424');
  }

  /** Checks the Link opt-in (by its label, as a shopper does) and waits until it is checked. */
  async optInToLink(): Promise<void> {
    await this.linkOptInLabel.click();
    await expect(this.linkOptIn).toBeChecked();
  }

  /** The Link wallet a logged-in shopper sees instead of the card form. */
  get wallet(): Locator {
    return this.frame.getByRole('region', { name: 'Link', exact: true });
  }

  /** A funding source shown in the wallet, by its label (e.g. `/Visa.*4242/`). */
  walletSource(label: string | RegExp): Locator {
    return this.frame.getByText(label).first();
  }

  /** The options of the funding-source picker (a wallet with several sources). */
  get fundingSourceOptions(): Locator {
    return this.frame.getByRole('radio');
  }

  /** One option of the funding-source picker, by the source's label (e.g. `STRIPE TEST BANK •••• 6789`). */
  fundingSource(label: string | RegExp): Locator {
    return this.frame.getByRole('radio', { name: label });
  }

  /** Picks a funding source in the wallet and waits until it is the chosen one. */
  async chooseFundingSource(label: string | RegExp): Promise<void> {
    const option = this.fundingSource(label);
    await option.click();
    await expect(option).toBeChecked();
  }

  /** Leaves the Link wallet for the card form ("Pay another way"). */
  async payAnotherWay(): Promise<void> {
    await this.frame.getByRole('button', { name: linkText.payAnotherWay }).click();
    await expect(this.cardNumber).toBeVisible();
  }
}
