/**
 * Page objects for Stripe's UI and for the checkout pages, written against the real Stripe DOM
 * (DESIGN.md). All of Stripe's selectors live in this folder and nowhere else.
 */
export { stripeDom, linkText, paymentMethodTab, paymentMethodAccordionItem, escapeRegExp } from './stripe-dom.ts';
export { LinkAuthenticationElement } from './link-authentication-element.ts';
export { PaymentElement } from './payment-element.ts';
export type { TypedCard, PaymentMethodType } from './payment-element.ts';
export { LinkOtp } from './link-otp.ts';
export type { OtpRefusal } from './link-otp.ts';
export { ThreeDSecureChallenge } from './three-d-secure.ts';
export {
  linkAuthenticationElement,
  paymentElement,
  fillCard,
  enterOneTimeCode,
  fundingSourceOption,
  threeDSecureChallenge,
  typeEmail,
  walletSource,
  logInToLink,
} from './stripe-elements.ts';
export { SignUpPage } from './checkout/sign-up-page.ts';
export type { SignUpDetails } from './checkout/sign-up-page.ts';
export { SavePage } from './checkout/save-page.ts';
export type { SavePageOptions } from './checkout/save-page.ts';
export { ReturnPage } from './checkout/return-page.ts';
export type { ShownSetupOutcome } from './checkout/return-page.ts';
export { AccountPage } from './checkout/account-page.ts';
export { AuthenticatePage } from './checkout/authenticate-page.ts';
export type { ShownChargeOutcome } from './checkout/account-page.ts';
export { LinkInForm } from './link-in-form.ts';
export { clickBesideStripeFrames } from './merchant-click.ts';
export { addressAndExpressDom, addressElement, expressCheckoutElement } from './express-elements.ts';
export { stripeFrameStorage } from './stripe-frame-storage.ts';
export type { StripeFrameStorage } from './stripe-frame-storage.ts';
