import type { StripeJsError } from '../../protocol.ts';
import { cardBrand, digitsOf, type CardBrand } from '../payment/card/card-number.ts';
import { fieldProblem, type CardFormValues, type FieldProblem } from '../payment/card/card-validation.ts';

/**
 * What the card elements hold and report: which fields each of `card`, `cardNumber`,
 * `cardExpiry` and `cardCvc` has, each field's problem, and the `change` event Stripe.js emits.
 */

export type CardElementType = 'card' | 'cardNumber' | 'cardExpiry' | 'cardCvc';

/** One field of a card element. */
export type CardPart = 'number' | 'expiry' | 'cvc' | 'postalCode';

/** What the shopper typed into the fields of one card (any field may be missing: split elements). */
export type CardParts = Record<CardPart, string>;

/** The fields each card element shows, in the order the shopper fills them. */
export function partsOf(elementType: CardElementType, opts: { hidePostalCode?: boolean } = {}): CardPart[] {
  switch (elementType) {
    case 'card':
      return opts.hidePostalCode ? ['number', 'expiry', 'cvc'] : ['number', 'expiry', 'cvc', 'postalCode'];
    case 'cardNumber':
      return ['number'];
    case 'cardExpiry':
      return ['expiry'];
    case 'cardCvc':
      return ['cvc'];
  }
}

export const postalMessages = {
  incomplete: { code: 'incomplete_zip', message: 'Your postal code is incomplete.' },
} as const satisfies Record<string, FieldProblem>;

/** The security code's problem when only the brand is known (the `cardCvc` element): four digits for American Express, three else, either while unknown. */
function cvcProblemForBrand(cvc: string, brand: CardBrand): FieldProblem | null {
  const n = digitsOf(cvc).length;
  const ok = brand === 'amex' ? n === 4 : brand === 'unknown' ? n === 3 || n === 4 : n === 3;
  return ok ? null : { code: 'incomplete_cvc', message: "Your card's security code is incomplete." };
}

/**
 * One field's problem, or null. The security code is checked against the number when the number
 * is known (same element, or gathered from the `cardNumber` frame), else against `brand`.
 *
 * @example
 * partProblem('number', { number: '4242', expiry: '', cvc: '', postalCode: '' }) // { code: 'incomplete_number', … }
 */
export function partProblem(part: CardPart, parts: CardParts, opts: { brand?: CardBrand; now?: Date } = {}): FieldProblem | null {
  const values: CardFormValues = { ...parts, country: 'US' };
  const now = opts.now ?? new Date();
  switch (part) {
    case 'number':
    case 'expiry':
      return fieldProblem(part, values, now);
    case 'cvc':
      return digitsOf(parts.number) === '' ? cvcProblemForBrand(parts.cvc, opts.brand ?? 'unknown') : fieldProblem('cvc', values, now);
    case 'postalCode': {
      const code = parts.postalCode.trim();
      if (code === '') return postalMessages.incomplete;
      return /^\d+$/.test(code) && code.length < 5 ? postalMessages.incomplete : null;
    }
  }
}

/** The first problem among `fields`, in their order: what createPaymentMethod and confirmCardSetup answer with. */
export function firstProblem(fields: readonly CardPart[], parts: CardParts, opts: { brand?: CardBrand; now?: Date } = {}): FieldProblem | null {
  for (const part of fields) {
    const problem = partProblem(part, parts, opts);
    if (problem) return problem;
  }
  return null;
}

/** A field problem as Stripe.js reports it: in `{error}` and in a `change` event. */
export const asValidationError = (problem: FieldProblem): StripeJsError => ({ type: 'validation_error', code: problem.code, message: problem.message });

/**
 * The `change` event of a card element: `empty`, `complete` and `error` for every type, `brand`
 * for `card` and `cardNumber`, and `value: {postalCode}` for `card`. `error` is what the element
 * shows now (a problem shown on blur, or a decline), `undefined` when none, as Stripe.js sends it.
 *
 * @example
 * cardChangeEvent('card', ['number', 'expiry', 'cvc', 'postalCode'], parts, undefined)
 */
export function cardChangeEvent(
  elementType: CardElementType,
  fields: readonly CardPart[],
  parts: CardParts,
  shown: StripeJsError | undefined,
  opts: { brand?: CardBrand; now?: Date } = {},
): Record<string, unknown> {
  const event: Record<string, unknown> = {
    elementType,
    empty: fields.every((part) => parts[part].trim() === ''),
    complete: firstProblem(fields, parts, opts) === null,
    error: shown,
  };
  if (elementType === 'card' || elementType === 'cardNumber') event.brand = cardBrand(parts.number);
  if (elementType === 'card') event.value = { postalCode: fields.includes('postalCode') ? parts.postalCode.trim() : '' };
  return event;
}
