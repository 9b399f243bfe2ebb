// What the merchant's own server sent the shopper's browser (pages, scripts, JSON): where a key or
// a SetupIntent that should stay on the server would show (SETUP-03, SAFE-01).
import type { BrowserContext, Response } from '@playwright/test';

/** A text response of the merchant's origin: its URL and body. */
export interface MerchantText {
  url: string;
  body: string;
}

/** A response the checkout's own server sent the page (not Stripe's): HTML, scripts, JSON, text. */
const textLike = /html|javascript|json|text\/plain|ecmascript/i;

/**
 * Keeps the body of every text response of the merchant's origin in a browser context, from now on.
 *
 * @example
 * const sent = new MerchantResponses(context, target.checkout.url);
 * // … the shopper saves …
 * for (const { url, body } of await sent.texts()) …
 */
export class MerchantResponses {
  private readonly reads: Promise<MerchantText>[] = [];

  constructor(context: BrowserContext, merchantUrl: string) {
    const merchant = new URL(merchantUrl).origin;
    context.on('response', (response: Response) => {
      let origin: string;
      try {
        origin = new URL(response.url()).origin;
      } catch {
        return;
      }
      if (origin !== merchant || !textLike.test(response.headers()['content-type'] ?? '')) return;
      this.reads.push(response.text().then((body) => ({ url: response.url(), body }), () => ({ url: response.url(), body: '' })));
    });
  }

  /** Every text the merchant sent so far, in the order the responses arrived. */
  texts(): Promise<MerchantText[]> {
    return Promise.all(this.reads);
  }
}
