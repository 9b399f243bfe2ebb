import { builtins } from '../builtins.ts';
import { framesOrigin } from '../config.ts';
import type { ElementType, FromFrame, InitMessage, ToFrame } from '../protocol.ts';
import { buildElementDom, removeLoader, setContainerState, type MountedElementDom } from './element-dom.ts';
import { allClassNames, containerClasses, retargetClasses, type ContainerClasses } from './element-classes.ts';
import { elementKinds } from './element-kinds.ts';
import { ElementEvents, type ElementHandler } from './element-events.ts';
import { frameMessenger } from './frame-messenger.ts';
import { nextFrameName } from './frame-names.ts';
import { ensureHelperFrame } from './helper-frame.ts';
import { IntegrationError, integrationError } from './integration-error.ts';

/** What an element needs from its Elements group. */
export interface ElementGroupLink {
  /** `stripe.elements({loader})`: `never` mounts without the skeleton loader. */
  readonly loader: unknown;
  /** The `init` message for this element's frame, with what the group knows now. */
  initMessage(element: StripeElementHost): InitMessage;
  /** A frame said something the other frames of the group must hear (`email`, `link-session`). */
  relay(from: StripeElementHost, message: Extract<FromFrame, { type: 'email' | 'link-session' }>): void;
  /** Sent to a frame right after its `init`: what the group learned before the frame existed. */
  catchUp(element: StripeElementHost): void;
  forget(element: StripeElementHost): void;
  /** The group's element of a type, if created (the split card elements find each other). */
  getElement(elementType: string): StripeElementHost | null;
  /** A frame reported a change, before the merchant hears it (the `cardNumber` brand goes on to `cardCvc`). */
  changed?(from: StripeElementHost, event: Record<string, unknown>): void;
}

const framesOriginOnly = () => new builtins.URL(framesOrigin).origin;

/**
 * One Element (`linkAuthentication` or `payment`): a cross-origin iframe the page hosts, and the
 * events it passes on to the merchant. The shopper's input never leaves the frame; the page only
 * hears events and asks the frame to act (confirm, create a payment method, …).
 */
export class StripeElementHost {
  private dom: MountedElementDom | null = null;
  private container: Element | null = null;
  private frameId: string | null = null;
  private destroyed = false;
  protected readonly events = new ElementEvents();
  /** The last `change` event the frame sent, as the merchant heard it. */
  lastChange: Record<string, unknown> | null = null;
  /** Whether the mounted frame said `ready`. */
  ready = false;
  /** Whether the mounted frame's page is listening (it said `frame-loaded`); until then messages wait here. */
  private listening = false;
  private waiting: ToFrame[] = [];
  /** The payment method type the Payment Element last reported (`card`, `link`, …). */
  selectedType = 'card';

  constructor(
    readonly group: ElementGroupLink,
    readonly elementType: ElementType,
    public options: Record<string, unknown>,
  ) {}

  /** Mounts the element into a container given as a CSS selector or a DOM node. */
  mount(target: string | Element): void {
    if (this.destroyed) throw new IntegrationError('This Element has already been destroyed. Please create a new one.');
    const container = typeof target === 'string' ? document.querySelector(target) : target;
    if (typeof target === 'string' && !container)
      throw integrationError(
        'element.mount()',
        `the selector you specified (${target}) applies to no DOM elements that are currently on the page. Make sure the element exists on the page before calling mount().`,
      );
    if (!(container instanceof Element)) throw integrationError('element.mount()', 'pass a CSS selector or a DOM element to mount into.');
    if (this.dom) {
      if (this.container === container) return;
      throw new IntegrationError('This Element is already mounted. Use `unmount()` to unmount the Element before re-mounting.');
    }
    const frameId = nextFrameName();
    const dom = buildElementDom(this.elementType, frameId, { showLoader: this.group.loader !== 'never' });
    this.frameId = frameId;
    this.dom = dom;
    this.container = container;
    this.ready = false;
    this.listening = false;
    this.waiting = [];
    frameMessenger.register(frameId, { window: () => dom.iframe.contentWindow, origin: framesOriginOnly(), onMessage: (m) => this.hear(m) });
    container.classList.add(...this.classes.base.split(/\s+/));
    setContainerState(container, { empty: true, complete: false, invalid: false, focus: false }, this.classes);
    container.appendChild(dom.wrapper);
    ensureHelperFrame();
    // Stripe.js says so once the skeleton is in the page, after mount() returned.
    if (dom.loader && elementKinds[this.elementType].loaderstart)
      builtins.setTimeout(() => this.dom === dom && this.events.emit('loaderstart', { elementType: this.elementType }), 0);
  }

