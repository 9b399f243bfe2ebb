import type Stripe from 'stripe';
import type { Account } from './account.ts';
import { cardError, invalidState, parameterInvalid, resourceMissing } from '../core/errors.ts';
import { newId, nowSeconds } from '../core/ids.ts';
import { passesLuhn, testCardByNumber, testCardByPaymentMethod, testCardByToken, type CardOutcome, type TestCard } from './test-cards.ts';

/** Card details as `card[…]` parameters carry them. */
export interface CardParams {
  number?: string;
  exp_month?: number;
  exp_year?: number;
  cvc?: string;
  token?: string;
}

export type BillingDetailsParams = {
  address?: Stripe.AddressParam | '';
  email?: string;
  name?: string;
  phone?: string;
};

const emptyBilling = (): Stripe.PaymentMethod.BillingDetails => ({
  address: { city: null, country: null, line1: null, line2: null, postal_code: null, state: null },
  email: null,
  name: null,
  phone: null,
  tax_id: null,
});

/** Billing details from `billing_details[…]`, merged over what a payment method already has. */
export function billingDetails(p: BillingDetailsParams | undefined, base = emptyBilling()): Stripe.PaymentMethod.BillingDetails {
  if (!p) return base;
  const out = { ...base };
  if (p.address !== undefined) out.address = p.address === '' ? emptyBilling().address : { ...emptyBilling().address!, ...p.address };
  if (p.email !== undefined) out.email = p.email === '' ? null : p.email;
  if (p.name !== undefined) out.name = p.name === '' ? null : p.name;
  if (p.phone !== undefined) out.phone = p.phone === '' ? null : p.phone;
  return out;
}

/** Throws the 402 a declining outcome means, with the payment method attached to the error. */
export function throwIfDeclined(outcome: CardOutcome, extra: { payment_method?: Stripe.PaymentMethod } = {}): void {
  if (outcome.kind !== 'decline') return;
  throw cardError({
    code: outcome.code,
    message: outcome.message,
    ...(outcome.decline_code ? { decline_code: outcome.decline_code } : {}),
    ...(outcome.advice_code ? { advice_code: outcome.advice_code } : {}),
    ...extra,
  });
}

/**
 * A card token made by `POST /v1/tokens` (Stripe.js `createToken`): the test card it stands for,
 * with the expiry and holder details it was made with. Tokens are single-use, as at Stripe.
 */
export interface StoredCardToken {
  token: Stripe.Token;
  card: TestCard;
  exp_month: number;
  exp_year: number;
  billing_details: BillingDetailsParams;
}

// Kept beside the account rather than on it, so an account reset drops its tokens with it.
const cardTokens = new WeakMap<Account, Map<string, StoredCardToken>>();

/** The card tokens this account has made, by `tok_…` id. */
export function cardTokensOf(account: Account): Map<string, StoredCardToken> {
  let tokens = cardTokens.get(account);
  if (!tokens) {
    tokens = new Map();
    cardTokens.set(account, tokens);
  }
  return tokens;
}

/** Uses up a token this account made: a second use is Stripe's 400. */
function spendCardToken(stored: StoredCardToken, param: string): StoredCardToken {
  if (stored.token.used) throw parameterInvalid(param, `You cannot use a Stripe token more than once: ${stored.token.id}.`, 'token_already_used');
  stored.token.used = true;
  return stored;
}

/** Checks `card[…]` and finds its test card: by number (with expiry and cvc checks) or by Stripe's fixed test token. */
export function cardFromParams(p: CardParams): { card: TestCard; exp_month: number; exp_year: number } {
  if (p.token !== undefined) {
    const card = testCardByToken(p.token);
    if (!card) throw resourceMissing('token', p.token, 'card[token]');
    return { card, exp_month: 12, exp_year: new Date().getFullYear() + 3 };
  }
  if (p.number === undefined) throw parameterInvalid('card[number]', 'Missing required param: card[number].', 'parameter_missing');
  const number = p.number.replace(/[\s-]/g, '');
  if (!passesLuhn(number)) throw cardError({ code: 'incorrect_number', message: 'Your card number is incorrect.', param: 'number' });
  const card = testCardByNumber(number);
  if (!card)
    throw cardError({
      code: 'card_declined',
      decline_code: 'test_mode_live_card',
      message: 'Your card was declined. Your request was in test mode, but used a non test (live) card.',
    });
  if (p.exp_month === undefined || p.exp_month < 1 || p.exp_month > 12)
    throw cardError({ code: 'invalid_expiry_month', message: "Your card's expiration month is invalid.", param: 'exp_month' });
  const now = new Date();
  const year = p.exp_year !== undefined && p.exp_year < 100 ? 2000 + p.exp_year : p.exp_year;
  if (year === undefined || year < now.getFullYear() || year > now.getFullYear() + 50)
    throw cardError({ code: 'invalid_expiry_year', message: "Your card's expiration year is invalid.", param: 'exp_year' });
  if (year === now.getFullYear() && p.exp_month < now.getMonth() + 1)
    throw cardError({ code: 'invalid_expiry_month', message: "Your card's expiration month is invalid.", param: 'exp_month' });
  if (p.cvc !== undefined && !/^\d{3,4}$/.test(p.cvc)) throw cardError({ code: 'invalid_cvc', message: "Your card's security code is invalid.", param: 'cvc' });
  return { card, exp_month: p.exp_month, exp_year: year };
}

