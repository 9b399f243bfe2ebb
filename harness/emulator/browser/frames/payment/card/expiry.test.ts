import { describe, expect, it } from 'vitest';
import { expiryDigits, formatExpiry, parseExpiry } from './expiry.ts';

describe('formatExpiry', () => {
  it('shows typed MMYY as MM / YY', () => {
    expect(formatExpiry('1234')).toBe('12 / 34');
    expect(formatExpiry('12/34')).toBe('12 / 34');
    expect(formatExpiry('12 / 34')).toBe('12 / 34');
  });

  it('adds the separator after the month, but not while deleting', () => {
    expect(formatExpiry('12')).toBe('12 / ');
    expect(formatExpiry('12 /', true)).toBe('12');
    expect(formatExpiry('1')).toBe('1');
  });

  it('reads a first digit above 1 as a month, and 13 as 01 then 3', () => {
    expect(formatExpiry('4')).toBe('04 / ');
    expect(formatExpiry('13')).toBe('01 / 3');
    expect(formatExpiry('1/')).toBe('01 / ');
  });

  it('keeps two year digits of a four-digit year', () => {
    expect(expiryDigits('12/2034')).toBe('1234');
    expect(expiryDigits('123456')).toBe('1234');
  });
});

describe('parseExpiry', () => {
  it('gives the month and the four-digit year once four digits are in', () => {
    expect(parseExpiry('12 / 34')).toEqual({ month: 12, year: 2034 });
    expect(parseExpiry('12 / 3')).toBeNull();
  });
});
