/**
 * Where the caret belongs after a field reformats itself: after the same number of digits as
 * before, so typing in the middle of `4242 4242` does not jump to the end.
 */
export function caretAfterDigits(formatted: string, digitsBefore: number): number {
  if (digitsBefore <= 0) return 0;
  let seen = 0;
  for (let i = 0; i < formatted.length; i++) {
    if (/\d/.test(formatted[i]!)) seen++;
    if (seen === digitsBefore) return i + 1;
  }
  return formatted.length;
}

/** How many digits precede a caret position in a value. */
export const digitsBeforeCaret = (value: string, caret: number): number => value.slice(0, caret).replace(/\D/g, '').length;
