import type { Endpoint } from './endpoint.ts';
import { unservedEndpoints } from './spec-params.ts';

const isParam = (segment: string) => segment.startsWith(':') || /^\{.+\}$/.test(segment);

/**
 * For one served endpoint, a test that says whether a concrete path is really one of Stripe's
 * operations the emulator does not serve, with a literal segment where the endpoint has a
 * parameter: `GET /v1/payment_intents/search` is Stripe's search, not a PaymentIntent named
 * `search`, and must answer `Unrecognized request URL` rather than `No such payment_intent`.
 *
 * @example
 * const shadowed = unservedShadowing({ method: 'get', path: '/v1/payment_intents/:id' });
 * shadowed('/v1/payment_intents/search') // true
 */
export function unservedShadowing(endpoint: Pick<Endpoint, 'method' | 'path'>, unserved: readonly string[] = unservedEndpoints): (path: string) => boolean {
  const pattern = endpoint.path.split('/');
  const method = endpoint.method.toUpperCase();
  const literalsAt = unserved
    .filter((op) => op.startsWith(`${method} `))
    .map((op) => op.slice(method.length + 1).split('/'))
    .filter((t) => t.length === pattern.length && t.every((s, i) => isParam(s) || isParam(pattern[i]!) || s === pattern[i]))
    .map((t) => t.flatMap((s, i) => (!isParam(s) && isParam(pattern[i]!) ? [[i, s] as const] : [])))
    .filter((literals) => literals.length > 0);
  if (literalsAt.length === 0) return () => false;
  return (path) => {
    const segments = path.split('/');
    return literalsAt.some((literals) => literals.every(([i, s]) => segments[i] === s));
  };
}
