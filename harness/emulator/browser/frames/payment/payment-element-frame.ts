import { builtins } from '../../builtins.ts';
import type { InitMessage, StripeJsError, ToFrame } from '../../protocol.ts';
import { emulatorApi, type EmulatorApi } from '../shared/api.ts';
import { h } from '../shared/dom.ts';
import type { FrameApp, FrameContext } from '../shared/frame.ts';
import { intentKindOf, retrieveIntent } from '../shared/intents.ts';
import { linkApi, type LinkApi } from '../shared/link-api.ts';
import { rememberedSessions } from '../shared/remembered-session.ts';
import { frameStorage } from '../shared/storage.ts';
import { validationError } from '../shared/stripe-errors.ts';
import { confirmChoice, type PaymentChoice } from './confirm.ts';
import { billingDetailsFor, cardDetailsOf } from './confirm-params.ts';
import { createConfirmationTokenFor, signUpForToken } from './confirmation-token.ts';
import { createCardPaymentMethod, createCardToken, createLinkPaymentMethod, type ShopperDetails } from './create-objects.ts';
import { deferredPaymentMethodTypes } from './deferred-types.ts';
import { methodTypesOf } from './methods-layout.ts';
import { PaymentLink } from './payment-link.ts';
import { PaymentView } from './payment-view.ts';

type Request<T extends ToFrame['type']> = Extract<ToFrame, { type: T }>;

const billingDefaultsOf = (options: Record<string, unknown>): Record<string, unknown> => {
  const b = (options.defaultValues as { billingDetails?: unknown } | undefined)?.billingDetails;
  return typeof b === 'object' && b !== null ? (b as Record<string, unknown>) : {};
};

const linkTurnedOff = (options: Record<string, unknown>): boolean => {
  const wallets = options.wallets;
  return typeof wallets === 'object' && wallets !== null && (wallets as { link?: unknown }).link === 'never';
};

/**
 * The Payment Element frame: loads the intent's payment method types, shows the PaymentView,
 * follows (or owns) Link login through PaymentLink, and answers the parent's confirm, submit,
 * create-payment-method and create-token requests with the publishable key.
 */
export class PaymentElementFrame implements FrameApp {
  private init!: InitMessage;
  private api!: EmulatorApi;
  private link: LinkApi | null = null;
  private paymentLink: PaymentLink | null = null;
  private view!: PaymentView;
  private busy = false;
  /** The confirm whose 3DS challenge the parent is showing: the form stays disabled until it is over. */
  private awaitingFinish: string | null = null;
  /** Change events start after `ready`, as Stripe's do. */
  private started = false;

  constructor(private readonly ctx: FrameContext) {}

  async start(init: InitMessage): Promise<StripeJsError | null> {
    this.init = init;
    this.api = emulatorApi(init.publishableKey);
    let paymentMethodTypes = Array.isArray(init.options.paymentMethodTypes) ? (init.options.paymentMethodTypes as string[]) : ['card', 'link'];
    if (init.clientSecret) {
      const intent = await retrieveIntent(this.api, init.intentKind ?? intentKindOf(init.clientSecret), init.clientSecret);
      if (!intent.ok) {
        this.ctx.root.append(h('p', { class: 'load-failed', role: 'alert' }, intent.error.message));
        return intent.error;
      }
      paymentMethodTypes = intent.body.payment_method_types;
    } else if (init.deferredIntent) {
      // No intent yet: the methods of the group's paymentMethodTypes, or the account's automatic ones.
      const types = await deferredPaymentMethodTypes(this.api, init.deferredIntent);
      if (!types.ok) {
        this.ctx.root.append(h('p', { class: 'load-failed', role: 'alert' }, types.error.message));
        return types.error;
      }
      paymentMethodTypes = types.body;
    }
    this.view = new PaymentView({
      types: methodTypesOf(paymentMethodTypes, init.options.paymentMethodOrder),
      options: init.options,
      billingDefaults: billingDefaultsOf(init.options),
      link: () => this.paymentLink,
      changed: () => this.postChange(),
      collectsAddress: !init.hasBillingAddressElement,
    });
    this.ctx.root.append(this.view.element);
    this.view.setReadOnly(init.options.readOnly === true);
    // `wallets: {link: 'never'}` turns Link off in this element: no wallet, no opt-in.
    if (paymentMethodTypes.includes('link') && !linkTurnedOff(init.options)) await this.startLink();
    this.view.render();
    // The first change event follows `ready`, as Stripe's element reports its initial state.
    builtins.setTimeout(() => {
      this.started = true;
      this.postChange();
    }, 0);
    return null;
  }

