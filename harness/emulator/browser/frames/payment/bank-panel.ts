import { h } from '../shared/dom.ts';

/** Why a US bank account cannot be typed in: Stripe connects banks through Financial Connections, which the harness does not emulate. */
export const bankUnavailable = {
  code: 'payment_method_unavailable',
  message: 'Connecting a bank account is not available in the link-harness emulator. Save a US bank account through Link, or pay by card.',
} as const;

/** The panel of the `us_bank_account` tab or accordion item. */
export const bankPanel = (): HTMLElement => h('div', { class: 'bank-panel' }, h('p', { class: 'notice' }, bankUnavailable.message));
