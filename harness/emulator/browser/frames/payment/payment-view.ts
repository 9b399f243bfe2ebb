import type { StripeJsError } from '../../protocol.ts';
import { h, show } from '../shared/dom.ts';
import { linkLoginView } from '../shared/link-login-view.ts';
import type { LinkLogin } from '../shared/link-login.ts';
import { validationError } from '../shared/stripe-errors.ts';
import { bankPanel, bankUnavailable } from './bank-panel.ts';
import { cardForm, type CardForm } from './card/card-form.ts';
import type { CardFormValues } from './card/card-validation.ts';
import { knownCountry } from './card/countries.ts';
import { linkOptIn } from './link-opt-in.ts';
import { linkWallet } from './link-wallet.ts';
import { layoutOf, methodsLayout, type LayoutType, type MethodType } from './methods-layout.ts';
import type { PaymentLink } from './payment-link.ts';

/** What the shopper picked, once the form validated. */
export type PaymentSelection =
  | { kind: 'wallet'; consumerSessionClientSecret: string; paymentDetailsId: string | null }
  | { kind: 'card'; values: CardFormValues; optInEmail: string | null };

export interface PaymentViewOptions {
  types: MethodType[];
  options: Record<string, unknown>;
  billingDefaults: Record<string, unknown>;
  link: () => PaymentLink | null;
  /** The shopper changed something: the frame posts a `change` event. */
  changed(): void;
  /** False when a billing Address Element collects the address: no country or postal code here. */
  collectsAddress?: boolean;
}

/**
 * The Payment Element's DOM: the inline Link login (when it owns it), the Link wallet, and the
 * method layout with the card form and the opt-in. It reads the Link state from PaymentLink and
 * knows nothing of messages or the API.
 */
export class PaymentView {
  readonly element = h('div', { class: 'payment-element' });
  readonly card: CardForm;
  readonly loginView = linkLoginView(() => this.opts.link()!.login as LinkLogin, { signedInLine: false });
  private readonly optIn = linkOptIn(() => this.opts.changed());
  private readonly wallet = linkWallet({
    onPayAnotherWay: () => this.payAnotherWay(true),
    onSelect: () => this.opts.changed(),
    onLogOut: () => this.opts.link()?.logOut(),
  });
  private readonly linkReturn = h('button', { type: 'button', class: 'link-return' });
  private readonly formError = h('p', { class: 'form-error', role: 'alert' });
  private readonly formArea = h('div', { class: 'payment-form' });
  private readonly cardPanel = h('div', { class: 'card-panel' });
  private methods: ReturnType<typeof methodsLayout>;
  private layoutType: LayoutType;
  private shownWalletFor: string | null = null;
  private busy = false;
  private readOnly = false;

  constructor(private readonly opts: PaymentViewOptions) {
    const address = (opts.billingDefaults.address ?? {}) as { country?: unknown; postal_code?: unknown };
    this.card = cardForm({
      country: knownCountry(address.country),
      postalCode: typeof address.postal_code === 'string' ? address.postal_code : '',
      onChange: () => opts.changed(),
      collectsAddress: opts.collectsAddress !== false,
    });
    this.cardPanel.append(this.card.element, this.optIn.element);
    this.layoutType = layoutOf(opts.options);
    this.methods = this.layout();
    this.formArea.append(this.linkReturn, this.methods.element, this.formError);
    this.linkReturn.addEventListener('click', () => this.payAnotherWay(false));
    this.element.append(this.loginView.element, this.wallet.element, this.formArea);
  }

  /** `element.update({layout})`: the same panels in the other layout. */
  relayout(options: Record<string, unknown>): void {
    if (options.layout === undefined || layoutOf(options) === this.layoutType) return;
    this.layoutType = layoutOf(options);
    const selected = this.methods.selected();
    const next = this.layout();
    this.methods.element.replaceWith(next.element);
    this.methods = next;
    this.methods.select(selected);
  }

  /** `elements.update({paymentMethodTypes})` on a deferred intent: the same layout with other methods. */
  retype(types: MethodType[]): void {
    if (types.length === 0 || types.join() === this.opts.types.join()) return;
    const selected = this.methods.selected();
    this.opts.types = types;
    const next = this.layout();
    this.methods.element.replaceWith(next.element);
    this.methods = next;
    if (types.includes(selected)) this.methods.select(selected);
    this.render();
  }

