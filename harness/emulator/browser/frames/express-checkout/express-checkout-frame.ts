import type { AddressValue, InitMessage, LinkSession, StripeJsError, ToFrame } from '../../protocol.ts';
import { emulatorApi, type EmulatorApi } from '../shared/api.ts';
import { h, show } from '../shared/dom.ts';
import type { FrameApp, FrameContext } from '../shared/frame.ts';
import { intentKindOf, retrieveIntent } from '../shared/intents.ts';
import { linkApi, type LinkApi } from '../shared/link-api.ts';
import { LinkLogin, type LinkLoginStep } from '../shared/link-login.ts';
import { rememberedSessions } from '../shared/remembered-session.ts';
import { frameStorage } from '../shared/storage.ts';
import { validationError } from '../shared/stripe-errors.ts';
import { confirmChoice } from '../payment/confirm.ts';
import { deferredPaymentMethodTypes } from '../payment/deferred-types.ts';
import { availablePaymentMethods, linkOffered } from './availability.ts';
import { linkPanel, type LinkPanel } from './link-panel.ts';

type Request<T extends ToFrame['type']> = Extract<ToFrame, { type: T }>;

/**
 * The Express Checkout Element's frame. It shows a "Pay with Link" button when the intent offers
 * Link; pressing it asks the page (`click`, which the merchant resolves), then opens Link here:
 * login with the shared code entry, the wallet, and Pay. Approving tells the page (`confirm`);
 * the merchant's `stripe.confirmSetup({elements})` then reaches this frame, which confirms with
 * the chosen funding source as the Payment Element's wallet does.
 */
export class ExpressCheckoutFrame implements FrameApp {
  private init!: InitMessage;
  private api!: EmulatorApi;
  private link!: LinkApi;
  private login!: LinkLogin;
  private panel!: LinkPanel;
  private linkOn = false;
  private readonly button = h(
    'button',
    { type: 'button', class: 'express-link-button' },
    h('span', { class: 'link-badge', 'aria-hidden': 'true' }, 'link'),
    h('span', {}, 'Pay with Link'),
  );
  private session: LinkSession | null = null;
  private email: string | null = null;
  /** The funding source the shopper approved, until the page's confirm is over. */
  private approved: { session: LinkSession; paymentDetailsId: string | null; shipping: AddressValue | null } | null = null;

  constructor(private readonly ctx: FrameContext) {}

  async start(init: InitMessage): Promise<StripeJsError | null> {
    this.init = init;
    this.api = emulatorApi(init.publishableKey);
    this.link = linkApi(this.api);
    let types: string[] | null = null;
    if (init.clientSecret) {
      const intent = await retrieveIntent(this.api, init.intentKind ?? intentKindOf(init.clientSecret), init.clientSecret);
      if (!intent.ok) {
        this.ctx.root.append(h('p', { class: 'load-failed', role: 'alert' }, intent.error.message));
        return intent.error;
      }
      types = intent.body.payment_method_types;
    } else if (init.deferredIntent) {
      // No intent yet: the group's paymentMethodTypes, or the account's automatic ones (Link while it is on).
      const deferred = await deferredPaymentMethodTypes(this.api, init.deferredIntent);
      if (!deferred.ok) return deferred.error;
      types = deferred.body;
    }
    this.linkOn = linkOffered(types, init.options);
    this.session = init.linkSession ?? null;
    this.email = init.email;
    this.login = new LinkLogin(this.link, rememberedSessions(frameStorage(), init.publishableKey), {
      onChange: (step, otp) => this.loginChanged(step, otp),
      onSession: (session) => this.ctx.parent.post({ type: 'link-session', session }),
    });
    this.panel = linkPanel(() => this.login, init.intentKind ?? 'setup', {
      onEmail: (email) => void this.login.lookUp(email),
      onApprove: (id) => this.approve(id),
      onClose: () => this.close(true),
      onLogOut: () => void this.login.logOut(),
    });
    show(this.panel.element, false);
    show(this.button, this.linkOn);
    this.applyOptions(init.options);
    this.button.addEventListener('click', () => this.click());
    this.ctx.root.append(this.button, this.panel.element);
    return null;
  }

  readyEvent(): Record<string, unknown> {
    return { availablePaymentMethods: availablePaymentMethods(this.linkOn) };
  }

