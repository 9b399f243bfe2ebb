import { h, show } from '../shared/dom.ts';
import type { PaymentDetails } from '../shared/link-api.ts';
import type { LinkLogin, LinkLoginStep } from '../shared/link-login.ts';
import { linkLoginView } from '../shared/link-login-view.ts';
import type { OtpState } from '../shared/otp-state.ts';
import { emailField, emailProblem } from '../link-authentication/email-field.ts';
import { linkWallet } from '../payment/link-wallet.ts';
import type { AddressValue } from '../../protocol.ts';
import { addressLayout, addressValue, initialInputs } from '../address/address-fields.ts';
import { addressForm, type AddressForm } from '../address/address-form.ts';

export interface LinkPanelHandlers {
  /** The shopper gave an email to log in with. */
  onEmail(email: string): void;
  /** The shopper chose a funding source and pressed Pay (or Continue, for a setup). */
  onApprove(paymentDetailsId: string | null): void;
  /** The shopper closed the panel. */
  onClose(): void;
  onLogOut(): void;
}

/**
 * Link as the Express Checkout Element opens it after its button: the email (when Link does
 * not know the shopper yet), the shared code entry, then the wallet (the Payment Element's
 * picker) with a Pay button. It owns no state beyond what it shows.
 *
 * @example
 * const panel = linkPanel(() => login, 'setup', handlers);
 * root.append(panel.element);
 */
export function linkPanel(login: () => LinkLogin, intent: 'setup' | 'payment', handlers: LinkPanelHandlers) {
  const email = emailField();
  const next = h('button', { type: 'button', class: 'button express-continue' }, 'Continue');
  const emailStep = h('form', { class: 'express-email', novalidate: true }, email.element, next);
  emailStep.addEventListener('submit', (e) => {
    e.preventDefault();
    const problem = emailProblem(email.input.value);
    email.showError(problem?.message ?? null);
    if (!problem) handlers.onEmail(email.input.value.trim());
  });
  next.addEventListener('click', () => emailStep.requestSubmit());
  const status = h('p', { class: 'notice express-status', role: 'status' });
  const loginView = linkLoginView(login, { signedInLine: false });
  const wallet = linkWallet({ onPayAnotherWay: handlers.onClose, onSelect: () => undefined, onLogOut: handlers.onLogOut });
  wallet.showLogOut(true);
  const pay = h('button', { type: 'button', class: 'button express-pay' }, intent === 'setup' ? 'Continue' : 'Pay');
  // `shippingAddressRequired`: the shopper gives the address to ship to beside the wallet.
  const shippingLayout = addressLayout({ mode: 'shipping' });
  const shippingArea = h('div', { class: 'express-shipping' });
  let shipping: AddressForm | null = null;
  pay.addEventListener('click', () => {
    if (shipping && shipping.check().length > 0) return;
    handlers.onApprove(wallet.selected());
  });
  const error = h('p', { class: 'form-error', role: 'alert' });
  const close = h('button', { type: 'button', class: 'text-button' }, 'Close');
  close.addEventListener('click', handlers.onClose);
  const title = h('h2', { class: 'express-title' }, h('span', { class: 'link-badge' }, 'link'), 'Pay with Link');
  const element = h(
    'section',
    { class: 'express-link', 'aria-label': 'Pay with Link' },
    h('div', { class: 'express-header' }, title, close),
    emailStep,
    status,
    loginView.element,
    wallet.element,
    shippingArea,
    pay,
    error,
  );

  const showOnly = (part: 'email' | 'code' | 'wallet' | 'status') => {
    show(emailStep, part === 'email');
    show(wallet.element, part === 'wallet');
    show(pay, part === 'wallet');
    show(shippingArea, part === 'wallet' && shipping !== null);
    show(status, part === 'status' || (part === 'email' && status.textContent !== ''));
  };

  return {
    element,
    /** Asks for the email, prefilled with what the page's elements know. */
    askEmail(prefill: string | null, notice = '') {
      if (prefill !== null && email.input.value === '') email.input.value = prefill;
      status.textContent = notice;
      showOnly('email');
      if (document.hasFocus()) email.input.focus();
    },
    /** Shows the Link login's step (looking up, the code entry, locked). */
    loginStep(step: LinkLoginStep, otp: OtpState) {
      loginView.render(step, otp);
      if (step.step === 'looking-up') {
        status.textContent = 'Looking up your Link account…';
        showOnly('status');
      } else if (step.step === 'verifying' || step.step === 'locked') showOnly('code');
    },
    /** The logged-in shopper's wallet. */
    showWallet(shopperEmail: string, sources: PaymentDetails[]) {
      status.textContent = '';
      wallet.show(shopperEmail, sources);
      showOnly('wallet');
      wallet.focus();
    },
    /** Asks for a shipping address with the wallet (or no longer). */
    requireShipping(on: boolean) {
      if (on && !shipping) {
        shipping = addressForm(shippingLayout, initialInputs({}, shippingLayout).inputs, { onInput: () => undefined });
        shippingArea.replaceChildren(h('h3', { class: 'express-subtitle' }, 'Shipping address'), shipping.element);
      } else if (!on) {
        shipping = null;
        shippingArea.replaceChildren();
      }
    },
    /** The shipping address the shopper gave, when one was asked for. */
    shippingAddress(): AddressValue | null {
      return shipping ? addressValue(shipping.inputs(), shippingLayout) : null;
    },
    showError(message: string | null) {
      error.textContent = message ?? '';
    },
    setBusy(busy: boolean) {
      pay.disabled = busy;
      element.setAttribute('aria-busy', String(busy));
    },
  };
}

export type LinkPanel = ReturnType<typeof linkPanel>;
