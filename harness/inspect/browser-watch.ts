import type { BrowserContext, Response } from '@playwright/test';

/**
 * The `Request-Id`s of Stripe's answers that reached a test's browser contexts: which calls of the
 * shared account were this test's shopper's (Stripe.js in their pages), whatever runs alongside.
 */
export class BrowserCallWatch {
  readonly requestIds = new Set<string>();
  private readonly watched = new WeakSet<BrowserContext>();

  constructor(private readonly isStripeUrl: (url: URL) => boolean) {}

  /** Starts noting the Stripe answers this context receives (idempotent). */
  watch(context: BrowserContext): void {
    if (this.watched.has(context)) return;
    this.watched.add(context);
    context.on('response', (response) => this.note(response));
  }

  private note(response: Response): void {
    let url: URL;
    try {
      url = new URL(response.url());
    } catch {
      return;
    }
    if (!this.isStripeUrl(url)) return;
    const id = response.headers()['request-id'];
    if (id) this.requestIds.add(id);
  }
}
