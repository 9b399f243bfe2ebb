/** The expiry field: typed `MMYY` (or `M`, `MM/YY`, `MM/YYYY`), shown as `MM / YY`. */

/**
 * The month and two-digit year digits of what was typed: a first digit above 1 is a month
 * (`4` → `04`), `13` means `01` then `3`, and a four-digit year keeps its last two digits.
 */
export function expiryDigits(value: string): string {
  const [monthPart = '', yearPart] = value.split('/');
  let digits = value.replace(/\D/g, '');
  const monthDigits = monthPart.replace(/\D/g, '');
  // "1/" or "1 / 2": a lone digit before the slash is a month.
  if (yearPart !== undefined && monthDigits.length === 1) digits = `0${monthDigits}${yearPart.replace(/\D/g, '')}`;
  // "12/2034": keep the year's last two digits.
  const year = yearPart?.replace(/\D/g, '') ?? '';
  if (yearPart !== undefined && monthDigits.length === 2 && year.length === 4) digits = `${monthDigits}${year.slice(2)}`;
  if (/^[2-9]/.test(digits)) digits = `0${digits}`;
  if (/^1[3-9]/.test(digits)) digits = `01${digits.slice(1)}`;
  return digits.slice(0, 4);
}

/**
 * The expiry as the field shows it. After two digits the separator appears, unless the shopper
 * is deleting (else backspace could never get past it).
 *
 * @example
 * formatExpiry('1234') // '12 / 34'
 * formatExpiry('4')    // '04 / '
 */
export function formatExpiry(value: string, deleting = false): string {
  const digits = expiryDigits(value);
  if (digits.length < 2) return digits;
  if (digits.length === 2) return deleting ? digits : `${digits} / `;
  return `${digits.slice(0, 2)} / ${digits.slice(2)}`;
}

/** The month and four-digit year, once four digits are in. */
export function parseExpiry(value: string): { month: number; year: number } | null {
  const digits = expiryDigits(value);
  if (digits.length < 4) return null;
  return { month: Number(digits.slice(0, 2)), year: 2000 + Number(digits.slice(2, 4)) };
}
