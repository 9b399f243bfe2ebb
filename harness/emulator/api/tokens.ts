import type Stripe from 'stripe';
import type { Account } from '../domain/account.ts';
import { cardFromParams, cardTokensOf, type BillingDetailsParams, type CardParams } from '../domain/payment-methods.ts';
import type { TestCard } from '../domain/test-cards.ts';
import { defineEndpoint, type Endpoint } from '../http/endpoint.ts';
import { parameterInvalid, parameterMissing, resourceMissing } from '../core/errors.ts';
import { newId, nowSeconds } from '../core/ids.ts';
import { any, int, obj, str } from '../http/params.ts';

/**
 * `POST /v1/tokens` for cards (what Stripe.js `createToken` calls) and `GET /v1/tokens/:id`.
 * A token stands for one test card; `card[token]=tok_…` on a PaymentMethod or an intent's
 * `payment_method_data` spends it. Bank account, PII and account tokens are not emulated.
 */

/** `card[…]` on token create: the card and its holder's name and address, in the Charges API's flat form. */
interface TokenCardParams extends CardParams {
  name?: string;
  address_line1?: string;
  address_line2?: string;
  address_city?: string;
  address_state?: string;
  address_zip?: string;
  address_country?: string;
  currency?: string;
}

const tokenCardParams = obj({
  number: str(),
  exp_month: int(),
  exp_year: int(),
  cvc: str(),
  name: str({ max: 5000 }),
  address_line1: str({ max: 5000 }),
  address_line2: str({ max: 5000 }),
  address_city: str({ max: 5000 }),
  address_state: str({ max: 5000 }),
  address_zip: str({ max: 5000 }),
  address_country: str({ max: 5000 }),
  currency: str(),
  networks: obj({ preferred: str() }),
});

/** The brand names of the legacy `card` object (PaymentMethods use lower-case ids instead). */
const legacyBrand: Record<TestCard['brand'], string> = { visa: 'Visa', mastercard: 'MasterCard', amex: 'American Express', discover: 'Discover' };

const orNull = (value: string | undefined) => (value === undefined || value === '' ? null : value);

function legacyCard(card: TestCard, p: TokenCardParams, exp_month: number, exp_year: number): Stripe.Card {
  return {
    id: newId('card'),
    object: 'card',
    address_city: orNull(p.address_city),
    address_country: orNull(p.address_country),
    address_line1: orNull(p.address_line1),
    address_line1_check: p.address_line1 ? 'unchecked' : null,
    address_line2: orNull(p.address_line2),
    address_state: orNull(p.address_state),
    address_zip: orNull(p.address_zip),
    address_zip_check: p.address_zip ? 'unchecked' : null,
    brand: legacyBrand[card.brand],
    country: card.country,
    cvc_check: p.cvc ? 'unchecked' : null,
    dynamic_last4: null,
    exp_month,
    exp_year,
    fingerprint: card.number.slice(-8).split('').reverse().join('') + 'Fp' + card.number.slice(0, 6),
    funding: card.funding,
    last4: card.number.slice(-4),
    metadata: {},
    name: orNull(p.name),
    networks: { preferred: null },
    tokenization_method: null,
    wallet: null,
  } as unknown as Stripe.Card;
}

/** The billing details a PaymentMethod made from the token carries. */
function holderDetails(p: TokenCardParams): BillingDetailsParams {
  const address = {
    ...(p.address_line1 ? { line1: p.address_line1 } : {}),
    ...(p.address_line2 ? { line2: p.address_line2 } : {}),
    ...(p.address_city ? { city: p.address_city } : {}),
    ...(p.address_state ? { state: p.address_state } : {}),
    ...(p.address_zip ? { postal_code: p.address_zip } : {}),
    ...(p.address_country ? { country: p.address_country } : {}),
  };
  return { ...(p.name ? { name: p.name } : {}), ...(Object.keys(address).length > 0 ? { address } : {}) };
}

/**
 * Makes a single-use card token for a test card.
 *
 * @example
 * createCardToken(account, { number: '4242424242424242', exp_month: 12, exp_year: 2030, cvc: '123' }).id // 'tok_1…'
 */
export function createCardToken(account: Account, p: TokenCardParams): Stripe.Token {
  if (p.number === undefined) throw parameterMissing('card[number]');
  if (p.exp_month === undefined) throw parameterMissing('card[exp_month]');
  if (p.exp_year === undefined) throw parameterMissing('card[exp_year]');
  const { card, exp_month, exp_year } = cardFromParams({
    number: p.number,
    exp_month: p.exp_month,
    exp_year: p.exp_year,
    ...(p.cvc !== undefined ? { cvc: p.cvc } : {}),
  });
  const token = {
    id: newId('tok'),
    object: 'token',
    card: legacyCard(card, p, exp_month, exp_year),
    client_ip: null,
    created: nowSeconds(),
    livemode: false,
    type: 'card',
    used: false,
  } as Stripe.Token;
  cardTokensOf(account).set(token.id, { token, card, exp_month, exp_year, billing_details: holderDetails(p) });
  return token;
}

/** The other kinds of token Stripe makes; the emulator makes card tokens only and says so. */
const otherTokenKinds = ['bank_account', 'pii', 'account', 'person', 'cvc_update'] as const;

const createToken = defineEndpoint<{ card?: TokenCardParams; customer?: string } & Partial<Record<(typeof otherTokenKinds)[number], unknown>>>({
  method: 'post',
  path: '/v1/tokens',
  access: 'publishable',
  params: obj({ card: tokenCardParams, customer: str(), ...Object.fromEntries(otherTokenKinds.map((kind) => [kind, any()])) }),
  handle({ account }, p) {
    const other = otherTokenKinds.find((kind) => p[kind] !== undefined);
    if (other !== undefined)
      throw parameterInvalid(
        other,
        `The link-harness emulator makes card tokens only, not ${other} tokens; pass card[number], card[exp_month] and card[exp_year].`,
      );
    if (p.customer !== undefined)
      throw parameterInvalid(
        'customer',
        "The link-harness emulator does not make tokens from a customer's saved cards; pass card[number], card[exp_month] and card[exp_year].",
      );
    if (!p.card) throw parameterMissing('card');
    return createCardToken(account, p.card);
  },
});

const retrieveToken = defineEndpoint({
  method: 'get',
  path: '/v1/tokens/:token',
  access: 'secret',
  params: obj({}),
  handle({ account, path }) {
    const stored = cardTokensOf(account).get(path.token!);
    if (!stored) throw resourceMissing('token', path.token!, 'token');
    return stored.token;
  },
});

/** `/v1/tokens`: card tokens for Stripe.js `createToken`. */
export const tokenEndpoints: Endpoint[] = [createToken, retrieveToken];
