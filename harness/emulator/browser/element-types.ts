/**
 * The element types Stripe.js v3 knows (`elements.create(type)`): those of `StripeElementType` in
 * @stripe/stripe-js, plus the older ones Stripe.js still creates (the bank and messaging elements,
 * `paymentRequestButton`, `postalCode`). Any other name is an IntegrationError, as in Stripe.js.
 *
 * Browser code only: shared by the page's Stripe.js and the frames.
 */
export const knownElementTypes = [
  'address',
  'affirmMessage',
  'afterpayClearpayMessage',
  'auBankAccount',
  'card',
  'cardCvc',
  'cardExpiry',
  'cardNumber',
  'contactDetails',
  'currencySelector',
  'epsBank',
  'expressCheckout',
  'fpxBank',
  'iban',
  'idealBank',
  'issuingAddToWalletButton',
  'issuingCardCopyButton',
  'issuingCardCvcDisplay',
  'issuingCardExpiryDisplay',
  'issuingCardNumberDisplay',
  'issuingCardPinDisplay',
  'linkAuthentication',
  'linkSignup',
  'p24Bank',
  'payment',
  'paymentForm',
  'paymentMethodMessaging',
  'paymentRequestButton',
  'postalCode',
  'shippingAddress',
  'taxId',
  'terms',
] as const;

/** An element type Stripe.js knows. */
export type ElementType = (typeof knownElementTypes)[number];

/** Whether `name` is an element type Stripe.js knows. */
export const isKnownElementType = (name: unknown): name is ElementType => typeof name === 'string' && (knownElementTypes as readonly string[]).includes(name);
