// What the merchant's own server sent the shopper's browser (pages, scripts, JSON): where a key or
// a SetupIntent that should stay on the server would show (SETUP-03, SAFE-01).
import type { BrowserContext, Request, Response } from '@playwright/test';

/** A text response of the merchant's origin: its URL and body. */
export interface MerchantText {
  url: string;
  body: string;
}

/** What the merchant sent: the bodies the browser received whole, and the responses whose body it never finished loading. */
export interface MerchantTexts {
  texts: MerchantText[];
  /** `POST http://…/api/x`: responses whose body never arrived whole (a reply the page did not read, say), so nobody can read it. */
  unread: string[];
}

/** A response the checkout's own server sent the page (not Stripe's): HTML, scripts, JSON, text. */
const textLike = /html|javascript|json|text\/plain|ecmascript/i;

const originOf = (url: string): string | undefined => {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
};

/**
 * Keeps the body of every text response of the merchant's origin in a browser context, from now
 * on. A body is read once the browser has it whole (`requestfinished`): a reply the page never
 * reads may never arrive whole (Chromium leaves a `Cache-Control: no-store` body unread), and
 * asking for it would wait for ever; such responses are listed as unread instead.
 *
 * @example
 * const sent = new MerchantResponses(context, target.checkout.url);
 * // … the shopper saves …
 * const { texts, unread } = await sent.read();
 */
export class MerchantResponses {
  private readonly reads: Promise<MerchantText>[] = [];
  private readonly pending = new Map<Request, string>();

  constructor(context: BrowserContext, merchantUrl: string) {
    const merchant = new URL(merchantUrl).origin;
    context.on('response', (response: Response) => {
      if (originOf(response.url()) !== merchant || !textLike.test(response.headers()['content-type'] ?? '')) return;
      this.pending.set(response.request(), `${response.request().method()} ${response.url()}`);
    });
    context.on('requestfinished', (request) => {
      if (!this.pending.delete(request)) return;
      const url = request.url();
      this.reads.push(
        request
          .response()
          .then((response) => response?.text() ?? '')
          .then(
            (body) => ({ url, body }),
            () => ({ url, body: '' }),
          ),
      );
    });
    context.on('requestfailed', (request) => void this.pending.delete(request));
  }

  /** Every text the merchant sent so far, in the order the browser finished loading them, and those it never did. */
  async read(): Promise<MerchantTexts> {
    return { texts: await Promise.all(this.reads), unread: [...this.pending.values()] };
  }
}
