import type { ElementType } from '../element-types.ts';

/** How the emulated Stripe.js shows one element type. */
export interface ElementKind {
  /** The frame page, `/elements/<page>.html` on Stripe's frames origin. */
  page: string;
  /** The iframe's title, as Stripe gives it (drivers select on it). */
  title: string;
  /** How many label-and-field rows the skeleton loader holds until the frame is ready. */
  loaderFields: number;
  /** Only with an intent's client secret (or a deferred-intent `mode`) on the Elements group. */
  needsIntent?: true;
  /** One per `options.mode` in a group (`shipping`, `billing`) instead of one per type. */
  onePerMode?: readonly string[];
  /** Emits `loaderstart` when its skeleton loader is shown (the elements whose typings have the event). */
  loaderstart?: true;
  /** Checked by `elements.submit()`. */
  validates?: true;
}

/** An element Stripe.js knows and the emulator does not act on: a frame that loads and says `ready`. */
const inert = (title: string, loaderFields = 1, loaderstart?: true): ElementKind => ({
  page: 'inert',
  title,
  loaderFields,
  ...(loaderstart ? { loaderstart } : {}),
});

/**
 * Every element type and its frame. A type emulated in full names its own frame page; the rest
 * mount the inert frame. Making a type live is one line here plus its frame page (a bundle in
 * browser-serve/bundles.ts and a page in browser-serve/index.ts).
 */
export const elementKinds: Record<ElementType, ElementKind> = {
  linkAuthentication: { page: 'link-authentication', title: 'Secure email input frame', loaderFields: 1, loaderstart: true },
  payment: { page: 'payment', title: 'Secure payment input frame', loaderFields: 3, needsIntent: true, loaderstart: true, validates: true },
  address: { page: 'address', title: 'Secure address input frame', loaderFields: 4, onePerMode: ['shipping', 'billing'], loaderstart: true, validates: true },
  expressCheckout: { page: 'express-checkout', title: 'Secure express checkout frame', loaderFields: 1, needsIntent: true },
  card: { page: 'card', title: 'Secure card payment input frame', loaderFields: 1 },
  cardNumber: { page: 'card-number', title: 'Secure card number input frame', loaderFields: 1 },
  cardExpiry: { page: 'card-expiry', title: 'Secure expiration date input frame', loaderFields: 1 },
  cardCvc: { page: 'card-cvc', title: 'Secure CVC input frame', loaderFields: 1 },
  postalCode: inert('Secure postal code input frame'),
  auBankAccount: inert('Secure BECS Direct Debit input frame'),
  iban: inert('Secure IBAN input frame'),
  idealBank: inert('Secure iDEAL bank selection frame'),
  p24Bank: inert('Secure P24 bank selection frame'),
  epsBank: inert('Secure EPS bank selection frame'),
  fpxBank: inert('Secure FPX bank selection frame'),
  paymentRequestButton: inert('Secure payment request button frame'),
  paymentMethodMessaging: inert('Secure payment method messaging frame'),
  affirmMessage: inert('Secure Affirm messaging frame'),
  afterpayClearpayMessage: inert('Secure Afterpay Clearpay messaging frame'),
  linkSignup: inert('Secure Link sign-up frame', 1, true),
  contactDetails: inert('Secure contact details input frame', 1, true),
  currencySelector: inert('Secure currency selector frame'),
  shippingAddress: inert('Secure shipping address input frame', 4, true),
  taxId: inert('Secure tax ID input frame', 1, true),
  terms: inert('Secure terms frame', 1, true),
  paymentForm: inert('Secure payment form frame', 3, true),
  issuingCardNumberDisplay: inert('Secure card number display frame'),
  issuingCardCvcDisplay: inert('Secure CVC display frame'),
  issuingCardExpiryDisplay: inert('Secure expiration date display frame'),
  issuingCardPinDisplay: inert('Secure PIN display frame'),
  issuingCardCopyButton: inert('Secure copy button frame'),
  issuingAddToWalletButton: inert('Secure add to wallet button frame'),
};
