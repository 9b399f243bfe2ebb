/**
 * `appearance.rules` (`{'.Input:focus': {borderColor: '#0570de'}, …}`) as CSS for our frames:
 * Stripe's public class names, with their `--modifier` states and pseudo-classes, map to the
 * elements our frames draw. Unknown class names are left out, as Stripe ignores them.
 */
const classes: Record<string, string> = {
  '.Input': '.input',
  '.Input--invalid': '.input[aria-invalid="true"]',
  '.Input--empty': '.input:placeholder-shown',
  '.Label': '.label',
  '.Error': '.field-error, .form-error',
  '.Tab': '[role="tab"]',
  '.Tab--selected': '[role="tab"][aria-selected="true"]',
  '.TabLabel': '[role="tab"] .method-label',
  '.TabIcon': '[role="tab"] .method-icon',
  '.Block': '.wallet, .otp, .express-link',
  '.PickerItem': '.wallet-source',
  '.PickerItem--selected': '.wallet-source[aria-checked="true"]',
  '.CheckboxInput': '.checkbox',
  '.CheckboxLabel': '.checkbox-row',
  '.Link': '.text-button',
  '.Action': '.text-button',
  '.Text': '.notice',
  '.AccordionItem': '.accordion-item',
};

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
/** A declaration value that cannot break out of its rule. */
const safeValue = (v: unknown): string | null => (typeof v === 'number' ? String(v) : typeof v === 'string' && !/[{};<>]/.test(v) ? v : null);

/** Our selector for one of Stripe's (`.Input:focus` → `.input:focus`), or null when the class is not one of Stripe's. */
export function frameSelector(stripeSelector: string): string | null {
  const match = /^\s*(\.[A-Za-z]+(?:--[a-z]+)?)((?::{1,2}[a-z-]+)*)\s*$/.exec(stripeSelector);
  const ours = match && classes[match[1]!];
  if (!ours) return null;
  return ours
    .split(', ')
    .map((s) => `${s}${match[2]}`)
    .join(', ');
}

/**
 * The CSS of `appearance.rules`: one rule per known selector, declarations in kebab case.
 *
 * @example
 * appearanceRulesCss({ '.Input': { borderColor: 'red' } }) // '.input { border-color: red; }'
 */
export function appearanceRulesCss(rules: unknown): string {
  if (typeof rules !== 'object' || rules === null) return '';
  const out: string[] = [];
  for (const [selector, declarations] of Object.entries(rules as Record<string, unknown>)) {
    if (typeof declarations !== 'object' || declarations === null) continue;
    const selectors = selector
      .split(',')
      .map(frameSelector)
      .filter((s): s is string => s !== null);
    const body = Object.entries(declarations as Record<string, unknown>)
      .map(([prop, value]) => (safeValue(value) === null || !/^[a-zA-Z]+$/.test(prop) ? null : `${kebab(prop)}: ${safeValue(value)};`))
      .filter((d): d is string => d !== null);
    if (selectors.length > 0 && body.length > 0) out.push(`${selectors.join(', ')} { ${body.join(' ')} }`);
  }
  return out.join('\n');
}
