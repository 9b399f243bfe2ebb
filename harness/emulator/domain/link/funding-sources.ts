import { randomToken } from '../../core/ids.ts';
import { testCardByNumber, type TestCard } from '../test-cards.ts';

/** A card in a Link wallet; its test card decides how intents confirmed with it behave. */
export interface CardFundingSource {
  id: string;
  type: 'card';
  card: TestCard;
  exp_month: number;
  exp_year: number;
}

/** A US bank account in a Link wallet (no card behind it: it confirms without a decline path). */
export interface BankAccountFundingSource {
  id: string;
  type: 'bank_account';
  bank_name: string;
  last4: string;
}

export type FundingSource = CardFundingSource | BankAccountFundingSource;

/** Funding source ids look like Stripe's consumer payment details ids. */
const newFundingSourceId = () => `csmrpd_${randomToken(24)}`;

/** The test bank Stripe's US bank account test numbers (routing 110000000, account 000123456789) belong to. */
export const TEST_BANK = { bank_name: 'STRIPE TEST BANK', last4: '6789' } as const;

/**
 * A card funding source for a test card.
 *
 * @example
 * cardFundingSource(testCardByNumber('4242424242424242')!)
 */
export function cardFundingSource(card: TestCard, exp: { exp_month?: number; exp_year?: number } = {}): CardFundingSource {
  return { id: newFundingSourceId(), type: 'card', card, exp_month: exp.exp_month ?? 12, exp_year: exp.exp_year ?? new Date().getFullYear() + 3 };
}

/**
 * A US bank account funding source (Stripe's test bank unless told otherwise).
 *
 * @example
 * bankAccountFundingSource({ bank_name: 'STRIPE TEST BANK', last4: '6789' })
 */
export function bankAccountFundingSource(bank: { bank_name?: string; last4?: string } = {}): BankAccountFundingSource {
  return { id: newFundingSourceId(), type: 'bank_account', bank_name: bank.bank_name ?? TEST_BANK.bank_name, last4: bank.last4 ?? TEST_BANK.last4 };
}

const brandNames: Record<TestCard['brand'], string> = { visa: 'Visa', mastercard: 'Mastercard', amex: 'American Express', discover: 'Discover' };

/** What a shopper reads in the wallet and the picker, e.g. `Visa •••• 4242`. */
export function fundingSourceLabel(source: FundingSource): string {
  return source.type === 'card' ? `${brandNames[source.card.brand]} •••• ${source.card.number.slice(-4)}` : `${source.bank_name} •••• ${source.last4}`;
}

const visa = () => testCardByNumber('4242424242424242')!;
const mastercard = () => testCardByNumber('5555555555554444')!;

/**
 * The wallet a new Link account starts with: the card given at sign-up (Visa 4242 when none was
 * given); for `+multiple_funding_sources@` emails also a second card of another brand and a
 * US bank account, so the picker has a real choice. The first source is the default.
 */
export function initialFundingSources(multiple: boolean, first?: CardFundingSource): FundingSource[] {
  const firstCard = first ?? cardFundingSource(visa());
  if (!multiple) return [firstCard];
  const second = firstCard.card.number === mastercard().number ? visa() : mastercard();
  return [firstCard, cardFundingSource(second), bankAccountFundingSource()];
}
