import { builtins } from '../../builtins.ts';
import { apiOrigin } from '../../config.ts';
import type { StripeJsError } from '../../protocol.ts';
import { formEncode, type FormValue } from './form-encode.ts';
import { connectionError, toStripeJsError } from './stripe-errors.ts';

/** An API answer: the JSON body, or the error in Stripe.js's shape (never a thrown exception). */
export type ApiResult<T> = { ok: true; body: T } | { ok: false; status: number; error: StripeJsError };

/** The emulator's HTTP API as the frames call it: with the merchant's publishable key. */
export interface EmulatorApi {
  get<T>(path: string, query?: Record<string, FormValue>): Promise<ApiResult<T>>;
  post<T>(path: string, params: Record<string, FormValue>): Promise<ApiResult<T>>;
}

/**
 * An API client for the frames. The frames are served by the emulator, so these calls are
 * same-origin; the key travels as `Authorization: Bearer pk_test_…` as Stripe.js sends it.
 *
 * @example
 * const api = emulatorApi('pk_test_shop');
 * const res = await api.get('/v1/setup_intents/seti_1', { client_secret });
 */
export function emulatorApi(publishableKey: string, origin: string = apiOrigin || location.origin): EmulatorApi {
  async function send<T>(method: 'GET' | 'POST', path: string, params: Record<string, FormValue>): Promise<ApiResult<T>> {
    const body = formEncode(params);
    const url = method === 'GET' && body ? `${origin}${path}?${body}` : `${origin}${path}`;
    let res: Response;
    try {
      res = await builtins.fetch(url, {
        method,
        headers: { Authorization: `Bearer ${publishableKey}`, ...(method === 'POST' ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}) },
        ...(method === 'POST' ? { body } : {}),
        credentials: 'omit',
      });
    } catch (err) {
      return { ok: false, status: 0, error: connectionError(err instanceof Error ? err.message : String(err)) };
    }
    let json: unknown = null;
    try {
      json = builtins.JSON.parse(await res.text());
    } catch {
      // A non-JSON answer is reported below through its status.
    }
    if (res.ok && json !== null) return { ok: true, body: json as T };
    return { ok: false, status: res.status, error: toStripeJsError(res.status, json) };
  }
  return {
    get: (path, query = {}) => send('GET', path, query),
    post: (path, params) => send('POST', path, params),
  };
}
