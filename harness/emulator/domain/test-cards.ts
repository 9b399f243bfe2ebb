/**
 * Stripe's test cards and how each behaves: when attached, when set up (SetupIntent or
 * on-session payment), and when charged later off-session, as Stripe's testing docs (docs.stripe.com/testing) give them.
 */

/** What a card does at one moment of its life. */
export type CardOutcome =
  | { kind: 'succeeds' }
  /** 3D Secure: the intent goes to `requires_action` with a challenge. */
  | { kind: 'authenticate' }
  /** Off-session only: the charge fails with `authentication_required`. */
  | { kind: 'authentication_required' }
  | { kind: 'decline'; code: string; decline_code?: string; advice_code?: string; message: string };

export interface TestCard {
  number: string;
  brand: 'visa' | 'mastercard' | 'amex' | 'discover';
  funding: 'credit' | 'debit';
  country: string;
  /** The test PaymentMethod id Stripe accepts for it, e.g. `pm_card_visa`. */
  paymentMethod?: string;
  /** The test token Stripe accepts for it, e.g. `tok_visa`. */
  token?: string;
  /** Attaching it to a customer (and creating its PaymentMethod from a token). */
  attach: CardOutcome;
  /** Confirming a SetupIntent, or an on-session payment, with it. */
  setup: CardOutcome;
  /** An on-session payment with a card that was set up before. */
  onSessionAfterSetup: CardOutcome;
  /** A later off-session payment, once the card was set up. */
  offSession: CardOutcome;
  /** A later off-session payment with a card that was never set up. */
  offSessionWithoutSetup: CardOutcome;
}

const ok: CardOutcome = { kind: 'succeeds' };
const challenge: CardOutcome = { kind: 'authenticate' };
const authRequired: CardOutcome = { kind: 'authentication_required' };
const declined = (decline_code: string, message = 'Your card was declined.', advice_code?: string): CardOutcome => ({
  kind: 'decline',
  code: 'card_declined',
  decline_code,
  message,
  ...(advice_code ? { advice_code } : {}),
});
const insufficientFunds = declined('insufficient_funds', 'Your card has insufficient funds.', 'try_again_later');
const generic = declined('generic_decline');

const plain = (number: string, brand: TestCard['brand'], extra: Partial<TestCard> = {}): TestCard => ({
  number,
  brand,
  funding: 'credit',
  country: 'US',
  attach: ok,
  setup: ok,
  onSessionAfterSetup: ok,
  offSession: ok,
  offSessionWithoutSetup: ok,
  ...extra,
});

/** Every test card the emulator knows, by number. */
export const testCards: readonly TestCard[] = [
  plain('4242424242424242', 'visa', { paymentMethod: 'pm_card_visa', token: 'tok_visa' }),
  plain('4000056655665556', 'visa', { funding: 'debit', paymentMethod: 'pm_card_visa_debit', token: 'tok_visa_debit' }),
  plain('5555555555554444', 'mastercard', { paymentMethod: 'pm_card_mastercard', token: 'tok_mastercard' }),
  plain('378282246310005', 'amex', { paymentMethod: 'pm_card_amex', token: 'tok_amex' }),
  plain('6011111111111117', 'discover', { paymentMethod: 'pm_card_discover', token: 'tok_discover' }),
  plain('4000002500003155', 'visa', {
    paymentMethod: 'pm_card_authenticationRequiredOnSetup',
    token: 'tok_authenticationRequiredOnSetup',
    setup: challenge,
    offSessionWithoutSetup: authRequired,
  }),
  plain('4000002760003184', 'visa', {
    paymentMethod: 'pm_card_authenticationRequired',
    token: 'tok_authenticationRequired',
    setup: challenge,
    onSessionAfterSetup: challenge,
    offSession: authRequired,
    offSessionWithoutSetup: authRequired,
  }),
  plain('4000003800000446', 'visa', {
    paymentMethod: 'pm_card_authenticationRequiredSetupForOffSession',
    token: 'tok_authenticationRequiredSetupForOffSession',
    setup: challenge,
    onSessionAfterSetup: challenge,
    offSessionWithoutSetup: authRequired,
  }),
  plain('4000008260003178', 'visa', {
    paymentMethod: 'pm_card_authenticationRequiredChargeDeclinedInsufficientFunds',
    token: 'tok_authenticationRequiredChargeDeclinedInsufficientFunds',
    setup: challenge,
    onSessionAfterSetup: challenge,
    offSession: insufficientFunds,
    offSessionWithoutSetup: authRequired,
  }),
  plain('4000000000003220', 'visa', {
    paymentMethod: 'pm_card_threeDSecure2Required',
    token: 'tok_threeDSecure2Required',
    setup: challenge,
    offSessionWithoutSetup: authRequired,
  }),
  plain('4000000000009995', 'visa', {
    paymentMethod: 'pm_card_visa_chargeDeclinedInsufficientFunds',
    token: 'tok_visa_chargeDeclinedInsufficientFunds',
    setup: insufficientFunds,
    onSessionAfterSetup: insufficientFunds,
    offSession: insufficientFunds,
    offSessionWithoutSetup: insufficientFunds,
  }),
  plain('4000000000000002', 'visa', {
    paymentMethod: 'pm_card_visa_chargeDeclined',
    token: 'tok_visa_chargeDeclined',
    attach: generic,
    setup: generic,
    onSessionAfterSetup: generic,
    offSession: generic,
    offSessionWithoutSetup: generic,
  }),
  plain('4000000000000341', 'visa', {
    paymentMethod: 'pm_card_chargeCustomerFail',
    token: 'tok_chargeCustomerFail',
    onSessionAfterSetup: generic,
    offSession: generic,
    offSessionWithoutSetup: generic,
  }),
  plain('4000000000000069', 'visa', {
    paymentMethod: 'pm_card_chargeDeclinedExpiredCard',
    token: 'tok_chargeDeclinedExpiredCard',
    ...everyCharge({ kind: 'decline', code: 'expired_card', decline_code: 'expired_card', message: 'Your card has expired.' }),
  }),
  plain('4000000000000127', 'visa', {
    paymentMethod: 'pm_card_chargeDeclinedIncorrectCvc',
    token: 'tok_chargeDeclinedIncorrectCvc',
    ...everyCharge({ kind: 'decline', code: 'incorrect_cvc', decline_code: 'incorrect_cvc', message: "Your card's security code is incorrect." }),
  }),
];

function everyCharge(outcome: CardOutcome): Partial<TestCard> {
  return { setup: outcome, onSessionAfterSetup: outcome, offSession: outcome, offSessionWithoutSetup: outcome };
}

const byNumber = new Map(testCards.map((c) => [c.number, c]));
const byPaymentMethod = new Map(testCards.filter((c) => c.paymentMethod).map((c) => [c.paymentMethod!, c]));
const byToken = new Map(testCards.filter((c) => c.token).map((c) => [c.token!, c]));

export const testCardByNumber = (number: string) => byNumber.get(number.replace(/[\s-]/g, ''));
export const testCardByPaymentMethod = (id: string) => byPaymentMethod.get(id);
export const testCardByToken = (token: string) => byToken.get(token);

/** The Luhn check every real card number passes. */
export function passesLuhn(number: string): boolean {
  if (!/^\d{12,19}$/.test(number)) return false;
  let sum = 0;
  for (let i = 0; i < number.length; i++) {
    let d = Number(number[number.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
