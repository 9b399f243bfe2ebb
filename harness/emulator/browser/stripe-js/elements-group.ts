import { builtins } from '../builtins.ts';
import { isKnownElementType, knownElementTypes } from '../element-types.ts';
import type { AddressDetails, FromFrame, InitMessage, IntentKind, LinkSession, StripeJsError } from '../protocol.ts';
import { AddressElementHost } from './address-element.ts';
import { intentKindOf, parseClientSecret } from './client-secret.ts';
import { readDeferredIntent, touchesDeferredIntent, type DeferredIntent } from './deferred-intent.ts';
import { catchUpCardBrand, relayCardBrand } from './card-elements.ts';
import { type StripeElementHost, type ElementGroupLink } from './element.ts';
import { createElementHost } from './element-hosts.ts';
import { elementKinds } from './element-kinds.ts';
import { ExpressCheckoutElementHost } from './express-checkout-element.ts';
import { frameGoneError } from './errors.ts';
import { nextRequestId } from './frame-names.ts';
import { IntegrationError, integrationError } from './integration-error.ts';
import { intentPath } from './intent-api.ts';
import type { StripeContext } from './stripe-context.ts';
import { isRecord } from '../values.ts';

/**
 * `stripe.elements(options)`: the Elements of one checkout. It holds the client secret, passes
 * each frame its `init`, and relays what one frame learns (the shopper's email, their Link
 * session) to the others, including frames mounted later.
 */
export class ElementsGroup implements ElementGroupLink {
  readonly clientSecret: string | null;
  /** From the client secret, or from `mode` (which `elements.update()` may change) for a deferred intent. */
  intentKind: IntentKind | null;
  /** `stripe.elements({mode, currency, …})`: the intent the page creates after `elements.submit()`. */
  deferredIntent: DeferredIntent | null;
  private options: Record<string, unknown>;
  /** By type, or `type:mode` for the elements there may be one of per mode (the Address Element). */
  private readonly elements = new Map<string, StripeElementHost>();
  private readonly updateEndHandlers: (() => void)[] = [];
  private email: string | null = null;
  /** `undefined` until some frame reports a Link session (or its end). */
  private linkSession: LinkSession | null | undefined = undefined;
  /** Whether `elements.submit()` passed since the last confirm: the deferred-intent flow needs it. */
  submitted = false;

  constructor(
    readonly stripe: StripeContext,
    options: Record<string, unknown>,
  ) {
    if (options.clientSecret !== undefined && !parseClientSecret(options.clientSecret))
      throw integrationError(
        'stripe.elements()',
        'clientSecret should be a SetupIntent or PaymentIntent client secret of the form seti_…_secret_… or pi_…_secret_….',
      );
    this.options = { ...options };
    this.clientSecret = parseClientSecret(options.clientSecret)?.clientSecret ?? null;
    this.intentKind = intentKindOf(options);
    this.deferredIntent = readDeferredIntent('stripe.elements()', options);
  }

  get loader(): unknown {
    return this.options.loader;
  }

  /** `stripe.elements({paymentMethodCreation: 'manual'})`, with a mode or a client secret alike. */
  get paymentMethodCreation(): unknown {
    return this.options.paymentMethodCreation;
  }