  /** Shows what the Link state calls for: wallet or form, opt-in, the way back to the wallet. */
  render(): void {
    const link = this.opts.link();
    const walletShown = link?.showWallet ?? false;
    show(this.wallet.element, walletShown);
    show(this.formArea, !walletShown);
    this.wallet.showLogOut(!!link?.login);
    if (walletShown && link?.session && this.shownWalletFor !== link.session.client_secret) {
      this.shownWalletFor = link.session.client_secret;
      this.wallet.show(link.session.email_address, link.sources);
    }
    if (!link?.session) this.shownWalletFor = null;
    const returnable = !!link?.session && link.sources.length > 0 && link.payAnotherWay;
    show(this.linkReturn, returnable);
    if (returnable && link?.session)
      this.linkReturn.replaceChildren(
        h('span', { class: 'link-badge', 'aria-hidden': 'true' }, 'link'),
        h('span', {}, `Pay with Link as ${link.session.email_address}`),
      );
    const optInEmail = link && !link.session ? link.optInEmail : null;
    show(this.optIn.element, optInEmail !== null && this.methods.selected() === 'card');
    if (optInEmail) this.optIn.setEmail(optInEmail);
    this.opts.changed();
  }

  /** What to pay with, or the validation error (shown in the form, the first bad field focused). */
  select(): PaymentSelection | { error: StripeJsError } {
    const link = this.opts.link();
    if (link?.showWallet && link.session)
      return { kind: 'wallet', consumerSessionClientSecret: link.session.client_secret, paymentDetailsId: this.wallet.selected() };
    if (this.methods.selected() === 'us_bank_account') {
      this.formError.textContent = bankUnavailable.message;
      return { error: validationError(bankUnavailable.code, bankUnavailable.message) };
    }
    const problem = this.card.validate();
    if (problem) return { error: validationError(problem.code, problem.message) };
    const optInOffered = !!link && !link.session && link.optInEmail !== null && !this.optIn.element.hidden;
    return { kind: 'card', values: this.card.values(), optInEmail: optInOffered && this.optIn.checkbox.checked ? link.optInEmail : null };
  }

  /** A confirm error near the fields: under its field when it names one, else under the form. */
  showError(error: StripeJsError): void {
    if (error.type === 'validation_error' && !error.param) return; // already under its field
    if (this.opts.link()?.showWallet) return this.wallet.showError(error.message);
    if (!this.card.showApiError(error.param, error.message)) this.formError.textContent = error.message;
  }

  clearErrors(): void {
    this.formError.textContent = '';
    this.wallet.showError(null);
  }

  setBusy(busy: boolean): void {
    this.busy = busy;
    this.element.classList.toggle('is-busy', busy);
    this.element.setAttribute('aria-busy', String(busy));
    this.card.setDisabled(busy || this.readOnly);
  }

  /** `readOnly: true`: the fields show their values and take no input. */
  setReadOnly(on: boolean): void {
    this.readOnly = on;
    this.card.setDisabled(this.busy || on);
  }

  focus(): void {
    if (this.opts.link()?.showWallet) this.wallet.focus();
    else this.card.focus();
  }

  /** Stripe's `change` payload of the Payment Element. */
  changeEvent(): Record<string, unknown> {
    const wallet = this.opts.link()?.showWallet ?? false;
    const type = wallet ? 'link' : this.methods.selected();
    const complete = wallet ? this.wallet.selected() !== null : type === 'card' && this.card.complete();
    const empty = wallet ? false : type === 'card' ? this.card.empty() : true;
    return { elementType: 'payment', empty, complete, collapsed: false, value: { type } };
  }

  private layout() {
    return methodsLayout({
      layout: this.layoutType,
      types: this.opts.types,
      panels: { card: this.cardPanel, us_bank_account: bankPanel() },
      onSelect: () => {
        this.formError.textContent = '';
        // The first selection happens while the layout is being built.
        if (this.methods) this.render();
      },
    });
  }

  private payAnotherWay(on: boolean): void {
    const link = this.opts.link();
    if (!link) return;
    link.payAnotherWay = on;
    this.render();
    if (on) this.card.focus();
    else this.wallet.focus();
  }
}
