// What the merchant's server asked the browser to keep: every Set-Cookie header of its responses,
// read as sent (the cookie jar alone reports a missing SameSite as Lax).
import type { BrowserContext, Response } from '@playwright/test';
import { parseSetCookie, type SetCookie } from '../../fixtures/set-cookie.ts';

/** One cookie a merchant response set. */
export interface SentCookie {
  /** The response's URL. */
  url: string;
  /** When it was sent (its `Date` header, else when it arrived), ms since the epoch. */
  sentAt: number;
  cookie: SetCookie;
}

/**
 * Notes the Set-Cookie headers of every response from the merchant's origin in a browser context.
 *
 * @example
 * const cookies = new SetCookieWatch(context, 'http://localhost:4242');
 * // … the shopper saves with Link …
 * const sent = await cookies.holding(token);
 */
export class SetCookieWatch {
  private readonly reads: Promise<SentCookie[]>[] = [];

  constructor(context: BrowserContext, merchantOrigin: string) {
    const origin = new URL(merchantOrigin).origin;
    context.on('response', (response) => {
      if (sameOrigin(response.url(), origin)) this.reads.push(setCookiesOf(response));
    });
  }

  /** Every cookie set so far, in the order the responses arrived. */
  async sent(): Promise<SentCookie[]> {
    return (await Promise.all(this.reads)).flat();
  }

  /** The last Set-Cookie whose value holds `token` (the Link persistent token; the shop may wrap or sign it), if any. */
  async holding(token: string): Promise<SentCookie | undefined> {
    return (await this.sent()).filter((c) => cookieHolds(c.cookie.value, token)).at(-1);
  }
}

/** Whether a cookie value holds the token, as it is or URL-encoded inside it. */
export function cookieHolds(value: string, token: string): boolean {
  if (value.includes(token)) return true;
  try {
    return decodeURIComponent(value).includes(token);
  } catch {
    return false;
  }
}

function sameOrigin(url: string, origin: string): boolean {
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

async function setCookiesOf(response: Response): Promise<SentCookie[]> {
  // A context closed before the headers were read has nothing to tell.
  const headers = await response.headersArray().catch(() => []);
  const date = headers.find((h) => h.name.toLowerCase() === 'date')?.value;
  const sentAt = date && !Number.isNaN(Date.parse(date)) ? Date.parse(date) : Date.now();
  return headers
    .filter((h) => h.name.toLowerCase() === 'set-cookie')
    .flatMap((h) => h.value.split('\n'))
    .filter((line) => line.trim() !== '')
    .map((line) => ({ url: response.url(), sentAt, cookie: parseSetCookie(line) }));
}