  /**
   * `elements.create(type, options)`: any type Stripe.js knows (element-kinds.ts says how each is
   * shown). An unknown type, a second element of a type (of a mode, for the Address Element) and
   * a Payment or Express Checkout Element without an intent throw, as in Stripe.js.
   */
  create(elementType: string, options: Record<string, unknown> = {}): StripeElementHost {
    if (!isKnownElementType(elementType))
      throw new IntegrationError(
        `A valid Element name must be provided. Valid Elements are: ${knownElementTypes.join(', ')}; you passed: ${String(elementType)}.`,
      );
    const type = elementType;
    const kind = elementKinds[type];
    const opts = isRecord(options) ? { ...options } : {};
    let key: string = type;
    if (kind.onePerMode) {
      if (typeof opts.mode !== 'string' || !kind.onePerMode.includes(opts.mode))
        throw integrationError(
          'elements.create()',
          `the ${type} Element needs a mode: one of ${kind.onePerMode.map((m) => `'${m}'`).join(', ')}; you specified ${String(opts.mode)}.`,
        );
      key = `${type}:${opts.mode}`;
    }
    if (this.elements.has(key))
      throw new IntegrationError(`Can only create one Element of type ${type}${kind.onePerMode ? ` with mode ${String(opts.mode)}` : ''}.`);
    if (kind.needsIntent && this.intentKind === null)
      throw new IntegrationError(
        `In order to create a${/^[aeiou]/i.test(type) ? 'n' : ''} ${type} element, you must pass a valid PaymentIntent or SetupIntent client secret (or a mode) when creating the Elements group. e.g. stripe.elements({clientSecret: "{{CLIENT_SECRET}}"})`,
      );
    const element = createElementHost(this, type, opts);
    this.elements.set(key, element);
    return element;
  }

  /** `elements.getElement(type)`; for the Address Element, `getElement('address', {mode})` (else the first one). */
  getElement(elementTypeOrComponent: unknown, options?: unknown): StripeElementHost | null {
    // React Stripe.js components name their type (`elements.getElement(CardElement)`), as Stripe.js reads them.
    const named = (elementTypeOrComponent as { __elementType?: unknown } | null)?.__elementType;
    const elementType = typeof named === 'string' ? named : elementTypeOrComponent;
    const mode = isRecord(options) && typeof options.mode === 'string' ? options.mode : null;
    if (mode !== null) return this.elements.get(`${elementType}:${mode}`) ?? null;
    for (const element of this.elements.values()) if (element.elementType === elementType) return element;
    return null;
  }

  /** `elements.update({appearance, locale, …})`: every mounted frame gets a fresh `init`. */
  async update(options: Record<string, unknown> = {}): Promise<void> {
    if (options.clientSecret !== undefined)
      throw integrationError('elements.update()', 'clientSecret cannot be updated; create a new Elements group for another intent.');
    if (this.clientSecret === null && touchesDeferredIntent(options)) {
      this.deferredIntent = readDeferredIntent('elements.update()', { ...this.options, ...options });
      this.intentKind = intentKindOf({ ...this.options, ...options });
    }
    this.options = { ...this.options, ...options };
    for (const element of this.elements.values()) element.update();
    for (const handler of [...this.updateEndHandlers]) runHandler(handler);
  }

  /** `elements.on('update-end', handler)`: called each time an `elements.update()` has reached every element. */
  on(event: string, handler: () => void): void {
    if (event !== 'update-end') throw integrationError('elements.on()', `the Elements group emits 'update-end' only; you passed ${String(event)}.`);
    if (typeof handler !== 'function') throw integrationError('elements.on()', 'the handler should be a function.');
    this.updateEndHandlers.push(handler);
  }

  /**
   * `elements.submit()`: every mounted element that validates checks its fields and shows what is
   * missing; the first error (in creation order) is the answer. When the shopper approved in the
   * Express Checkout Element, the Payment Element is not asked: the payment is the express one.
   */
  async submit(): Promise<{ error: StripeJsError } | { selectedPaymentMethod: string }> {
    const express = this.expressChoice();
    if (!express) this.mountedPaymentElement('elements.submit()');
    const asked = [...this.elements.values()].filter((e) => e.mounted && elementKinds[e.elementType].validates && !(express && e.elementType === 'payment'));
    const answers = await builtins.Promise.all(asked.map((e) => e.request({ type: 'submit', requestId: nextRequestId() }).then((answer) => ({ e, answer }))));
    let error: StripeJsError | null = null;
    for (const { e, answer } of answers) {
      const problem = !answer || answer.type !== 'submit-result' ? frameGoneError(`${e.elementType} Element`) : answer.error;
      if (problem && !error) error = problem;
    }
    this.submitted = error === null;
    if (error) return { error };
    return { selectedPaymentMethod: express ? (express.approvedType ?? 'link') : (this.elements.get('payment')?.selectedType ?? 'card') };
  }

