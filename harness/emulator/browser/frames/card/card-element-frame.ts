import { builtins } from '../../builtins.ts';
import type { InitMessage, StripeJsError, ToFrame } from '../../protocol.ts';
import { emulatorApi, type EmulatorApi } from '../shared/api.ts';
import { h } from '../shared/dom.ts';
import type { FrameApp, FrameContext } from '../shared/frame.ts';
import { cardNumberState, cvcLength, type CardBrand } from '../payment/card/card-number.ts';
import { expiryDigits } from '../payment/card/expiry.ts';
import { cardDetailsOf, type CardDetails } from '../payment/confirm-params.ts';
import { createCardElementPaymentMethod, createCardElementToken } from './card-objects.ts';
import { cardFields, type CardFieldsView } from './card-fields.ts';
import { asValidationError, cardChangeEvent, firstProblem, partProblem, partsOf, type CardElementType, type CardPart, type CardParts } from './card-state.ts';
import { elementStyleCss } from './element-style.ts';
import { answerSiblings, askSibling } from './sibling-parts.ts';
import { isRecord } from '../../values.ts';

type Request<T extends ToFrame['type']> = Extract<ToFrame, { type: T }>;

/** The card a request gets: what the API takes, and the postal code for the billing address. */
type GatheredCard = { card: CardDetails; postalCode: string | null } | { error: StripeJsError };

/**
 * The frame of the `card`, `cardNumber`, `cardExpiry` and `cardCvc` elements (one page, its
 * fields by element type). It reports `change` as Stripe.js does, shows a field's problem once the
 * shopper leaves it (or at once when the value cannot become right), and answers the page's
 * create-payment-method and create-token requests: `card` from its own fields, `cardNumber` with
 * the expiry and CVC of its sibling frames.
 */
export class CardElementFrame implements FrameApp {
  private init!: InitMessage;
  private api!: EmulatorApi;
  private type!: CardElementType;
  private view!: CardFieldsView;
  private fields: CardPart[] = [];
  /** The problems the element shows, by field (shown on blur or on a request, gone once fixed). */
  private readonly shown = new Map<CardPart, StripeJsError>();
  /** An error the API gave for this card (a decline), shown until the shopper edits the card. */
  private declined: StripeJsError | null = null;
  /** The `cardCvc` element's brand, from the `cardNumber` element. */
  private brand: CardBrand = 'unknown';
  /** The `cardNumber` element's siblings: the frames that hold the expiry and the CVC. */
  private siblings: { cardExpiry?: string; cardCvc?: string } = {};
  private readonly style = h('style', { id: 'element-style' });
  /** The last change event sent (before any, the state the element started in). */
  private lastPosted = '';

  constructor(private readonly ctx: FrameContext) {}

  async start(init: InitMessage): Promise<StripeJsError | null> {
    this.init = init;
    this.type = init.elementType as CardElementType;
    this.api = emulatorApi(init.publishableKey);
    this.view = cardFields(this.type === 'card' ? partsOf('card') : partsOf(this.type), {
      changed: (part) => this.edited(part),
      left: (part) => this.left(part),
    });
    document.head.append(this.style);
    this.ctx.root.append(this.view.element);
    this.apply(init.options);
    if (this.type === 'cardExpiry' || this.type === 'cardCvc')
      answerSiblings(this.ctx.parent.frameId, (show) => {
        const part: CardPart = this.type === 'cardExpiry' ? 'expiry' : 'cvc';
        const problem = partProblem(part, this.view.parts(), { brand: this.brand });
        if (show) this.showProblem(part, problem);
        return { value: this.view.parts()[part], problem };
      });
    this.refreshStates();
    this.lastPosted = this.eventJson();
    return null;
  }

