import { cardNumberState, cvcLength, digitsOf } from './card-number.ts';
import { postalCodeRequired } from './countries.ts';
import { expiryDigits, parseExpiry } from './expiry.ts';

/** What the card form holds, as typed. */
export interface CardFormValues {
  number: string;
  expiry: string;
  cvc: string;
  country: string;
  postalCode: string;
}

export type CardField = 'number' | 'expiry' | 'cvc' | 'postalCode';

/** Stripe.js's validation error: its code and the message shown under the field. */
export interface FieldProblem {
  code: string;
  message: string;
}

/** The fields in the order the form shows them: the first with a problem takes focus. */
export const cardFields: readonly CardField[] = ['number', 'expiry', 'cvc', 'postalCode'];

export const cardMessages = {
  incompleteNumber: { code: 'incomplete_number', message: 'Your card number is incomplete.' },
  invalidNumber: { code: 'invalid_number', message: 'Your card number is invalid.' },
  incompleteExpiry: { code: 'incomplete_expiry', message: "Your card's expiration date is incomplete." },
  invalidExpiryMonth: { code: 'invalid_expiry_month', message: "Your card's expiration date is invalid." },
  expiryYearPast: { code: 'invalid_expiry_year_past', message: "Your card's expiration year is in the past." },
  expiryMonthPast: { code: 'invalid_expiry_month_past', message: "Your card's expiration date is in the past." },
  invalidExpiryYear: { code: 'invalid_expiry_year', message: "Your card's expiration year is invalid." },
  incompleteCvc: { code: 'incomplete_cvc', message: "Your card's security code is incomplete." },
  incompleteZip: { code: 'incomplete_zip', message: 'Your ZIP is incomplete.' },
  invalidZip: { code: 'invalid_zip', message: 'Your ZIP is invalid.' },
  incompletePostalCode: { code: 'incomplete_zip', message: 'Your postal code is incomplete.' },
} as const satisfies Record<string, FieldProblem>;

function numberProblem(v: CardFormValues): FieldProblem | null {
  const state = cardNumberState(v.number);
  if (state === 'complete') return null;
  return state === 'invalid' ? cardMessages.invalidNumber : cardMessages.incompleteNumber;
}

function expiryProblem(v: CardFormValues, now: Date): FieldProblem | null {
  const parsed = parseExpiry(v.expiry);
  if (!parsed || expiryDigits(v.expiry).length < 4) return cardMessages.incompleteExpiry;
  if (parsed.month < 1 || parsed.month > 12) return cardMessages.invalidExpiryMonth;
  const thisYear = now.getFullYear();
  if (parsed.year < thisYear) return cardMessages.expiryYearPast;
  if (parsed.year === thisYear && parsed.month < now.getMonth() + 1) return cardMessages.expiryMonthPast;
  if (parsed.year > thisYear + 50) return cardMessages.invalidExpiryYear;
  return null;
}

function cvcProblem(v: CardFormValues): FieldProblem | null {
  return digitsOf(v.cvc).length === cvcLength(v.number) ? null : cardMessages.incompleteCvc;
}

function postalCodeProblem(v: CardFormValues): FieldProblem | null {
  if (!postalCodeRequired(v.country)) return null;
  const code = v.postalCode.trim();
  if (v.country === 'US') {
    if (/[^\d\s-]/.test(code)) return cardMessages.invalidZip;
    const digits = digitsOf(code);
    return digits.length === 5 || digits.length === 9 ? null : digits.length > 9 ? cardMessages.invalidZip : cardMessages.incompleteZip;
  }
  const letters = code.replace(/[^0-9a-z]/gi, '');
  const shortest = v.country === 'CA' ? 6 : 5;
  return letters.length >= shortest ? null : cardMessages.incompletePostalCode;
}

/**
 * The problem of one field, or null when it is fine.
 *
 * @example
 * fieldProblem('number', { ...values, number: '4242 4242' }) // { code: 'incomplete_number', … }
 */
export function fieldProblem(field: CardField, values: CardFormValues, now: Date = new Date()): FieldProblem | null {
  switch (field) {
    case 'number':
      return numberProblem(values);
    case 'expiry':
      return expiryProblem(values, now);
    case 'cvc':
      return cvcProblem(values);
    case 'postalCode':
      return postalCodeProblem(values);
  }
}

/** Every field's problem, in form order; empty when the card can be submitted. */
export function cardProblems(values: CardFormValues, now: Date = new Date()): [CardField, FieldProblem][] {
  return cardFields.flatMap((field) => {
    const problem = fieldProblem(field, values, now);
    return problem ? [[field, problem] as [CardField, FieldProblem]] : [];
  });
}

/** Whether the shopper has typed anything at all into the card form. */
export const cardFormEmpty = (v: CardFormValues): boolean => [v.number, v.expiry, v.cvc, v.postalCode].every((s) => s.trim() === '');