  receive(message: ToFrame): void {
    switch (message.type) {
      case 'init':
      case 'update':
        return this.applyOptions(message.options);
      case 'link-session':
        this.session = message.session;
        return this.login.adopt(message.session);
      case 'email':
        this.email = message.email;
        return;
      case 'focus':
        return this.button.focus();
      case 'blur':
        return (document.activeElement as HTMLElement | null)?.blur();
      case 'submit':
        return this.ctx.parent.post({ type: 'submit-result', requestId: message.requestId, error: null });
      case 'express-click-answer':
        this.button.disabled = false;
        if (!message.resolved) return;
        // `shippingAddressRequired` on create, or (deprecated) in the click's resolve().
        this.panel.requireShipping(this.init.options.shippingAddressRequired === true || message.options.shippingAddressRequired === true);
        return void this.open();
      case 'express-payment-failed':
        this.approved = null;
        this.panel.setBusy(false);
        return this.panel.showError(message.message ?? 'The payment could not be completed. Try again or pay another way.');
      case 'confirm':
        return void this.confirm(message);
      case 'confirm-finished':
        this.approved = null;
        this.panel.setBusy(false);
        if (message.error) return this.panel.showError(message.error.message);
        return this.close(false);
      default:
        return;
    }
  }

  private applyOptions(options: Record<string, unknown>): void {
    this.init = { ...this.init, options: { ...this.init.options, ...options } };
    const height = options.buttonHeight;
    if (typeof height === 'number' && height >= 40 && height <= 55) this.button.style.height = `${height}px`;
  }

  private click(): void {
    this.button.disabled = true;
    this.panel.showError(null);
    this.ctx.parent.post({ type: 'express-click', expressPaymentType: 'link' });
  }

  /** Opens Link: the wallet of a shopper already logged in, else a remembered one, else the email. */
  private async open(): Promise<void> {
    show(this.button, false);
    show(this.panel.element, true);
    if (this.session && this.login.step.step === 'signed-in') return this.showWallet(this.session);
    if (this.session) return this.login.adopt(this.session);
    await this.login.restore({ intentClientSecret: this.init.clientSecret, email: null });
    if (this.login.step.step === 'none') this.panel.askEmail(this.email);
  }

  private close(cancelled: boolean): void {
    show(this.panel.element, false);
    show(this.button, this.linkOn);
    if (cancelled) {
      this.approved = null;
      this.ctx.parent.post({ type: 'express-cancel' });
    }
  }

  private loginChanged(step: LinkLoginStep, otp: Parameters<LinkPanel['loginStep']>[1]): void {
    this.panel.loginStep(step, otp);
    if (step.step === 'signed-in') {
      this.session = step.session;
      void this.showWallet(step.session);
    } else if (step.step === 'new-shopper') this.panel.askEmail(null, `No Link account uses ${step.email}. Enter another email or pay another way.`);
    else if (step.step === 'none' && !this.panel.element.hidden) this.panel.askEmail(null);
  }

  private async showWallet(session: LinkSession): Promise<void> {
    const wallet = await this.link.listPaymentDetails(session.client_secret);
    if (this.session?.client_secret !== session.client_secret) return;
    this.panel.showWallet(session.email_address, wallet.ok ? wallet.body.redacted_payment_details : []);
  }

  /** Pay pressed: the page hears `confirm` and is expected to call confirmSetup / confirmPayment. */
  private approve(paymentDetailsId: string | null): void {
    if (!this.session) return;
    const shipping = this.panel.shippingAddress();
    this.approved = { session: this.session, paymentDetailsId, shipping };
    this.panel.setBusy(true);
    this.panel.showError(null);
    this.ctx.parent.post({
      type: 'express-confirm',
      event: {
        expressPaymentType: 'link',
        billingDetails: { name: '', email: this.session.email_address, address: { line1: '', line2: null, city: '', state: '', postal_code: '', country: '' } },
        ...(shipping ? { shippingAddress: { name: shipping.name, address: shipping.address } } : {}),
      },
    });
  }

  private async confirm(m: Request<'confirm'>): Promise<void> {
    const answer = (intent: Record<string, unknown> | null, error: StripeJsError | null) =>
      this.ctx.parent.post({ type: 'confirm-result', requestId: m.requestId, intent, error });
    const approved = this.approved;
    if (!approved)
      return answer(null, validationError('express_checkout_not_approved', 'The shopper has not approved a payment in the Express Checkout Element.'));
    // The shipping address given here goes with the payment unless an Address Element gave one.
    const addresses = { ...(approved.shipping ? { shipping: approved.shipping } : {}), ...(m.addresses ?? {}) };
    const request = { intentKind: m.intentKind, clientSecret: m.clientSecret, returnUrl: m.returnUrl, confirmParams: m.confirmParams, addresses };
    const outcome = await confirmChoice(this.api, this.link, request, {
      kind: 'wallet',
      consumerSessionClientSecret: approved.session.client_secret,
      paymentDetailsId: approved.paymentDetailsId,
    });
    if (outcome.error) this.panel.showError(outcome.error.message);
    answer(outcome.intent, outcome.error);
  }
}