/** Stores a new card PaymentMethod for a test card. */
export function storeCardPaymentMethod(
  account: Account,
  card: TestCard,
  opts: { exp_month?: number; exp_year?: number; billing_details?: BillingDetailsParams; metadata?: Stripe.Metadata; wallet?: 'link' } = {},
): Stripe.PaymentMethod {
  const pm: Stripe.PaymentMethod = {
    id: newId('pm'),
    object: 'payment_method',
    allow_redisplay: 'unspecified',
    billing_details: billingDetails(opts.billing_details),
    card: {
      brand: card.brand,
      checks: { address_line1_check: null, address_postal_code_check: null, cvc_check: 'pass' },
      country: card.country,
      display_brand: card.brand,
      exp_month: opts.exp_month ?? 12,
      exp_year: opts.exp_year ?? new Date().getFullYear() + 3,
      fingerprint: card.number.slice(-8).split('').reverse().join('') + 'Fp' + card.number.slice(0, 6),
      funding: card.funding,
      generated_from: null,
      last4: card.number.slice(-4),
      networks: { available: [card.brand], preferred: null },
      regulated_status: 'unregulated',
      three_d_secure_usage: { supported: true },
      wallet: opts.wallet ? { type: opts.wallet } : null,
    } as Stripe.PaymentMethod.Card,
    created: nowSeconds(),
    customer: null,
    customer_account: null,
    livemode: false,
    metadata: opts.metadata ?? {},
    radar_options: {},
    type: 'card',
  };
  account.paymentMethods.set(pm.id, pm);
  account.cards.set(pm.id, card);
  return pm;
}

/** Creates a card PaymentMethod from `card[number|exp_month|exp_year|cvc]` or `card[token]`. */
export function createCardPaymentMethod(
  account: Account,
  p: CardParams,
  extra: { billing_details?: BillingDetailsParams; metadata?: Stripe.Metadata } = {},
): Stripe.PaymentMethod {
  const stored = p.token !== undefined ? cardTokensOf(account).get(p.token) : undefined;
  if (stored) {
    const { card, exp_month, exp_year, billing_details } = spendCardToken(stored, 'card[token]');
    return storeCardPaymentMethod(account, card, { exp_month, exp_year, ...extra, billing_details: { ...billing_details, ...extra.billing_details } });
  }
  const { card, exp_month, exp_year } = cardFromParams(p);
  return storeCardPaymentMethod(account, card, { exp_month, exp_year, ...extra });
}

/**
 * The PaymentMethod a `payment_method` parameter names: one of this account's, or a new one for a
 * Stripe test id such as `pm_card_visa` (Stripe makes a fresh PaymentMethod each time it is used).
 */
export function resolvePaymentMethod(account: Account, ref: string, param = 'payment_method'): Stripe.PaymentMethod {
  const stored = account.paymentMethods.get(ref);
  if (stored) return stored;
  const card = testCardByPaymentMethod(ref) ?? testCardByToken(ref);
  if (card) return storeCardPaymentMethod(account, card);
  if (cardTokensOf(account).has(ref)) return createCardPaymentMethod(account, { token: ref });
  throw resourceMissing('PaymentMethod', ref, param);
}

/** Attaches a payment method to a customer; a card that cannot be attached answers its 402. */
export function attachPaymentMethod(account: Account, ref: string, customerId: string, param = 'payment_method'): Stripe.PaymentMethod {
  if (!account.customers.has(customerId)) throw resourceMissing('customer', customerId, 'customer');
  const pm = resolvePaymentMethod(account, ref, param);
  if (pm.customer && pm.customer !== customerId)
    throw invalidState('The payment method you provided has already been attached to a customer.', 'payment_method_unexpected_state', { param });
  const card = account.cards.get(pm.id);
  if (card) throwIfDeclined(card.attach, { payment_method: pm });
  pm.customer = customerId;
  account.events.record('payment_method.attached', pm);
  return pm;
}

/** Detaches a payment method from its customer. */
export function detachPaymentMethod(account: Account, id: string): Stripe.PaymentMethod {
  const pm = account.paymentMethods.get(id);
  if (!pm) throw resourceMissing('PaymentMethod', id);
  if (!pm.customer)
    throw invalidState('The payment method you provided is not attached to a customer so detachment is impossible.', 'payment_method_unexpected_state');
  const customer = pm.customer;
  pm.customer = null;
  account.setUpForOffSession.delete(pm.id);
  account.events.record('payment_method.detached', pm, { customer });
  return pm;
}
