import { describe, expect, it } from 'vitest';
import { allClassNames, containerClasses } from './element-classes.ts';

describe('containerClasses', () => {
  it("is Stripe's StripeElement classes without the option", () => {
    expect(containerClasses(undefined)).toEqual({
      base: 'StripeElement',
      complete: 'StripeElement--complete',
      empty: 'StripeElement--empty',
      focus: 'StripeElement--focus',
      invalid: 'StripeElement--invalid',
      webkitAutofill: 'StripeElement--webkit-autofill',
    });
  });

  it("takes the merchant's names where given, and ignores empty or non-string ones", () => {
    const classes = containerClasses({ base: 'card-box', focus: 'is-focused', invalid: '', complete: 3 });
    expect(classes).toMatchObject({ base: 'card-box', focus: 'is-focused', invalid: 'StripeElement--invalid', complete: 'StripeElement--complete' });
    expect(allClassNames(containerClasses({ base: 'a b' }))).toContain('b');
  });
});
