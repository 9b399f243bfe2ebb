import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';

/**
 * Stripe's DOM as public end-to-end suites drive it against real Stripe (DESIGN.md, "Real Stripe
 * DOM to reproduce"). The tests reach Stripe's UI only through this module, so what works here
 * against the emulator is what would work against js.stripe.com.
 */
export const stripeDom = {
  anyFrame: 'iframe[name^="__privateStripeFrame"]',
  linkAuthenticationFrame: 'iframe[title="Secure email input frame"]',
  paymentFrame: 'iframe[title="Secure payment input frame"]',
  email: 'input[name="email"]',
  cardNumber: 'input[name="number"]',
  expiry: 'input[name="expiry"]',
  cvc: 'input[name="cvc"]',
  postalCode: 'input[name="postalCode"]',
  country: 'select[name="country"]',
  cardTab: 'button[data-testid="card"]',
  linkOptIn: 'input[name="linkOptIn"]',
  linkOptInLabel: 'label[for="payment-linkOptInInput"]',
  oneTimeCode: 'input[name="codeControllingInput"]',
  challengeFrame: 'iframe[name^="__privateStripeFrame"][src*="three-ds-2-challenge"]',
  challengeForm: 'iframe[name="stripe-challenge-frame"]',
  completeChallenge: '#test-source-authorize-3ds',
  failChallenge: '#test-source-fail-3ds',
  loaders: '.__PrivateStripeElementLoader, .LightboxModalLoadingIndicator, [data-testid="loading"]',
} as const;

/** The Link Authentication Element's frame. */
export const linkAuthenticationElement = (page: Page): FrameLocator => page.frameLocator(stripeDom.linkAuthenticationFrame);

/** The Payment Element's frame. */
export const paymentElement = (page: Page): FrameLocator => page.frameLocator(stripeDom.paymentFrame);

/** A test card as a shopper types it: the number, expiry as `MMYY`, CVC, postal code. */
export interface TypedCard {
  number: string;
  expiry?: string;
  cvc?: string;
  postalCode?: string;
}

/**
 * Types a card into the Payment Element, choosing the card tab first when the element shows tabs.
 *
 * @example
 * await fillCard(page, { number: '4242424242424242' });
 */
export async function fillCard(page: Page, card: TypedCard): Promise<void> {
  const frame = paymentElement(page);
  const tab = frame.locator(stripeDom.cardTab);
  if (await tab.isVisible()) await tab.click();
  await frame.locator(stripeDom.cardNumber).fill(card.number);
  await frame.locator(stripeDom.expiry).fill(card.expiry ?? '1234');
  await frame.locator(stripeDom.cvc).fill(card.cvc ?? '123');
  const postalCode = frame.locator(stripeDom.postalCode);
  if (await postalCode.isVisible()) await postalCode.fill(card.postalCode ?? '42424');
}

/**
 * Types the six digits into the one controlling input of the code entry, in the frame that asked
 * for the email (the Link Authentication Element, or the Payment Element when it has the email).
 */
export async function enterOneTimeCode(frame: FrameLocator, code: string): Promise<void> {
  const input = frame.locator(stripeDom.oneTimeCode);
  await expect(input).toBeEditable();
  await input.fill(code);
}

/** The Link funding-source picker's option for a source, by the label the wallet shows (e.g. `Visa •••• 4242`). */
export const fundingSourceOption = (page: Page, label: string | RegExp): Locator => paymentElement(page).getByRole('radio', { name: label });

/** The 3DS test challenge: the lightbox frame, the challenge form inside it, and its two buttons. */
export function threeDSecureChallenge(page: Page) {
  const lightbox = page.locator(stripeDom.challengeFrame);
  const form = page.frameLocator(stripeDom.challengeFrame).frameLocator(stripeDom.challengeForm);
  return {
    lightbox,
    complete: form.locator(stripeDom.completeChallenge),
    fail: form.locator(stripeDom.failChallenge),
  };
}

/** Types the shopper's email into the Link Authentication Element. */
export async function typeEmail(page: Page, email: string): Promise<void> {
  await linkAuthenticationElement(page).locator(stripeDom.email).fill(email);
}

/** The Link wallet in the Payment Element, showing a funding source by its label (e.g. `Visa •••• 4242`). */
export const walletSource = (page: Page, label: RegExp): Locator => paymentElement(page).getByText(label).first();

/**
 * A returning Link shopper logs in: email in the Link Authentication Element, then the code.
 * Resolves once the Payment Element shows the wallet's default source.
 */
export async function logInToLink(page: Page, email: string, opts: { code?: string; defaultSource?: RegExp } = {}): Promise<void> {
  await typeEmail(page, email);
  await enterOneTimeCode(linkAuthenticationElement(page), opts.code ?? '123456');
  await expect(walletSource(page, opts.defaultSource ?? /Visa.*4242/)).toBeVisible();
}
