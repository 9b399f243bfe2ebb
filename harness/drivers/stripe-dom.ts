/**
 * Stripe's DOM as public end-to-end suites drive it against real Stripe (DESIGN.md, "Real Stripe
 * DOM to reproduce"). Every selector of Stripe's UI the harness uses lives in this folder, so what
 * works against the emulated Stripe.js is what would work against js.stripe.com.
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

/** A payment method tab of the Payment Element, by the type Stripe names it with (`card`, `us_bank_account`). */
export const paymentMethodTab = (type: string): string => `button[data-testid="${type}"]`;

/** An accordion item of the Payment Element, by payment method type. */
export const paymentMethodAccordionItem = (type: string): string => `[data-value="${type}"]`;

/**
 * What Link's UI says, as patterns loose enough for real Stripe's wording and the emulator's.
 * Scenarios match on these rather than on exact copy.
 */
export const linkText = {
  invalidCode: /incorrect|invalid/i,
  expiredCode: /expired/i,
  tooManyAttempts: /too many|locked|unavailable/i,
  newCode: /new code|resend/i,
  signedIn: (email: string) => new RegExp(`Signed in with Link as ${escapeRegExp(email)}`, 'i'),
  payAnotherWay: /pay another way/i,
  fundingSourcePicker: /choose a payment method/i,
} as const;

/** Escapes text for use inside a RegExp. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
