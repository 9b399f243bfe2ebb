import { describe, expect, it } from 'vitest';
import { appearanceRulesCss, frameSelector } from './appearance-rules.ts';

describe('appearanceRulesCss', () => {
  it("maps Stripe's classes, states and pseudo-classes onto the frames' elements", () => {
    expect(frameSelector('.Input:focus')).toBe('.input:focus');
    expect(frameSelector('.Tab--selected:hover')).toBe('[role="tab"][aria-selected="true"]:hover');
    expect(frameSelector('.Error')).toBe('.field-error, .form-error');
    expect(frameSelector('.Nope')).toBeNull();
    expect(appearanceRulesCss({ '.Input, .Label': { borderColor: '#ff0000', fontWeight: 600 }, '.Unknown': { color: 'red' } })).toBe(
      '.input, .label { border-color: #ff0000; font-weight: 600; }',
    );
  });

  it('leaves out values that could break out of their rule', () => {
    expect(appearanceRulesCss({ '.Input': { color: 'red; } body { display: none' } })).toBe('');
    expect(appearanceRulesCss(null)).toBe('');
  });
});
