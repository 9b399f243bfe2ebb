import { describe, expect, it } from 'vitest';
import { cssCustomProperties, themeVariables, themes } from './theme.ts';

describe('themeVariables', () => {
  it('starts from the stripe theme when none is named', () => {
    expect(themeVariables(undefined)).toEqual({ ...themes.stripe, theme: 'stripe' });
    expect(themeVariables({ theme: 'bogus' }).theme).toBe('stripe');
  });

  it('applies the merchant variables on top of the named theme', () => {
    const vars = themeVariables({
      theme: 'night',
      variables: { colorPrimary: '#ff0000', borderRadius: '12px', spacingUnit: '3px', fontFamily: 'Georgia, serif' },
    });
    expect(vars.theme).toBe('night');
    expect(vars.colorPrimary).toBe('#ff0000');
    expect(vars.borderRadius).toBe('12px');
    expect(vars.spacingUnit).toBe('3px');
    expect(vars.fontFamily).toBe('Georgia, serif');
    expect(vars.colorBackground).toBe(themes.night.colorBackground);
  });

  it('uses a merchant background for inputs too, except in the flat theme', () => {
    expect(themeVariables({ variables: { colorBackground: '#fafafa' } }).colorInputBackground).toBe('#fafafa');
    expect(themeVariables({ theme: 'flat', variables: { colorBackground: '#fafafa' } }).colorInputBackground).toBe(themes.flat.colorInputBackground);
  });

  it('refuses values that could escape a CSS declaration', () => {
    expect(themeVariables({ variables: { colorText: 'red; background: url(x)' } }).colorText).toBe(themes.stripe.colorText);
    expect(themeVariables({ variables: { colorDanger: 42 } }).colorDanger).toBe(themes.stripe.colorDanger);
  });
});

describe('cssCustomProperties', () => {
  it('names each variable as a custom property', () => {
    expect(cssCustomProperties(themes.stripe)).toContainEqual(['--colorPrimary', '#0570de']);
  });
});