  /** Takes the element out of the page; it can be mounted again. */
  unmount(): void {
    if (!this.dom || !this.frameId) return;
    frameMessenger.unregister(this.frameId);
    this.dom.wrapper.remove();
    if (this.container) {
      this.container.classList.remove(...allClassNames(containerClasses(undefined)), ...allClassNames(this.classes));
    }
    this.dom = null;
    this.container = null;
    this.frameId = null;
    this.ready = false;
    this.listening = false;
    this.waiting = [];
  }

  /** Unmounts the element for good and frees its type in the Elements group. */
  destroy(): void {
    this.unmount();
    this.destroyed = true;
    this.events.clear();
    this.group.forget(this);
  }

  /** Updates the element's options; the frame gets a fresh `init` with them. */
  update(options: Record<string, unknown> = {}): void {
    const before = this.classes;
    this.options = { ...this.options, ...options };
    if (this.container && options.classes !== undefined) retargetClasses(this.container, before, this.classes);
    this.sendInit();
  }

  on(event: string, handler: ElementHandler): this {
    this.events.on(event, handler);
    return this;
  }
  once(event: string, handler: ElementHandler): this {
    this.events.on(event, handler, true);
    return this;
  }
  off(event: string, handler?: ElementHandler): this {
    this.events.off(event, handler);
    return this;
  }

  focus(): void {
    this.send({ type: 'focus' });
  }
  blur(): void {
    this.send({ type: 'blur' });
  }
  clear(): void {
    this.send({ type: 'clear' });
  }
  /** Payment Element accordion: Stripe collapses it; ours is always open, so this only reports. */
  collapse(): this {
    return this;
  }

  /** Whether the element has a frame on the page that can answer. */
  get mounted(): boolean {
    return this.frameId !== null;
  }

  /** The container's class names: the `classes` option's, else Stripe's. */
  private get classes(): ContainerClasses {
    return containerClasses(this.options.classes);
  }

  /** The mounted frame's name (`__privateStripeFrame…`), null when unmounted. */
  get frameName(): string | null {
    return this.frameId;
  }

  /**
   * Posts to this element's frame. A frame still loading would lose the message (its window is
   * not yet on the emulator's origin), so it waits until the frame says `frame-loaded`. Dropped
   * when the element is not mounted.
   */
  send(message: ToFrame): void {
    if (!this.frameId) return;
    if (this.listening) frameMessenger.send(this.frameId, message);
    else this.waiting.push(message);
  }

  /** Asks this element's frame and waits for its answer; `undefined` when it is unmounted first. */
  request(message: Extract<ToFrame, { requestId: string }>) {
    return this.frameId ? frameMessenger.request(this.frameId, message, (m) => this.send(m)) : builtins.Promise.resolve(undefined);
  }

  /**
   * What a frame of one type says beyond the common events (the Express Checkout Element's
   * `click` and `confirm`). Answers to requests are settled by the messenger.
   */
  protected hearOther(_message: FromFrame): void {}

  private sendInit(): void {
    if (!this.frameId) return;
    this.send(this.group.initMessage(this));
  }

  private hear(message: FromFrame): void {
    const elementType = this.elementType;
    switch (message.type) {
      case 'frame-loaded': {
        this.listening = true;
        // A reloaded frame page starts over: a fresh init, then what waited for it.
        this.waiting = this.waiting.filter((m) => m.type !== 'init');
        this.sendInit();
        this.group.catchUp(this);
        const waiting = this.waiting;
        this.waiting = [];
        for (const m of waiting) this.send(m);
        return;
      }
      case 'ready':
        this.ready = true;
        if (this.dom) removeLoader(this.dom);
        return this.events.emit('ready', { ...(message.event ?? {}), elementType });
      case 'height':
        if (this.dom && Number.isFinite(message.height) && message.height >= 0) this.dom.iframe.style.height = `${Math.ceil(message.height)}px`;
        return;
      case 'change': {
        const event: Record<string, unknown> = { ...message.event, elementType };
        const value = event.value as { type?: unknown } | undefined;
        if (typeof value?.type === 'string') this.selectedType = value.type;
        this.group.changed?.(this, event);
        this.lastChange = event;
        if (this.container)
          setContainerState(
            this.container,
            { empty: event.empty === true, complete: event.complete === true, invalid: event.error !== undefined && event.error !== null },
            this.classes,
          );
        return this.events.emit('change', event);
      }
      case 'focus':
      case 'blur':
        if (this.container) setContainerState(this.container, { focus: message.type === 'focus' }, this.classes);
        return this.events.emit(message.type, { elementType });
      case 'escape':
        return this.events.emit('escape', { elementType });
      case 'loaderror':
        if (this.dom) removeLoader(this.dom);
        return this.events.emit('loaderror', { elementType, error: message.error });
      case 'email':
      case 'link-session':
        return this.group.relay(this, message);
      default:
        return this.hearOther(message);
    }
  }
}
