import type { Endpoint } from '../http/endpoint.ts';

/** How the contract test names an endpoint: `POST /v1/customers/:id`, as endpoints.ts declares it. */
export type EndpointKey = `${'GET' | 'POST' | 'DELETE'} /v1/${string}`;

export const endpointKey = (e: Pick<Endpoint, 'method' | 'path'>): EndpointKey => `${e.method.toUpperCase() as 'GET'} ${e.path as `/v1/${string}`}`;

/**
 * The declared endpoint a concrete request went to (`GET /v1/customers/cus_1` →
 * `GET /v1/customers/:id`). Literal segments win over parameters, so
 * `/v1/consumers/sessions/lookup` is not taken for `/v1/consumers/sessions/:id`.
 *
 * @example
 * routeOf(endpoints, 'GET', '/v1/customers/cus_123/payment_methods') // 'GET /v1/customers/:id/payment_methods'
 */
export function routeOf(endpoints: readonly Endpoint[], method: string, path: string): EndpointKey | undefined {
  const segments = path.split('/');
  let best: { key: EndpointKey; literals: number } | undefined;
  for (const endpoint of endpoints) {
    if (endpoint.method !== method.toLowerCase()) continue;
    const pattern = endpoint.path.split('/');
    if (pattern.length !== segments.length) continue;
    let literals = 0;
    const matches = pattern.every((p, i) => {
      if (p.startsWith(':')) return segments[i] !== '';
      literals++;
      return p === segments[i];
    });
    if (matches && (!best || literals > best.literals)) best = { key: endpointKey(endpoint), literals };
  }
  return best?.key;
}
