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

/**
 * Reformats a field as the shopper types, keeping the caret after the same digits.
 *
 * @example
 * input.addEventListener('input', () => reformat(input, formatCardNumber, false));
 */
export function reformat(input: HTMLInputElement, format: (value: string, deleting: boolean) => string, deleting: boolean): void {
  const caret = input.selectionStart ?? input.value.length;
  const atEnd = caret >= input.value.length;
  const digits = digitsBeforeCaret(input.value, caret);
  const next = format(input.value, deleting);
  if (next === input.value) return;
  input.value = next;
  const at = atEnd ? next.length : caretAfterDigits(next, digits);
  if (document.activeElement === input) input.setSelectionRange(at, at);
}
