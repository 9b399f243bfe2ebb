import { builtins } from '../builtins.ts';
import type { FromFrame, ToFrame } from '../protocol.ts';
import { StripeElementHost } from './element.ts';
import { isRecord } from '../values.ts';

/** How long a `click` listener has to call `resolve()`, as Stripe.js documents it. */
export const CLICK_RESOLVE_MS = 1000;

/** Stripe.js's console warning when a `click` listener never resolves. */
export const clickTimeoutWarning =
  '[Stripe.js] Timed out waiting for a call to resolve(). If you listen to the "click" event, then you must call event.resolve in the "click" handler within 1 second.';

/**
 * The Express Checkout Element (`elements.create('expressCheckout')`): the common element, plus
 * its `click` (with `resolve` / `reject`, answered to the frame), `confirm` (with
 * `paymentFailed`) and `cancel` events. After `confirm` it holds the shopper's choice, so
 * `stripe.confirmSetup({elements})` confirms through it until that confirm is over.
 */
export class ExpressCheckoutElementHost extends StripeElementHost {
  /** The shopper approved a payment here and the page has not confirmed it yet. */
  holdsChoice = false;
  /** The express payment type the shopper approved (`link`). */
  approvedType: string | null = null;

  override send(message: ToFrame): void {
    if (message.type === 'confirm-finished') this.holdsChoice = false;
    super.send(message);
  }

  override unmount(): void {
    this.holdsChoice = false;
    super.unmount();
  }

  protected override hearOther(message: FromFrame): void {
    const elementType = this.elementType;
    switch (message.type) {
      case 'express-click':
        return this.click(message.expressPaymentType);
      case 'express-confirm':
        this.holdsChoice = true;
        this.approvedType = typeof message.event.expressPaymentType === 'string' ? message.event.expressPaymentType : null;
        return this.events.emit('confirm', {
          ...message.event,
          elementType,
          paymentFailed: (payload?: unknown) => {
            this.holdsChoice = false;
            const p = isRecord(payload) ? payload : {};
            this.send({
              type: 'express-payment-failed',
              reason: typeof p.reason === 'string' ? p.reason : 'fail',
              message: typeof p.message === 'string' ? p.message : null,
            });
          },
        });
      case 'express-cancel':
        this.holdsChoice = false;
        return this.events.emit('cancel', { elementType });
      default:
        return;
    }
  }

  /**
   * A button was pressed. Without a `click` listener the payment interface opens at once; with
   * one it opens when the listener calls `resolve(options)` within a second, and not at all after
   * `reject()` or when the second passes (Stripe.js then warns in the console).
   */
  private click(expressPaymentType: string): void {
    if (!this.events.has('click')) return this.send({ type: 'express-click-answer', resolved: true, options: {} });
    let settled = false;
    const answer = (resolved: boolean, options: Record<string, unknown>) => {
      if (settled) return;
      settled = true;
      builtins.clearTimeout(timer);
      this.send({ type: 'express-click-answer', resolved, options });
    };
    const timer = builtins.setTimeout(() => {
      if (settled) return;
      console.warn(clickTimeoutWarning);
      answer(false, {});
    }, CLICK_RESOLVE_MS);
    this.events.emit('click', {
      elementType: this.elementType,
      expressPaymentType,
      resolve: (options?: unknown) => answer(true, isRecord(options) ? { ...options } : {}),
      reject: () => answer(false, {}),
    });
  }
}
