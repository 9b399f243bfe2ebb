import { isRecord } from '../../values.ts';
/**
 * The `style` option of the card elements (`{base, complete, empty, invalid}`, each with CSS
 * properties and `:hover`, `:focus`, `::placeholder`, … variants) as the frame's stylesheet.
 * Only the properties Stripe.js documents are applied; values cannot break out of their rule.
 */

const properties: Record<string, string> = {
  backgroundColor: 'background-color',
  color: 'color',
  fontFamily: 'font-family',
  fontSize: 'font-size',
  fontSmoothing: '-webkit-font-smoothing',
  fontStyle: 'font-style',
  fontVariant: 'font-variant',
  fontWeight: 'font-weight',
  lineHeight: 'line-height',
  letterSpacing: 'letter-spacing',
  textAlign: 'text-align',
  padding: 'padding',
  textDecoration: 'text-decoration',
  textShadow: 'text-shadow',
  textTransform: 'text-transform',
};

const pseudos = [':hover', ':focus', '::placeholder', '::selection', ':-webkit-autofill', ':disabled'] as const;

/** The selector of each variant: every input, or the inputs in that state. */
const variants: Record<string, string> = {
  base: '.card-input',
  complete: '.card-input.is-complete',
  empty: '.card-input.is-empty',
  invalid: '.card-input.is-invalid',
};

const safe = (v: unknown): string | undefined => (typeof v === 'string' || typeof v === 'number' ? String(v).replace(/[;{}<>\\]/g, '') : undefined);

function declarations(style: Record<string, unknown>): string {
  return Object.entries(properties)
    .flatMap(([key, css]) => {
      const value = safe(style[key]);
      return value === undefined || value === '' ? [] : [`${css}: ${value};`];
    })
    .join(' ');
}

/**
 * The CSS of a `style` option. `iconColor` colours the brand icon.
 *
 * @example
 * elementStyleCss({ base: { color: '#32325d', '::placeholder': { color: '#aab7c4' } }, invalid: { color: '#fa755a' } })
 * // '.card-input { color: #32325d; }\n.card-input::placeholder { color: #aab7c4; }\n.card-input.is-invalid { color: #fa755a; }'
 */
export function elementStyleCss(style: unknown): string {
  if (!isRecord(style)) return '';
  const rules: string[] = [];
  for (const [variant, selector] of Object.entries(variants)) {
    const spec = style[variant];
    if (!isRecord(spec)) continue;
    const own = declarations(spec);
    if (own) rules.push(`${selector} { ${own} }`);
    const icon = safe(spec.iconColor);
    if (icon) rules.push(`${variant === 'base' ? '' : `.is-${variant} `}.card-icon { color: ${icon}; }`);
    for (const pseudo of pseudos) {
      const nested = spec[pseudo];
      if (!isRecord(nested)) continue;
      const css = declarations(nested);
      if (css) rules.push(`${selector}${pseudo} { ${css} }`);
    }
  }
  return rules.join('\n');
}
