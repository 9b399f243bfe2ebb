import type { Account } from '../account.ts';
import { parameterInvalid } from '../../core/errors.ts';
import { testCardByNumber, testCardByPaymentMethod } from '../test-cards.ts';
import { newConsumerSession, type ConsumerSession } from './consumer-session.ts';
import { isEmail, normalizeEmail, wantsMultipleFundingSources } from './emails.ts';
import { accountExists, accountLocked, emailInvalid } from './errors.ts';
import { cardFundingSource, initialFundingSources, type CardFundingSource } from './funding-sources.ts';
import { newLinkAccount, type LinkAccount } from './link-account.ts';

/** The first card of a new wallet: `payment_method` (this account's card or a `pm_card_*` id) or `card[…]`. */
export interface SignUpCard {
  payment_method?: string;
  card?: { number?: string; exp_month?: number; exp_year?: number; cvc?: string };
}

export interface SignUpDetails extends SignUpCard {
  email_address: string;
  phone_number?: string;
  legal_name?: string;
  country?: string;
}

/** The card funding source a sign-up names, or undefined for the default Visa 4242. */
export function signUpCardSource(account: Account, p: SignUpCard): CardFundingSource | undefined {
  if (p.payment_method !== undefined) {
    const stored = account.paymentMethods.get(p.payment_method);
    const card = stored ? account.cards.get(stored.id) : testCardByPaymentMethod(p.payment_method);
    if (!card)
      throw parameterInvalid(
        'payment_method',
        `Invalid payment_method: ${p.payment_method} is not a card payment method of this account or a pm_card_ test id.`,
      );
    return cardFundingSource(card, { exp_month: stored?.card?.exp_month, exp_year: stored?.card?.exp_year });
  }
  if (p.card === undefined) return undefined;
  if (p.card.number === undefined) throw parameterInvalid('card[number]', 'Missing required param: card[number].', 'parameter_missing');
  const card = testCardByNumber(p.card.number);
  if (!card) throw parameterInvalid('card[number]', "Invalid card[number]: use one of Stripe's test card numbers.", 'invalid_number');
  if (p.card.exp_month !== undefined && (p.card.exp_month < 1 || p.card.exp_month > 12))
    throw parameterInvalid('card[exp_month]', 'Invalid card[exp_month]: must be 1 to 12.', 'invalid_expiry_month');
  const year = p.card.exp_year !== undefined && p.card.exp_year < 100 ? 2000 + p.card.exp_year : p.card.exp_year;
  if (year !== undefined && year < new Date().getFullYear())
    throw parameterInvalid('card[exp_year]', 'Invalid card[exp_year]: the card has expired.', 'invalid_expiry_year');
  return cardFundingSource(card, { exp_month: p.card.exp_month, exp_year: year });
}

/**
 * Creates a Link account for a new shopper (the Link opt-in at checkout) and a session that is
 * verified at once, as signing up is proof enough. An email with a Link account already is refused.
 *
 * @example
 * signUp(account, { email_address: 'new@example.com', card: { number: '4000002500003155' } })
 */
export function signUp(account: Account, d: SignUpDetails): { session: ConsumerSession; linkAccount: LinkAccount } {
  if (!isEmail(d.email_address)) throw emailInvalid('email_address');
  const existing = account.link.get(d.email_address);
  if (existing) throw existing.locked ? accountLocked('email_address') : accountExists();
  const email = normalizeEmail(d.email_address);
  const linkAccount = account.link.put(
    newLinkAccount({
      email,
      fundingSources: initialFundingSources(wantsMultipleFundingSources(email), signUpCardSource(account, d)),
      phone: d.phone_number ?? null,
      legalName: d.legal_name ?? null,
      country: d.country ?? null,
    }),
  );
  return { session: account.link.addSession(newConsumerSession(email, 'SIGNUP')), linkAccount };
}
