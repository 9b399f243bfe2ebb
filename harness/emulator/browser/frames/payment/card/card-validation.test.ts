import { describe, expect, it } from 'vitest';
import { cardFormEmpty, cardMessages, cardProblems, fieldProblem, type CardFormValues } from './card-validation.ts';

const now = new Date(2026, 5, 15); // June 2026
const good: CardFormValues = { number: '4242 4242 4242 4242', expiry: '12 / 34', cvc: '123', country: 'US', postalCode: '42424' };
const problem = (field: Parameters<typeof fieldProblem>[0], change: Partial<CardFormValues>) =>
  fieldProblem(field, { ...good, ...change }, now)?.message ?? null;

describe('card validation messages', () => {
  it('accepts a complete card', () => {
    expect(cardProblems(good, now)).toEqual([]);
  });

  it('card number: incomplete, then invalid when whole and wrong', () => {
    expect(problem('number', { number: '' })).toBe('Your card number is incomplete.');
    expect(problem('number', { number: '4242 4242' })).toBe('Your card number is incomplete.');
    expect(problem('number', { number: '4242 4242 4242 4241' })).toBe('Your card number is invalid.');
  });

  it('expiry: incomplete, past year, past month, bad month', () => {
    expect(problem('expiry', { expiry: '12 / 3' })).toBe("Your card's expiration date is incomplete.");
    expect(problem('expiry', { expiry: '' })).toBe("Your card's expiration date is incomplete.");
    expect(problem('expiry', { expiry: '12 / 20' })).toBe("Your card's expiration year is in the past.");
    expect(problem('expiry', { expiry: '05 / 26' })).toBe("Your card's expiration date is in the past.");
    expect(problem('expiry', { expiry: '06 / 26' })).toBeNull();
    expect(problem('expiry', { expiry: '00 / 30' })).toBe("Your card's expiration date is invalid.");
    expect(problem('expiry', { expiry: '12 / 99' })).toBe("Your card's expiration year is invalid.");
  });

  it('security code: three digits, four for amex', () => {
    expect(problem('cvc', { cvc: '12' })).toBe("Your card's security code is incomplete.");
    expect(problem('cvc', { number: '378282246310005', cvc: '123' })).toBe("Your card's security code is incomplete.");
    expect(problem('cvc', { number: '378282246310005', cvc: '1234' })).toBeNull();
  });

  it('postal code: a ZIP in the US, a postal code in GB and CA, none elsewhere', () => {
    expect(problem('postalCode', { postalCode: '' })).toBe('Your ZIP is incomplete.');
    expect(problem('postalCode', { postalCode: '4242' })).toBe('Your ZIP is incomplete.');
    expect(problem('postalCode', { postalCode: 'ABCDE' })).toBe('Your ZIP is invalid.');
    expect(problem('postalCode', { postalCode: '42424-1234' })).toBeNull();
    expect(problem('postalCode', { country: 'GB', postalCode: 'SW1' })).toBe('Your postal code is incomplete.');
    expect(problem('postalCode', { country: 'GB', postalCode: 'SW1A 1AA' })).toBeNull();
    expect(problem('postalCode', { country: 'DE', postalCode: '' })).toBeNull();
  });

  it('lists problems in form order with Stripe.js codes', () => {
    const problems = cardProblems({ number: '4242', expiry: '', cvc: '', country: 'US', postalCode: '' }, now);
    expect(problems.map(([field, p]) => [field, p.code])).toEqual([
      ['number', 'incomplete_number'],
      ['expiry', 'incomplete_expiry'],
      ['cvc', 'incomplete_cvc'],
      ['postalCode', 'incomplete_zip'],
    ]);
    expect(cardMessages.incompleteZip.message).toBe('Your ZIP is incomplete.');
  });

  it('knows an untouched form', () => {
    expect(cardFormEmpty({ number: '', expiry: '', cvc: '', country: 'US', postalCode: ' ' })).toBe(true);
    expect(cardFormEmpty(good)).toBe(false);
  });
});
