/** Card number logic: brand detection, grouping, length and the Luhn check. */

export type CardBrand = 'visa' | 'mastercard' | 'amex' | 'discover' | 'diners' | 'jcb' | 'unionpay' | 'unknown';

interface BrandRule {
  brand: CardBrand;
  /** Whether a number (digits only, possibly partial) starts like this brand. */
  matches(digits: string): boolean;
  /** The lengths a whole number of this brand may have. */
  lengths: number[];
  /** Where the spaces go, as digit offsets. */
  gaps: number[];
  cvcLength: number;
}

const prefixIn = (digits: string, size: number, low: number, high: number) => {
  const n = Number(digits.slice(0, size));
  return digits.length >= size && n >= low && n <= high;
};

/** Ordered: the first rule that matches names the brand. */
const rules: BrandRule[] = [
  { brand: 'amex', matches: (d) => /^3[47]/.test(d), lengths: [15], gaps: [4, 10], cvcLength: 4 },
  { brand: 'diners', matches: (d) => /^3(0[0-5]|[689])/.test(d), lengths: [14, 16], gaps: [4, 10], cvcLength: 3 },
  { brand: 'jcb', matches: (d) => /^35/.test(d), lengths: [16], gaps: [4, 8, 12], cvcLength: 3 },
  { brand: 'discover', matches: (d) => /^(6011|65|64[4-9])/.test(d), lengths: [16], gaps: [4, 8, 12], cvcLength: 3 },
  { brand: 'unionpay', matches: (d) => /^62/.test(d), lengths: [16, 17, 18, 19], gaps: [4, 8, 12], cvcLength: 3 },
  { brand: 'mastercard', matches: (d) => /^5[1-5]/.test(d) || prefixIn(d, 4, 2221, 2720), lengths: [16], gaps: [4, 8, 12], cvcLength: 3 },
  { brand: 'visa', matches: (d) => /^4/.test(d), lengths: [16], gaps: [4, 8, 12], cvcLength: 3 },
];

const unknown: BrandRule = { brand: 'unknown', matches: () => true, lengths: [16], gaps: [4, 8, 12], cvcLength: 3 };

/** What a shopper reads for each brand. */
export const brandNames: Record<CardBrand, string> = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  amex: 'American Express',
  discover: 'Discover',
  diners: 'Diners Club',
  jcb: 'JCB',
  unionpay: 'UnionPay',
  unknown: 'Card',
};

/** Only the digits of what was typed. */
export const digitsOf = (value: string): string => value.replace(/\D/g, '');

const ruleOf = (digits: string): BrandRule => rules.find((r) => r.matches(digits)) ?? unknown;

/**
 * The brand a (partial) number belongs to.
 *
 * @example
 * cardBrand('4242') // 'visa'
 */
export const cardBrand = (number: string): CardBrand => ruleOf(digitsOf(number)).brand;

/** The longest number of this brand: typing stops there. */
export const maxLength = (number: string): number => Math.max(...ruleOf(digitsOf(number)).lengths);

/** How many digits the security code of this brand has. */
export const cvcLength = (number: string): number => ruleOf(digitsOf(number)).cvcLength;

/**
 * The number as the field shows it: digits grouped by brand, cut at the brand's length.
 *
 * @example
 * formatCardNumber('4242424242424242') // '4242 4242 4242 4242'
 * formatCardNumber('378282246310005')  // '3782 822463 10005'
 */
export function formatCardNumber(value: string): string {
  const digits = digitsOf(value);
  const rule = ruleOf(digits);
  const kept = digits.slice(0, Math.max(...rule.lengths));
  let out = '';
  for (let i = 0; i < kept.length; i++) {
    if (i > 0 && rule.gaps.includes(i)) out += ' ';
    out += kept[i];
  }
  return out;
}

/** The Luhn checksum every card number carries. */
export function passesLuhn(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Whether a number is still being typed, whole and valid, or whole and wrong. */
export function cardNumberState(value: string): 'empty' | 'incomplete' | 'complete' | 'invalid' {
  const digits = digitsOf(value);
  if (digits === '') return 'empty';
  const rule = ruleOf(digits);
  if (rule.lengths.includes(digits.length)) return passesLuhn(digits) ? 'complete' : 'invalid';
  return digits.length < Math.max(...rule.lengths) ? 'incomplete' : 'invalid';
}
