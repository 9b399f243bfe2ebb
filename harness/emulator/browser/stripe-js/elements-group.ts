import type { ElementType, FromFrame, InitMessage, IntentKind, LinkSession, StripeJsError } from '../protocol.ts';
import { intentKindOf, parseClientSecret } from './client-secret.ts';
import { StripeElementHost, type ElementGroupLink } from './element.ts';
import { frameGoneError } from './errors.ts';
import { nextRequestId } from './frame-names.ts';
import { IntegrationError, integrationError } from './integration-error.ts';
import { intentPath } from './intent-api.ts';
import type { StripeContext } from './stripe-context.ts';
import { isRecord } from './values.ts';

const elementTypes: readonly ElementType[] = ['linkAuthentication', 'payment'];

/**
 * `stripe.elements(options)`: the Elements of one checkout. It holds the client secret, passes
 * each frame its `init`, and relays what one frame learns (the shopper's email, their Link
 * session) to the others, including frames mounted later.
 */
export class ElementsGroup implements ElementGroupLink {
  readonly clientSecret: string | null;
  readonly intentKind: IntentKind | null;
  private options: Record<string, unknown>;
  private readonly elements = new Map<ElementType, StripeElementHost>();
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
      throw integrationError('stripe.elements()', 'clientSecret should be a SetupIntent or PaymentIntent client secret of the form seti_…_secret_… or pi_…_secret_….');
    this.options = { ...options };
    this.clientSecret = parseClientSecret(options.clientSecret)?.clientSecret ?? null;
    this.intentKind = intentKindOf(options);
  }

  get loader(): unknown {
    return this.options.loader;
  }

  create(elementType: string, options: Record<string, unknown> = {}): StripeElementHost {
    if (!elementTypes.includes(elementType as ElementType))
      throw integrationError(
        'elements.create()',
        `link-harness emulates the 'linkAuthentication' and 'payment' Elements, the ones Stripe's Link guide uses; '${elementType}' is not emulated.`,
      );
    const type = elementType as ElementType;
    if (this.elements.has(type)) throw new IntegrationError(`Can only create one Element of type ${type}.`);
    if (type === 'payment' && this.intentKind === null)
      throw new IntegrationError(
        'In order to create a payment element, you must pass a valid PaymentIntent or SetupIntent client secret (or a mode) when creating the Elements group. e.g. stripe.elements({clientSecret: "{{CLIENT_SECRET}}"})',
      );
    const element = new StripeElementHost(this, type, isRecord(options) ? { ...options } : {});
    this.elements.set(type, element);
    return element;
  }

  getElement(elementType: string): StripeElementHost | null {
    return this.elements.get(elementType as ElementType) ?? null;
  }

  /** `elements.update({appearance, locale, …})`: every mounted frame gets a fresh `init`. */
  async update(options: Record<string, unknown> = {}): Promise<void> {
    if (options.clientSecret !== undefined) throw integrationError('elements.update()', 'clientSecret cannot be updated; create a new Elements group for another intent.');
    this.options = { ...this.options, ...options };
    for (const element of this.elements.values()) element.update();
  }

  /** `elements.on('update-end', …)`: accepted; updates here finish at once. */
  on(_event: string, _handler: () => void): void {}

  /** `elements.submit()`: the Payment Element checks its fields and shows what is missing. */
  async submit(): Promise<{ error: StripeJsError } | { selectedPaymentMethod: string }> {
    const payment = this.mountedPaymentElement('elements.submit()');
    const answer = await payment.request({ type: 'submit', requestId: nextRequestId() });
    if (!answer || answer.type !== 'submit-result') return { error: frameGoneError('Payment Element') };
    this.submitted = answer.error === null;
    return answer.error ? { error: answer.error } : { selectedPaymentMethod: payment.selectedType };
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

  /** The Payment Element, mounted: confirm and the card methods go through it. */
  mountedPaymentElement(call: string): StripeElementHost {
    const payment = this.elements.get('payment');
    if (!payment || !payment.mounted)
      throw integrationError(call, 'the Elements group has no mounted Payment Element. Create one with elements.create("payment") and mount it before calling this.');
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
      // Created counts, not only mounted: frameworks may mount the two elements in either order.
      hasLinkAuthenticationElement: this.elements.has('linkAuthentication'),
      ...(this.linkSession !== undefined ? { linkSession: this.linkSession } : {}),
    };
  }

  relay(from: StripeElementHost, message: Extract<FromFrame, { type: 'email' | 'link-session' }>): void {
    if (message.type === 'email') this.email = message.email;
    else this.linkSession = message.session;
    for (const element of this.elements.values())
      if (element !== from) element.send(message.type === 'email' ? { type: 'email', email: message.email } : { type: 'link-session', session: message.session });
  }

  catchUp(element: StripeElementHost): void {
    if (this.linkSession !== undefined) element.send({ type: 'link-session', session: this.linkSession });
  }

  forget(element: StripeElementHost): void {
    if (this.elements.get(element.elementType) === element) this.elements.delete(element.elementType);
  }
}
