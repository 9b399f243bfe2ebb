import { describe, expect, it } from 'vitest';
import { persistentTokenCookie, readCookie } from './cookies.ts';
import { noFaults, parseFaults } from './faults.ts';

const DAY = 24 * 60 * 60 * 1000;

describe('cookies', () => {
  it('reads one cookie from the Cookie header', () => {
    const req = { headers: { cookie: 'a=1; stripe.link.persistent_token=tok%2F1; shop_session="s1"' } };
    expect(readCookie(req, 'stripe.link.persistent_token')).toBe('tok/1');
    expect(readCookie(req, 'shop_session')).toBe('s1');
    expect(readCookie(req, 'missing')).toBeUndefined();
    expect(readCookie({ headers: {} }, 'a')).toBeUndefined();
    expect(readCookie({ headers: { cookie: 'bad=%E0%A4%A' } }, 'bad')).toBe('%E0%A4%A');
  });

  it('COOKIE-02: the persistent token cookie is HttpOnly, Strict, 90 days, path /, Secure on https only', () => {
    expect(persistentTokenCookie({ https: true }, noFaults)).toEqual({ httpOnly: true, secure: true, sameSite: 'strict', maxAge: 90 * DAY, path: '/' });
    expect(persistentTokenCookie({ https: false }, noFaults)).toMatchObject({ secure: false });
  });

  it('each cookie fault loosens one attribute', () => {
    const base = persistentTokenCookie({ https: true }, noFaults);
    expect(persistentTokenCookie({ https: true }, parseFaults('cookie-not-httponly'))).toEqual({ ...base, httpOnly: false });
    expect(persistentTokenCookie({ https: true }, parseFaults('cookie-not-secure'))).toEqual({ ...base, secure: false });
    const { sameSite: _dropped, ...withoutSameSite } = base;
    expect(persistentTokenCookie({ https: true }, parseFaults('cookie-no-samesite'))).toEqual(withoutSameSite);
    expect(persistentTokenCookie({ https: true }, parseFaults('cookie-year-long'))).toEqual({ ...base, maxAge: 365 * DAY });
  });
});
