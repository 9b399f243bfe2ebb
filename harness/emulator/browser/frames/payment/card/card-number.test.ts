import { describe, expect, it } from 'vitest';
import { cardBrand, cardNumberState, cvcLength, formatCardNumber, maxLength, passesLuhn } from './card-number.ts';

describe('cardBrand', () => {
  it.each([
    ['4242424242424242', 'visa'],
    ['5555555555554444', 'mastercard'],
    ['2223003122003222', 'mastercard'],
    ['378282246310005', 'amex'],
    ['6011111111111117', 'discover'],
    ['3056930009020004', 'diners'],
    ['3566002020360505', 'jcb'],
    ['6200000000000005', 'unionpay'],
    ['9999', 'unknown'],
  ])('%s is %s', (number, brand) => {
    expect(cardBrand(number)).toBe(brand);
  });

  it('knows the brand from the first digits, before the number is whole', () => {
    expect(cardBrand('4')).toBe('visa');
    expect(cardBrand('37')).toBe('amex');
    expect(cardBrand('')).toBe('unknown');
  });
});

describe('formatCardNumber', () => {
  it('groups digits by brand', () => {
    expect(formatCardNumber('4242424242424242')).toBe('4242 4242 4242 4242');
    expect(formatCardNumber('378282246310005')).toBe('3782 822463 10005');
    expect(formatCardNumber('42424')).toBe('4242 4');
  });

  it('ignores what is not a digit and stops at the brand length', () => {
    expect(formatCardNumber('4242-4242 4242 42424242')).toBe('4242 4242 4242 4242');
    expect(formatCardNumber('3782822463100059')).toBe('3782 822463 10005');
    expect(maxLength('4242')).toBe(16);
    expect(maxLength('37')).toBe(15);
  });
});

describe('passesLuhn', () => {
  it('accepts Stripe test numbers and refuses a changed digit', () => {
    expect(passesLuhn('4242424242424242')).toBe(true);
    expect(passesLuhn('4000000000003220')).toBe(true);
    expect(passesLuhn('4242424242424241')).toBe(false);
    expect(passesLuhn('')).toBe(false);
  });
});

describe('cardNumberState', () => {
  it('says empty, incomplete, complete or invalid', () => {
    expect(cardNumberState('')).toBe('empty');
    expect(cardNumberState('4242 4242')).toBe('incomplete');
    expect(cardNumberState('4242 4242 4242 4242')).toBe('complete');
    expect(cardNumberState('4242 4242 4242 4241')).toBe('invalid');
    expect(cardNumberState('378282246310005')).toBe('complete');
  });

  it('asks amex for a four-digit security code', () => {
    expect(cvcLength('378282246310005')).toBe(4);
    expect(cvcLength('4242')).toBe(3);
  });
});
