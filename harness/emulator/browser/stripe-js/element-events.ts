/** A listener the merchant passed to `element.on(event, handler)`. */
export type ElementHandler = (payload: Record<string, unknown>) => void;

/**
 * The events of one Element (`ready`, `change`, `focus`, `blur`, `escape`, `loaderror`, …). A
 * throwing merchant handler is reported, never allowed to break the element or the others.
 */
export class ElementEvents {
  private readonly handlers = new Map<string, { handler: ElementHandler; once: boolean }[]>();

  on(event: string, handler: ElementHandler, once = false): void {
    if (typeof handler !== 'function') return;
    const list = this.handlers.get(event) ?? [];
    list.push({ handler, once });
    this.handlers.set(event, list);
  }

  /** `off(event)` drops every handler of the event; `off(event, handler)` that one. */
  off(event: string, handler?: ElementHandler): void {
    if (!handler) return void this.handlers.delete(event);
    const list = this.handlers.get(event);
    if (!list) return;
    const index = list.findIndex((entry) => entry.handler === handler);
    if (index >= 0) list.splice(index, 1);
  }

  emit(event: string, payload: Record<string, unknown>): void {
    const list = this.handlers.get(event);
    if (!list) return;
    for (const entry of [...list]) {
      if (entry.once) this.off(event, entry.handler);
      try {
        entry.handler(payload);
      } catch (err) {
        // Like a DOM event listener: the merchant's exception is reported, the rest still run.
        reportHandlerError(err);
      }
    }
  }

  /** Whether the merchant listens to the event (Stripe.js waits for `resolve()` only from a `click` listener). */
  has(event: string): boolean {
    return (this.handlers.get(event)?.length ?? 0) > 0;
  }

  clear(): void {
    this.handlers.clear();
  }
}

function reportHandlerError(err: unknown): void {
  if (typeof globalThis.reportError === 'function') globalThis.reportError(err);
  else console.error(err);
}
