import { describe, expect, it } from 'vitest';
import { availablePaymentMethods, linkOffered } from './availability.ts';

describe('linkOffered', () => {
  it('follows the intent’s payment methods and paymentMethods.link', () => {
    expect(linkOffered(['card', 'link'], {})).toBe(true);
    expect(linkOffered(['card'], {})).toBe(false);
    expect(linkOffered(['card', 'link'], { paymentMethods: { link: 'never' } })).toBe(false);
    expect(linkOffered(['link'], { paymentMethods: { link: 'auto', applePay: 'always' } })).toBe(true);
    expect(linkOffered(null, {})).toBe(true);
  });
});

describe('availablePaymentMethods', () => {
  it('reports Link alone, or undefined when nothing can show', () => {
    expect(availablePaymentMethods(true)).toEqual({ amazonPay: false, applePay: false, googlePay: false, link: true, paypal: false, klarna: false });
    expect(availablePaymentMethods(false)).toBeUndefined();
  });
});