  /** `elements.fetchUpdates()`: reads the intent again and refreshes the frames with it. */
  async fetchUpdates(): Promise<{ error?: { message: string; status?: string } }> {
    const parsed = parseClientSecret(this.clientSecret);
    if (!parsed) return {};
    const res = await this.stripe.api.get<Record<string, unknown>>(intentPath(parsed), { client_secret: parsed.clientSecret });
    if (!res.ok) return { error: { message: res.error.message, status: String(res.status) } };
    for (const element of this.elements.values()) element.update();
    return {};
  }

  /** The Express Checkout Element holding the shopper's approved payment, if one does. */
  expressChoice(): ExpressCheckoutElementHost | null {
    const express = this.elements.get('expressCheckout');
    return express instanceof ExpressCheckoutElementHost && express.mounted && express.holdsChoice ? express : null;
  }

  /** The element whose frame confirms: the Express Checkout Element after the shopper approved there, else the Payment Element. */
  confirmingElement(call: string): StripeElementHost {
    return this.expressChoice() ?? this.mountedPaymentElement(call);
  }

  /**
   * The mounted Address Elements' values for confirm, by mode, after each checked its fields
   * (an incomplete address is the shopper's validation error, shown under its fields).
   */
  async addressesForConfirm(): Promise<{ addresses: AddressDetails } | { error: StripeJsError }> {
    const addresses: AddressDetails = {};
    for (const element of this.elements.values()) {
      if (!(element instanceof AddressElementHost) || !element.mounted) continue;
      const found = await element.valueForConfirm();
      if ('error' in found) return found;
      addresses[element.mode] = found.value;
    }
    return { addresses };
  }

  /** The Payment Element, mounted: confirm and the card methods go through it. */
  mountedPaymentElement(call: string): StripeElementHost {
    const payment = this.elements.get('payment');
    if (!payment || !payment.mounted)
      throw integrationError(
        call,
        'the Elements group has no mounted Payment Element. Create one with elements.create("payment") and mount it before calling this.',
      );
    return payment;
  }

  initMessage(element: StripeElementHost): InitMessage {
    return {
      type: 'init',
      elementType: element.elementType,
      publishableKey: this.stripe.publishableKey,
      clientSecret: this.clientSecret,
      intentKind: this.intentKind,
      options: { ...element.options },
      appearance: isRecord(this.options.appearance) ? { ...this.options.appearance } : {},
      email: this.email,
      deferredIntent: this.deferredIntent,
      // Created counts, not only mounted: frameworks may mount the two elements in either order.
      hasLinkAuthenticationElement: this.elements.has('linkAuthentication'),
      hasBillingAddressElement: this.elements.has('address:billing'),
      ...(this.linkSession !== undefined ? { linkSession: this.linkSession } : {}),
    };
  }

  relay(from: StripeElementHost, message: Extract<FromFrame, { type: 'email' | 'link-session' }>): void {
    if (message.type === 'email') this.email = message.email;
    else this.linkSession = message.session;
    for (const element of this.elements.values())
      if (element !== from)
        element.send(message.type === 'email' ? { type: 'email', email: message.email } : { type: 'link-session', session: message.session });
  }

  catchUp(element: StripeElementHost): void {
    if (this.linkSession !== undefined) element.send({ type: 'link-session', session: this.linkSession });
    catchUpCardBrand(element);
  }

  changed(from: StripeElementHost, event: Record<string, unknown>): void {
    relayCardBrand(from, event);
  }

  forget(element: StripeElementHost): void {
    for (const [key, value] of this.elements) if (value === element) this.elements.delete(key);
  }
}

/** A merchant's `update-end` handler: its exception is reported, the others still run. */
function runHandler(handler: () => void): void {
  try {
    handler();
  } catch (err) {
    if (typeof globalThis.reportError === 'function') globalThis.reportError(err);
    else console.error(err);
  }
}