  receive(message: ToFrame): void {
    if (message.type === 'init') void this.retypeDeferred(message);
    switch (message.type) {
      case 'init':
      case 'update':
        if (message.options.readOnly !== undefined) this.view.setReadOnly(message.options.readOnly === true);
        return this.view.relayout(message.options);
      case 'link-session':
        return void this.paymentLink?.adopt(message.session, message.session?.via !== 'signup');
      case 'email':
        return void this.paymentLink?.setEmail(message.email);
      case 'focus':
        return this.view.focus();
      case 'blur':
        return (document.activeElement as HTMLElement | null)?.blur();
      case 'clear':
        return this.view.card.clear();
      case 'show-error':
        return this.view.showError(message.error);
      case 'submit': {
        const selection = this.view.select();
        return this.ctx.parent.post({ type: 'submit-result', requestId: message.requestId, error: 'error' in selection ? selection.error : null });
      }
      case 'confirm':
        return void this.confirm(message);
      case 'confirm-finished':
        if (message.requestId === this.awaitingFinish) this.setBusy(false);
        return;
      case 'create-payment-method':
        return void this.createPaymentMethod(message);
      case 'create-token':
        return void this.createToken(message);
      case 'create-confirmation-token':
        return void this.createConfirmationToken(message);
    }
  }

  private async startLink(): Promise<void> {
    this.link = linkApi(this.api);
    const ownsLogin = !this.init.hasLinkAuthenticationElement;
    this.paymentLink = new PaymentLink(this.link, rememberedSessions(frameStorage(), this.init.publishableKey), ownsLogin, {
      changed: () => this.view.render(),
      loginChanged: (step, otp) => this.view.loginView.render(step, otp),
      announce: (session) => this.ctx.parent.post({ type: 'link-session', session }),
    });
    const prefilled = billingDefaultsOf(this.init.options).email;
    const email = typeof prefilled === 'string' && prefilled !== '' ? prefilled : this.init.email;
    await this.paymentLink.start({ intentClientSecret: this.init.clientSecret, email, session: this.init.linkSession ?? null });
  }

  private shopper(values: ShopperDetails['values']): ShopperDetails {
    return { values, billingDefaults: billingDefaultsOf(this.init.options), email: this.paymentLink?.shopperEmail ?? this.init.email };
  }

  /** What the shopper chose, as confirm and a ConfirmationToken use it: the Link wallet's source, or the card with its billing details. */
  private paymentChoice(selection: Exclude<ReturnType<PaymentView['select']>, { error: unknown }>, params: Record<string, unknown>): PaymentChoice {
    if (selection.kind === 'wallet') return selection;
    return {
      kind: 'card',
      card: cardDetailsOf(selection.values),
      billing: billingDetailsFor({
        defaults: billingDefaultsOf(this.init.options),
        email: this.shopper(selection.values).email,
        values: selection.values,
        confirmParams: params,
      }),
      optInEmail: selection.optInEmail,
    };
  }

  private async confirm(m: Request<'confirm'>): Promise<void> {
    const answer = (intent: Record<string, unknown> | null, error: StripeJsError | null) =>
      this.ctx.parent.post({ type: 'confirm-result', requestId: m.requestId, intent, error });
    if (this.busy) return answer(null, validationError('confirm_in_progress', 'A confirmation is already in progress.'));
    this.view.clearErrors();
    await this.paymentLink?.settled();
    const selection = this.view.select();
    if ('error' in selection) return answer(null, selection.error);
    const choice = this.paymentChoice(selection, m.confirmParams);
    this.setBusy(true);
    const request = {
      intentKind: m.intentKind,
      clientSecret: m.clientSecret,
      returnUrl: m.returnUrl,
      confirmParams: m.confirmParams,
      ...(m.addresses ? { addresses: m.addresses } : {}),
    };
    const outcome = await confirmChoice(this.api, this.link, request, choice);
    // A declined card leaves its new Link account unused: the shopper stays on the card form
    // without the opt-in (the email has an account now) rather than in a wallet of one bad card.
    if (outcome.optInWithdrawn || (outcome.signedUp && outcome.error)) this.paymentLink?.withdrawOptIn();
    else if (outcome.signedUp) this.paymentLink?.signedUp(outcome.signedUp);
    if (outcome.error) this.view.showError(outcome.error);
    // A challenge is next: stay disabled until the parent says the confirm is over.
    if (outcome.intent?.status === 'requires_action') this.awaitingFinish = m.requestId;
    else this.setBusy(false);
    answer(outcome.intent, outcome.error);
  }

