import { h, show, uniqueId } from '../shared/dom.ts';

/** The payment methods the Payment Element lays out; Link is not one of them (it has its own UI). */
export type MethodType = 'card' | 'us_bank_account';

export const methodLabels: Record<MethodType, string> = { card: 'Card', us_bank_account: 'US bank account' };

export type LayoutType = 'tabs' | 'accordion';

/** `layout: 'tabs' | 'accordion' | {type: …}` of the element's options; tabs by default. */
export function layoutOf(options: Record<string, unknown>): LayoutType {
  const layout = options.layout;
  const type = typeof layout === 'string' ? layout : typeof layout === 'object' && layout !== null ? (layout as { type?: unknown }).type : undefined;
  return type === 'accordion' ? 'accordion' : 'tabs';
}

/** The method types of an intent the Payment Element shows: card first, or in the `paymentMethodOrder` the merchant gave. */
export function methodTypesOf(paymentMethodTypes: readonly string[], paymentMethodOrder?: unknown): MethodType[] {
  const types: MethodType[] = [];
  if (paymentMethodTypes.includes('card') || !paymentMethodTypes.includes('us_bank_account')) types.push('card');
  if (paymentMethodTypes.includes('us_bank_account')) types.push('us_bank_account');
  if (!Array.isArray(paymentMethodOrder)) return types;
  // Listed types first, in the merchant's order; the others after them, in ours.
  const rank = (t: MethodType) => (paymentMethodOrder.includes(t) ? paymentMethodOrder.indexOf(t) : paymentMethodOrder.length + types.indexOf(t));
  return [...types].sort((a, b) => rank(a) - rank(b));
}

const icons: Record<MethodType, string> = {
  card: '<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><rect x="2.5" y="5" width="19" height="14" rx="2" fill="none" stroke="currentColor" stroke-width="1.6"/><path d="M2.5 9.5h19" stroke="currentColor" stroke-width="2.2"/></svg>',
  us_bank_account:
    '<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path d="M3 9l9-5 9 5M5 10v7M9.5 10v7M14.5 10v7M19 10v7M3 19.5h18" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"/></svg>',
};

const icon = (type: MethodType) => {
  const span = h('span', { class: 'method-icon', 'aria-hidden': 'true' });
  span.innerHTML = icons[type];
  return span;
};

/**
 * The method picker around the method panels. Tabs: a `role="tablist"` of
 * `button[data-testid="<type>"]` tabs (`aria-selected`) over `role="tabpanel"`s. Accordion: one
 * item per method whose header carries `data-value="<type>"` and expands its panel.
 *
 * @example
 * const methods = methodsLayout({ layout: 'tabs', types: ['card', 'us_bank_account'], panels, onSelect });
 */
export function methodsLayout(opts: { layout: LayoutType; types: MethodType[]; panels: Record<MethodType, HTMLElement>; onSelect(type: MethodType): void }) {
  let selected: MethodType = opts.types[0] ?? 'card';
  const buttons = new Map<MethodType, HTMLButtonElement>();
  const panels = new Map<MethodType, HTMLElement>();
  let element: HTMLElement;

  const choose = (type: MethodType, focus: boolean) => {
    selected = type;
    for (const [t, button] of buttons) {
      const on = t === type;
      if (opts.layout === 'tabs') {
        button.setAttribute('aria-selected', String(on));
        button.tabIndex = on ? 0 : -1;
      } else button.setAttribute('aria-expanded', String(on));
      button.classList.toggle('is-selected', on);
      if (on && focus) button.focus();
    }
    for (const [t, panel] of panels) show(panel, t === type);
    opts.onSelect(type);
  };

  if (opts.layout === 'tabs') {
    const tablist = h('div', { class: 'tabs', role: 'tablist', 'aria-label': 'Payment method' });
    const wrappers: HTMLElement[] = [];
    for (const type of opts.types) {
      const id = uniqueId(`${type}-tab`);
      const panel = h('div', { class: 'tab-panel', role: 'tabpanel', id: `${id}-panel`, 'aria-labelledby': id }, opts.panels[type]);
      const button = h(
        'button',
        { type: 'button', class: 'tab', role: 'tab', id, 'data-testid': type, 'aria-controls': panel.id, 'aria-selected': 'false' },
        icon(type),
        h('span', {}, methodLabels[type]),
      );
      button.addEventListener('click', () => choose(type, false));
      button.addEventListener('keydown', (e) => {
        const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
        if (step === 0) return;
        e.preventDefault();
        const i = opts.types.indexOf(type);
        const next = opts.types[(i + step + opts.types.length) % opts.types.length];
        if (next) choose(next, true);
      });
      buttons.set(type, button);
      panels.set(type, panel);
      tablist.append(button);
      wrappers.push(panel);
    }
    element = h('div', { class: 'methods methods-tabs' }, tablist, ...wrappers);
  } else {
    element = h('div', { class: 'methods methods-accordion' });
    for (const type of opts.types) {
      const id = uniqueId(`${type}-item`);
      const panel = h('div', { class: 'accordion-panel', id: `${id}-panel`, role: 'region', 'aria-labelledby': id }, opts.panels[type]);
      const button = h(
        'button',
        { type: 'button', class: 'accordion-header', id, 'data-value': type, 'aria-controls': panel.id, 'aria-expanded': 'false' },
        h('span', { class: 'accordion-dot', 'aria-hidden': 'true' }),
        icon(type),
        h('span', {}, methodLabels[type]),
      );
      button.addEventListener('click', () => choose(type, false));
      buttons.set(type, button);
      panels.set(type, panel);
      element.append(h('div', { class: 'accordion-item' }, button, panel));
    }
  }
  choose(selected, false);

  return {
    element,
    selected: () => selected,
    select: (type: MethodType) => choose(type, false),
  };
}