  receive(message: ToFrame): void {
    switch (message.type) {
      case 'init':
      case 'update':
        // element.update() and elements.update() re-send the options: a change event only when the element's state changed.
        this.apply(message.options);
        if (this.eventJson() !== this.lastPosted) this.postChange();
        return;
      case 'focus':
        return this.view.focus();
      case 'blur':
        return (document.activeElement as HTMLElement | null)?.blur();
      case 'clear':
        this.view.clear();
        this.shown.clear();
        this.declined = null;
        return this.postChange();
      case 'show-error':
        this.declined = message.error;
        return this.postChange();
      case 'card-siblings':
        this.siblings = { ...message.frames };
        return;
      case 'card-brand':
        this.brand = message.brand as CardBrand;
        this.view.setCvcBrand(this.brand);
        return this.refreshStates();
      case 'create-payment-method':
        return void this.createPaymentMethod(message);
      case 'create-token':
        return void this.createToken(message);
      default:
        return;
    }
  }

  /** Element options (on create and on `element.update`): the fields, style, icon, placeholder, value. */
  private apply(options: Record<string, unknown>): void {
    if (this.type === 'card') {
      this.fields = partsOf('card', { hidePostalCode: options.hidePostalCode === true });
      this.view.showPart('postalCode', this.fields.includes('postalCode'));
      if (!this.fields.includes('postalCode')) this.shown.delete('postalCode');
    } else this.fields = partsOf(this.type);
    const value = isRecord(options.value) ? options.value : {};
    if (typeof value.postalCode === 'string') this.view.setPostalCode(value.postalCode);
    const visibleIcon = this.type === 'card' ? options.hideIcon !== true : this.type === 'cardNumber' && options.showIcon === true;
    this.view.setIcon({ visible: visibleIcon, solid: options.iconStyle === 'solid' });
    if (this.type !== 'card') {
      const part = this.fields[0]!;
      const placeholder = typeof options.placeholder === 'string' ? options.placeholder : part === 'number' ? '1234 1234 1234 1234' : undefined;
      this.view.setPlaceholder(part, placeholder);
    }
    this.view.setDisabled(options.disabled === true);
    this.style.textContent = elementStyleCss(options.style);
    this.refreshStates();
  }

  private problem(part: CardPart) {
    return partProblem(part, this.view.parts(), { brand: this.brand });
  }

  private showProblem(part: CardPart, problem: ReturnType<typeof partProblem>): void {
    if (problem) this.shown.set(part, asValidationError(problem));
    else this.shown.delete(part);
    this.postChange();
  }

  /** The shopper typed: a shown problem goes once fixed, a value that cannot become right shows at once; `card` moves on when a field is done. */
  private edited(part: CardPart): void {
    this.declined = null;
    const parts = this.view.parts();
    const problem = this.problem(part);
    if (!problem) this.shown.delete(part);
    if (part === 'number' && cardNumberState(parts.number) === 'invalid') this.shown.set(part, asValidationError(problem!));
    if (part === 'expiry' && expiryDigits(parts.expiry).length === 4 && problem) this.shown.set(part, asValidationError(problem));
    if (this.type === 'card' && !problem) {
      const atEnd = (p: CardPart) => document.activeElement === this.view.input(p);
      if (part === 'number' && atEnd('number')) this.view.focus('expiry');
      else if (part === 'expiry' && atEnd('expiry')) this.view.focus('cvc');
      else if (part === 'cvc' && parts.cvc.length === cvcLength(parts.number) && atEnd('cvc') && this.fields.includes('postalCode'))
        this.view.focus('postalCode');
    }
    this.postChange();
  }

  private left(part: CardPart): void {
    if (this.view.parts()[part].trim() === '') return;
    const problem = this.problem(part);
    if (problem || this.shown.has(part)) this.showProblem(part, problem);
  }

  private refreshStates(): void {
    const parts = this.view.parts();
    for (const part of this.fields) {
      const empty = parts[part].trim() === '';
      this.view.setState(part, {
        empty,
        complete: !empty && !this.problem(part),
        invalid: this.shown.has(part) || (part === 'number' && this.declined !== null),
      });
    }
    const event = this.changeEvent();
    this.view.setElementState({ empty: event.empty === true, complete: event.complete === true, invalid: event.error !== undefined });
  }

