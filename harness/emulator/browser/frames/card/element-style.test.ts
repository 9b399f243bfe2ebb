import { describe, expect, it } from 'vitest';
import { elementStyleCss } from './element-style.ts';

describe('elementStyleCss', () => {
  it('writes the documented properties of each variant, with their pseudo-classes', () => {
    const css = elementStyleCss({
      base: { color: '#32325d', fontSize: '16px', '::placeholder': { color: '#aab7c4' }, ':focus': { color: '#000' } },
      invalid: { color: '#fa755a', iconColor: '#fa755a' },
    });
    expect(css).toContain('.card-input { color: #32325d; font-size: 16px; }');
    expect(css).toContain('.card-input::placeholder { color: #aab7c4; }');
    expect(css).toContain('.card-input:focus { color: #000; }');
    expect(css).toContain('.card-input.is-invalid { color: #fa755a; }');
    expect(css).toContain('.is-invalid .card-icon { color: #fa755a; }');
  });

  it('ignores properties Stripe does not document and values that would leave their rule', () => {
    const css = elementStyleCss({ base: { position: 'fixed', color: 'red; } body { display: none' } });
    expect(css).not.toContain('position');
    expect(css).not.toMatch(/[{]\s*display/);
    expect(css.match(/[{}]/g)).toHaveLength(2);
  });

  it('is empty without a style', () => {
    expect(elementStyleCss(undefined)).toBe('');
    expect(elementStyleCss({ base: 'red' })).toBe('');
  });
});