  /** The card of a valid form, or the error to answer with (wallet and bank cannot give one). */
  private cardForRequest(): ShopperDetails | { error: StripeJsError } {
    const selection = this.view.select();
    if ('error' in selection) return selection;
    if (selection.kind === 'wallet')
      return {
        error: {
          type: 'invalid_request_error',
          message:
            'The shopper chose a Link funding source; the link-harness emulator creates PaymentMethods and tokens from a typed card only. Choose "Pay another way".',
        },
      };
    return this.shopper(selection.values);
  }

  private async createPaymentMethod(m: Request<'create-payment-method'>): Promise<void> {
    const selection = this.view.select();
    if (!('error' in selection) && selection.kind === 'wallet') {
      const made = await createLinkPaymentMethod(this.api, selection, m.params);
      if (made.error) this.view.showError(made.error);
      return this.ctx.parent.post({ type: 'create-payment-method-result', requestId: m.requestId, ...made });
    }
    const shopper = this.cardForRequest();
    const result = 'error' in shopper ? { paymentMethod: null, error: shopper.error } : await createCardPaymentMethod(this.api, shopper, m.params);
    if (result.error) this.view.showError(result.error);
    this.ctx.parent.post({ type: 'create-payment-method-result', requestId: m.requestId, ...result });
  }

  private async createToken(m: Request<'create-token'>): Promise<void> {
    const shopper = this.cardForRequest();
    const result = 'error' in shopper ? { token: null, error: shopper.error } : await createCardToken(this.api, shopper, m.data);
    if (result.error) this.view.showError(result.error);
    this.ctx.parent.post({ type: 'create-token-result', requestId: m.requestId, ...result });
  }

  /** `elements.update({paymentMethodTypes, …})` on a deferred intent: the methods shown follow. */
  private async retypeDeferred(init: InitMessage): Promise<void> {
    const was = this.init.deferredIntent;
    if (this.init.clientSecret || !init.deferredIntent) return;
    this.init = { ...this.init, deferredIntent: init.deferredIntent };
    if (JSON.stringify(was?.paymentMethodTypes ?? null) === JSON.stringify(init.deferredIntent.paymentMethodTypes ?? null)) return;
    const types = await deferredPaymentMethodTypes(this.api, init.deferredIntent);
    if (types.ok) this.view.retype(methodTypesOf(types.body));
    else this.view.showError(types.error);
  }

  /** `stripe.createConfirmationToken({elements, params})`: a token of the card or the Link wallet's choice. */
  private async createConfirmationToken(m: Request<'create-confirmation-token'>): Promise<void> {
    const answer = (confirmationToken: Record<string, unknown> | null, error: StripeJsError | null) =>
      this.ctx.parent.post({ type: 'create-confirmation-token-result', requestId: m.requestId, confirmationToken, error });
    this.view.clearErrors();
    await this.paymentLink?.settled();
    const selection = this.view.select();
    if ('error' in selection) return answer(null, selection.error);
    const choice = this.paymentChoice(selection, m.params);
    const linked = await signUpForToken(this.link, choice);
    if (linked.error) {
      this.view.showError(linked.error);
      return answer(null, linked.error);
    }
    const made = await createConfirmationTokenFor(this.api, linked.choice, m.params, m.setupFutureUsage, { intentKind: m.intentKind, addresses: m.addresses });
    if (linked.optInWithdrawn || (linked.signedUp && made.error)) this.paymentLink?.withdrawOptIn();
    else if (linked.signedUp) this.paymentLink?.signedUp(linked.signedUp);
    if (made.error) this.view.showError(made.error);
    answer(made.confirmationToken, made.error);
  }

  private setBusy(busy: boolean): void {
    this.busy = busy;
    if (!busy) this.awaitingFinish = null;
    this.view.setBusy(busy);
  }

  private postChange(): void {
    if (this.started) this.ctx.parent.post({ type: 'change', event: this.view.changeEvent() });
  }
}