  private currentError(): StripeJsError | undefined {
    if (this.declined) return this.declined;
    for (const part of this.fields) {
      const shown = this.shown.get(part);
      if (shown) return shown;
    }
    return undefined;
  }

  private changeEvent(): Record<string, unknown> {
    return cardChangeEvent(this.type, this.fields, this.view.parts(), this.currentError(), { brand: this.brand });
  }

  private eventJson(): string {
    return builtins.JSON.stringify(this.changeEvent());
  }

  private postChange(): void {
    this.refreshStates();
    const event = this.changeEvent();
    this.lastPosted = builtins.JSON.stringify(event);
    this.ctx.parent.post({ type: 'change', event });
  }

  /** Shows every problem of this element's fields, as a submit does, and focuses the first. */
  private validateOwn(): void {
    let first: CardPart | undefined;
    for (const part of this.fields) {
      const problem = this.problem(part);
      if (problem) {
        this.shown.set(part, asValidationError(problem));
        first ??= part;
      } else this.shown.delete(part);
    }
    if (first) this.view.focus(first);
    this.postChange();
  }

  /** The whole card: this element's fields, and for `cardNumber` its siblings' (who show their problems too). */
  private async gatherCard(): Promise<GatheredCard> {
    if (this.type !== 'card' && this.type !== 'cardNumber')
      return { error: { type: 'invalid_request_error', message: `The ${this.type} Element holds only part of a card; pass the cardNumber Element.` } };
    this.validateOwn();
    const parts: CardParts = { ...this.view.parts() };
    let fields: CardPart[] = this.fields;
    if (this.type === 'cardNumber') {
      const [expiry, cvc] = await builtins.Promise.all([this.askSibling('cardExpiry'), this.askSibling('cardCvc')]);
      if ('error' in expiry) return expiry;
      if ('error' in cvc) return cvc;
      parts.expiry = expiry.value;
      parts.cvc = cvc.value;
      fields = ['number', 'expiry', 'cvc'];
    }
    const problem = firstProblem(fields, parts);
    if (problem) return { error: asValidationError(problem) };
    const postal = fields.includes('postalCode') ? parts.postalCode.trim() : '';
    return { card: cardDetailsOf({ ...parts, country: 'US' }), postalCode: postal || null };
  }

  private async askSibling(type: 'cardExpiry' | 'cardCvc'): Promise<{ value: string } | { error: StripeJsError }> {
    const frameId = this.siblings[type];
    const answer = frameId ? await askSibling(frameId, true) : null;
    if (!answer)
      return {
        error: {
          type: 'invalid_request_error',
          message: `The ${type} Element is not mounted: mount the cardNumber, cardExpiry and cardCvc Elements of one Elements group to make a card of them.`,
        },
      };
    return { value: answer.value };
  }

  private async createPaymentMethod(m: Request<'create-payment-method'>): Promise<void> {
    const gathered = await this.gatherCard();
    const result =
      'error' in gathered
        ? { paymentMethod: null, error: gathered.error }
        : await createCardElementPaymentMethod(this.api, gathered.card, gathered.postalCode, m.params);
    if (result.error?.type === 'card_error') this.receive({ type: 'show-error', error: result.error });
    this.ctx.parent.post({ type: 'create-payment-method-result', requestId: m.requestId, ...result });
  }

  private async createToken(m: Request<'create-token'>): Promise<void> {
    const gathered = await this.gatherCard();
    const result =
      'error' in gathered ? { token: null, error: gathered.error } : await createCardElementToken(this.api, gathered.card, gathered.postalCode, m.data);
    if (result.error?.type === 'card_error') this.receive({ type: 'show-error', error: result.error });
    this.ctx.parent.post({ type: 'create-token-result', requestId: m.requestId, ...result });
  }
}
