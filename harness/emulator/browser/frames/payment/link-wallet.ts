import { h, replaceChildren, show, uniqueId } from '../shared/dom.ts';
import type { PaymentDetails } from '../shared/link-api.ts';

/**
 * The Link wallet that replaces the card form for a logged-in shopper: a "Link" header with the
 * email, the funding sources, and a way back to the card form. Several sources become a picker:
 * a `role="radiogroup"` of `role="radio"` options named by each source's label
 * ("Visa •••• 4242", "STRIPE TEST BANK •••• 6789"), with arrow-key navigation.
 *
 * @example
 * const wallet = linkWallet({ onPayAnotherWay, onSelect: report, onLogOut });
 * wallet.show('jenny@example.com', sources);
 */
export function linkWallet(handlers: { onPayAnotherWay(): void; onSelect(): void; onLogOut(): void }) {
  const email = h('span', { class: 'wallet-email' });
  const header = h('div', { class: 'wallet-header' }, h('span', { class: 'link-badge' }, 'link'), h('h2', { class: 'wallet-title' }, 'Link'), email);
  // Only a frame that owns the Link login offers Log out here (else the email frame does).
  const logOut = h('button', { type: 'button', class: 'text-button wallet-log-out', hidden: true }, 'Log out');
  logOut.addEventListener('click', handlers.onLogOut);
  header.append(logOut);
  const sources = h('div', { class: 'wallet-sources' });
  const error = h('p', { class: 'form-error', role: 'alert' });
  const anotherWay = h('button', { type: 'button', class: 'text-button' }, 'Pay another way');
  anotherWay.addEventListener('click', handlers.onPayAnotherWay);
  const element = h('section', { class: 'wallet', 'aria-label': 'Link' }, header, sources, error, h('div', { class: 'wallet-actions' }, anotherWay));

  let options: { source: PaymentDetails; el: HTMLElement }[] = [];
  let selected: string | null = null;

  const select = (id: string, focus: boolean) => {
    selected = id;
    for (const o of options) {
      const on = o.source.id === id;
      o.el.setAttribute('aria-checked', String(on));
      o.el.tabIndex = on ? 0 : -1;
      if (on && focus) o.el.focus();
    }
    handlers.onSelect();
  };

  const sourceLine = (source: PaymentDetails, attrs: Record<string, string>) => {
    const defaultTag = source.is_default ? h('span', { class: 'wallet-default', id: uniqueId('default') }, 'Default') : null;
    return h(
      'div',
      {
        class: 'wallet-source',
        'data-payment-details-id': source.id,
        'data-type': source.type.toLowerCase(),
        'aria-label': source.label,
        ...(defaultTag ? { 'aria-describedby': defaultTag.id } : {}),
        ...attrs,
      },
      h('span', { class: 'wallet-source-icon', 'aria-hidden': 'true' }, source.type === 'CARD' ? (source.card_details?.brand ?? 'CARD') : 'BANK'),
      h('span', { class: 'wallet-source-label' }, source.label),
      defaultTag,
    );
  };

  function render(list: PaymentDetails[]): void {
    const initial = list.find((s) => s.id === selected) ?? list.find((s) => s.is_default) ?? list[0];
    selected = initial?.id ?? null;
    if (list.length <= 1) {
      options = [];
      return replaceChildren(sources, initial ? sourceLine(initial, {}) : h('p', { class: 'notice' }, 'No saved payment methods.'));
    }
    options = list.map((source) => {
      const el = sourceLine(source, { role: 'radio', 'aria-checked': String(source.id === selected), tabindex: source.id === selected ? '0' : '-1' });
      el.addEventListener('click', () => select(source.id, true));
      el.addEventListener('keydown', (e) => {
        const i = options.findIndex((o) => o.source.id === source.id);
        const step = e.key === 'ArrowDown' || e.key === 'ArrowRight' ? 1 : e.key === 'ArrowUp' || e.key === 'ArrowLeft' ? -1 : 0;
        if (step !== 0) {
          e.preventDefault();
          const next = options[(i + step + options.length) % options.length];
          if (next) select(next.source.id, true);
        } else if (e.key === ' ' || e.key === 'Enter') {
          e.preventDefault();
          select(source.id, true);
        }
      });
      return { source, el };
    });
    replaceChildren(
      sources,
      h('div', { role: 'radiogroup', 'aria-label': 'Choose a payment method saved in Link', class: 'wallet-picker' }, ...options.map((o) => o.el)),
    );
  }

  return {
    element,
    show(shopperEmail: string, list: PaymentDetails[]) {
      email.textContent = shopperEmail;
      error.textContent = '';
      render(list);
    },
    showLogOut(on: boolean) {
      show(logOut, on);
    },
    /** The funding source to pay with. */
    selected: () => selected,
    showError(message: string | null) {
      error.textContent = message ?? '';
    },
    focus() {
      (options.find((o) => o.source.id === selected)?.el ?? anotherWay).focus();
    },
  };
}

export type LinkWallet = ReturnType<typeof linkWallet>;
