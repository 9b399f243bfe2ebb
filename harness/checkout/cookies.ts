import type { CookieOptions, Request, Response } from 'express';
import type { Faults } from './faults.ts';

/** The cookie Stripe's Link sample keeps the persistent token in, on the merchant's own domain. */
export const PERSISTENT_TOKEN_COOKIE = 'stripe.link.persistent_token';
/** The shop's own session cookie. */
export const SHOP_SESSION_COOKIE = 'shop_session';

const DAY_MS = 24 * 60 * 60 * 1000;
/** How long the persistent token cookie lives: 90 days, as in Stripe's sample. */
export const PERSISTENT_TOKEN_COOKIE_MAX_AGE_MS = 90 * DAY_MS;

/**
 * One cookie of a request, read from its `Cookie` header (no cookie-parser needed for two cookies).
 *
 * @example
 * readCookie(req, PERSISTENT_TOKEN_COOKIE) // 'a4c1…' or undefined
 */
export function readCookie(req: Pick<Request, 'headers'>, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    const raw = part
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
    try {
      return decodeURIComponent(raw);
    } catch {
      return raw;
    }
  }
  return undefined;
}

/**
 * The attributes of the persistent token cookie (COOKIE-02): HttpOnly so page script cannot read
 * it, Secure whenever the page is served over https, SameSite=Strict, 90 days, path `/`, and no
 * Domain so it stays on this host. Each `cookie-*` fault loosens exactly one of them.
 *
 * @example
 * res.cookie(PERSISTENT_TOKEN_COOKIE, token, persistentTokenCookie({ https: req.secure }, faults));
 */
export function persistentTokenCookie({ https }: { https: boolean }, faults: Faults): CookieOptions {
  return {
    httpOnly: !faults.has('cookie-not-httponly'),
    secure: https && !faults.has('cookie-not-secure'),
    ...(faults.has('cookie-no-samesite') ? {} : { sameSite: 'strict' as const }),
    maxAge: faults.has('cookie-year-long') ? 365 * DAY_MS : PERSISTENT_TOKEN_COOKIE_MAX_AGE_MS,
    path: '/',
  };
}

/**
 * The attributes of the shop's session cookie: HttpOnly, SameSite=Lax (so a link from an email
 * still arrives signed in, while cross-site form posts do not), Secure over https.
 */
export function shopSessionCookie({ https }: { https: boolean }, maxAgeMs: number): CookieOptions {
  return { httpOnly: true, secure: https, sameSite: 'lax', maxAge: maxAgeMs, path: '/' };
}

/** Clears the shop session cookie, with the attributes it was set with. */
export function clearShopSession(res: Response, { https }: { https: boolean }): void {
  res.clearCookie(SHOP_SESSION_COOKIE, { httpOnly: true, secure: https, sameSite: 'lax', path: '/' });
}
