import { describe, expect, it } from 'vitest';
import { layoutOf, methodTypesOf } from './methods-layout.ts';

describe('layoutOf', () => {
  it('reads the layout as a name or an object, tabs by default', () => {
    expect(layoutOf({})).toBe('tabs');
    expect(layoutOf({ layout: 'accordion' })).toBe('accordion');
    expect(layoutOf({ layout: { type: 'accordion', defaultCollapsed: false } })).toBe('accordion');
    expect(layoutOf({ layout: { type: 'tabs' } })).toBe('tabs');
    expect(layoutOf({ layout: 42 })).toBe('tabs');
  });
});

describe('methodTypesOf', () => {
  it('lays out card and US bank account, never Link', () => {
    expect(methodTypesOf(['link', 'card'])).toEqual(['card']);
    expect(methodTypesOf(['card', 'link', 'us_bank_account'])).toEqual(['card', 'us_bank_account']);
    expect(methodTypesOf(['us_bank_account'])).toEqual(['us_bank_account']);
    expect(methodTypesOf(['link'])).toEqual(['card']);
  });

  it('follows paymentMethodOrder, unlisted types after the listed ones', () => {
    expect(methodTypesOf(['card', 'us_bank_account'], ['us_bank_account', 'card'])).toEqual(['us_bank_account', 'card']);
    expect(methodTypesOf(['card', 'us_bank_account'], ['link', 'us_bank_account'])).toEqual(['us_bank_account', 'card']);
    expect(methodTypesOf(['card', 'us_bank_account'], 'card')).toEqual(['card', 'us_bank_account']);
  });
});
