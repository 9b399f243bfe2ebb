import { describe, expect, it } from 'vitest';
import { asValidationError, cardChangeEvent, firstProblem, partProblem, partsOf, type CardParts } from './card-state.ts';

const now = new Date('2026-06-15T12:00:00Z');
const parts = (p: Partial<CardParts>): CardParts => ({ number: '', expiry: '', cvc: '', postalCode: '', ...p });
const whole = parts({ number: '4242 4242 4242 4242', expiry: '12 / 34', cvc: '123', postalCode: '42424' });

describe('card element fields', () => {
  it('card has number, expiry, CVC and postal code unless hidePostalCode; split elements one each', () => {
    expect(partsOf('card')).toEqual(['number', 'expiry', 'cvc', 'postalCode']);
    expect(partsOf('card', { hidePostalCode: true })).toEqual(['number', 'expiry', 'cvc']);
    expect(partsOf('cardNumber')).toEqual(['number']);
    expect(partsOf('cardExpiry')).toEqual(['expiry']);
    expect(partsOf('cardCvc')).toEqual(['cvc']);
  });
});

describe('card element validation', () => {
  it("an incomplete number is incomplete_number with Stripe.js's message, before anything else", () => {
    const problem = firstProblem(partsOf('card'), parts({ number: '4242 4242', expiry: '12' }), { now });
    expect(problem).toEqual({ code: 'incomplete_number', message: 'Your card number is incomplete.' });
    expect(asValidationError(problem!)).toEqual({ type: 'validation_error', code: 'incomplete_number', message: 'Your card number is incomplete.' });
  });

  it('a whole card has no problem; a missing postal code is incomplete_zip', () => {
    expect(firstProblem(partsOf('card'), whole, { now })).toBeNull();
    expect(firstProblem(partsOf('card'), { ...whole, postalCode: '' }, { now })?.code).toBe('incomplete_zip');
    expect(firstProblem(partsOf('card'), { ...whole, postalCode: '424' }, { now })?.code).toBe('incomplete_zip');
    expect(firstProblem(partsOf('card'), { ...whole, postalCode: 'SW1A 1AA' }, { now })).toBeNull();
    expect(firstProblem(partsOf('card', { hidePostalCode: true }), { ...whole, postalCode: '' }, { now })).toBeNull();
  });

  it('checks expiry dates in the past and a wrong checksum', () => {
    expect(partProblem('expiry', parts({ expiry: '01 / 20' }), { now })?.code).toBe('invalid_expiry_year_past');
    expect(partProblem('number', parts({ number: '4242 4242 4242 4241' }), { now })?.code).toBe('invalid_number');
  });

  it('checks the CVC against the number, or against the brand the number element reported', () => {
    expect(partProblem('cvc', parts({ number: '3782 822463 10005', cvc: '123' }), { now })?.code).toBe('incomplete_cvc');
    expect(partProblem('cvc', parts({ number: '3782 822463 10005', cvc: '1234' }), { now })).toBeNull();
    expect(partProblem('cvc', parts({ cvc: '123' }), { brand: 'amex', now })?.code).toBe('incomplete_cvc');
    expect(partProblem('cvc', parts({ cvc: '1234' }), { brand: 'visa', now })?.code).toBe('incomplete_cvc');
    expect(partProblem('cvc', parts({ cvc: '1234' }), { now })).toBeNull();
    expect(partProblem('cvc', parts({ cvc: '12' }), { now })?.code).toBe('incomplete_cvc');
  });
});

describe('card element change events', () => {
  it('card: empty, complete, error, brand and value.postalCode', () => {
    expect(cardChangeEvent('card', partsOf('card'), parts({}), undefined, { now })).toEqual({
      elementType: 'card',
      empty: true,
      complete: false,
      error: undefined,
      brand: 'unknown',
      value: { postalCode: '' },
    });
    const error = { type: 'validation_error' as const, code: 'incomplete_number', message: 'Your card number is incomplete.' };
    expect(cardChangeEvent('card', partsOf('card'), parts({ number: '4242' }), error, { now })).toMatchObject({
      empty: false,
      complete: false,
      error,
      brand: 'visa',
    });
    expect(cardChangeEvent('card', partsOf('card'), whole, undefined, { now })).toMatchObject({ complete: true, value: { postalCode: '42424' } });
  });

  it('split elements report their own field; only cardNumber has a brand', () => {
    expect(cardChangeEvent('cardNumber', ['number'], parts({ number: '5555 5555 5555 4444' }), undefined, { now })).toEqual({
      elementType: 'cardNumber',
      empty: false,
      complete: true,
      error: undefined,
      brand: 'mastercard',
    });
    expect(cardChangeEvent('cardExpiry', ['expiry'], parts({ expiry: '12 / 34' }), undefined, { now })).toEqual({
      elementType: 'cardExpiry',
      empty: false,
      complete: true,
      error: undefined,
    });
    expect(cardChangeEvent('cardCvc', ['cvc'], parts({ cvc: '12' }), undefined, { now })).toEqual({
      elementType: 'cardCvc',
      empty: false,
      complete: false,
      error: undefined,
    });
  });
});
