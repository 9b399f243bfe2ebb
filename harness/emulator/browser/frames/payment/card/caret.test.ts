import { describe, expect, it } from 'vitest';
import { caretAfterDigits, digitsBeforeCaret } from './caret.ts';

describe('caret placement after reformatting', () => {
  it('keeps the caret after the same digits', () => {
    expect(caretAfterDigits('4242 4242 4', 4)).toBe(4);
    expect(caretAfterDigits('4242 4242 4', 5)).toBe(6);
    expect(caretAfterDigits('4242 4242 4', 9)).toBe(11);
    expect(caretAfterDigits('12 / 34', 3)).toBe(6);
    expect(caretAfterDigits('12 / ', 2)).toBe(2);
    expect(caretAfterDigits('', 0)).toBe(0);
  });

  it('counts digits before a caret', () => {
    expect(digitsBeforeCaret('4242 42', 6)).toBe(5);
  });
});
