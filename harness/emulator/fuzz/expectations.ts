import type { Endpoint } from '../http/endpoint.ts';
import { routeOf } from '../contract/routes.ts';
import type { RawResponse } from './client.ts';
import type { FuzzRequest } from './requests.ts';

/** The `type` values Stripe puts on an error. */
export const stripeErrorTypes = ['api_error', 'card_error', 'idempotency_error', 'invalid_request_error'] as const;

/** True for `/v1` and anything below it: the part of the emulator that is Stripe's API. */
export const isApiPath = (path: string) => /^\/v1(\/|$|\?)/i.test(path);

/** The key the emulator will judge the request by: the Authorization header, else a `key` form parameter. */
function effectiveKey(r: FuzzRequest): FuzzRequest['key'] {
  if (r.authorization !== undefined) return r.key;
  if (!r.bodyKey) return { kind: 'missing' };
  // Only publishable keys may travel in the form; any other key there is refused.
  return r.bodyKey.kind === 'publishable' ? r.bodyKey : { kind: 'bad', key: 'key' in r.bodyKey ? r.bodyKey.key : '' };
}

const BODY_LIMIT = 1024 * 1024;

/** A body the emulator can decode: not past the 1 MB limit, not in an encoding it cannot read. */
const decodable = (r: FuzzRequest, bodyBytes: number) => r.brokenEncoding === undefined && bodyBytes <= BODY_LIMIT;

const decodablePath = (path: string) => {
  try {
    path.split('/').forEach((s) => decodeURIComponent(s));
    return true;
  } catch {
    return false;
  }
};

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * What is wrong with one answer, by the robustness properties: never a 5xx; every error is
 * `{error: {type, message}}` with one of Stripe's types; a 2xx from the API is a Stripe object;
 * a bad, live or missing key is a 401, and so is a publishable key on a secret-only endpoint.
 *
 * @example
 * expect(problemsWith(request, sent.body?.length ?? 0, response, endpoints)).toEqual([]);
 */
export function problemsWith(r: FuzzRequest, bodyBytes: number, res: RawResponse, endpoints: readonly Endpoint[]): string[] {
  const problems: string[] = [];
  if (res.status >= 500) problems.push(`answered ${res.status}`);
  const body = parse(res.text) as { error?: { type?: unknown; message?: unknown }; object?: unknown } | undefined;
  const hasBody = r.method !== 'HEAD' && res.status !== 204;
  if (hasBody && (res.status < 200 || res.status >= 300)) {
    const error = body?.error;
    if (!error || typeof error !== 'object') problems.push(`error body is not {error: …}: ${res.text.slice(0, 200)}`);
    else {
      if (!stripeErrorTypes.includes(error.type as (typeof stripeErrorTypes)[number])) problems.push(`error.type ${String(error.type)} is not one of Stripe's`);
      if (typeof error.message !== 'string' || error.message === '') problems.push('error.message is missing');
    }
  }
  if (hasBody && res.status >= 200 && res.status < 300 && isApiPath(r.path) && typeof body?.object !== 'string')
    problems.push(`2xx body is not a Stripe object: ${res.text.slice(0, 200)}`);
  const path = r.path.split('?')[0]!;
  if (isApiPath(path) && r.method !== 'OPTIONS' && decodable(r, bodyBytes)) {
    const key = effectiveKey(r);
    if ((key.kind === 'live' || key.kind === 'bad' || key.kind === 'missing') && res.status !== 401)
      problems.push(`a ${key.kind} key got ${res.status}, not 401`);
    const route = routeOf(endpoints, r.method === 'HEAD' ? 'GET' : r.method, path);
    const endpoint = route && endpoints.find((e) => `${e.method.toUpperCase()} ${e.path}` === route);
    if (key.kind === 'publishable' && endpoint?.access === 'secret' && decodablePath(path) && res.status !== 401)
      problems.push(`a publishable key on secret-only ${route} got ${res.status}, not 401`);
  }
  return problems;
}
