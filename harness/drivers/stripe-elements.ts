import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { LinkAuthenticationElement } from './link-authentication-element.ts';
import { LinkOtp } from './link-otp.ts';
import { PaymentElement, type TypedCard } from './payment-element.ts';
import { ThreeDSecureChallenge } from './three-d-secure.ts';

// The same drivers as plain functions, the shape the emulated Stripe.js's own acceptance tests
// (harness/stripe-js-e2e) were written in.

/** The Link Authentication Element's frame. */
export const linkAuthenticationElement = (page: Page): FrameLocator => new LinkAuthenticationElement(page).frame;

/** The Payment Element's frame. */
export const paymentElement = (page: Page): FrameLocator => new PaymentElement(page).frame;

/**
 * Types a card into the Payment Element, choosing the card tab first when the element shows tabs.
 *
 * @example
 * await fillCard(page, { number: '4242424242424242' });
 */
export const fillCard = (page: Page, card: TypedCard): Promise<void> => new PaymentElement(page).fillCard(card);

/**
 * Types the six digits into the one controlling input of the code entry, in the frame that asked
 * for the email (the Link Authentication Element, or the Payment Element when it has the email).
 *
 * @example
 * await enterOneTimeCode(linkAuthenticationElement(page), '424242');
 */
export const enterOneTimeCode = (frame: FrameLocator, code: string): Promise<void> => new LinkOtp(frame).enter(code);

/** The Link funding-source picker's option for a source, by the label the wallet shows (e.g. `Visa •••• 4242`). */
export const fundingSourceOption = (page: Page, label: string | RegExp): Locator => new PaymentElement(page).fundingSource(label);

/** The 3DS test challenge: the lightbox frame and its two buttons. */
export function threeDSecureChallenge(page: Page): { lightbox: Locator; complete: Locator; fail: Locator } {
  const challenge = new ThreeDSecureChallenge(page);
  return { lightbox: challenge.lightbox, complete: challenge.completeButton, fail: challenge.failButton };
}

/** Types the shopper's email into the Link Authentication Element. */
export const typeEmail = (page: Page, email: string): Promise<void> => new LinkAuthenticationElement(page).fillEmail(email);

/** The Link wallet in the Payment Element, showing a funding source by its label (e.g. `Visa •••• 4242`). */
export const walletSource = (page: Page, label: RegExp): Locator => new PaymentElement(page).walletSource(label);

/**
 * A returning Link shopper logs in: email in the Link Authentication Element, then the code.
 * Resolves once the Payment Element shows the wallet's default source.
 *
 * @example
 * await logInToLink(page, 'returning@example.com', { code: '424242' });
 */
export async function logInToLink(page: Page, email: string, opts: { code?: string; defaultSource?: RegExp } = {}): Promise<void> {
  const linkAuth = new LinkAuthenticationElement(page);
  await linkAuth.fillEmail(email);
  await linkAuth.otp.enter(opts.code ?? '123456');
  await expect(walletSource(page, opts.defaultSource ?? /Visa.*4242/)).toBeVisible();
}
