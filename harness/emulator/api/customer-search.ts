import type Stripe from 'stripe';
import { defineEndpoint } from '../http/endpoint.ts';
import { int, obj, str } from '../http/params.ts';
import { compileSearch, searchPage, type SearchField } from '../http/search.ts';

/** The Customer fields Stripe's search covers. */
export const customerSearchFields: Record<string, SearchField<Stripe.Customer>> = {
  email: { kind: 'string', substring: true, get: (c) => c.email },
  name: { kind: 'string', substring: true, get: (c) => c.name ?? null },
  phone: { kind: 'string', substring: true, get: (c) => c.phone ?? null },
  metadata: { kind: 'hash', get: (c, key) => (Object.hasOwn(c.metadata, key) ? c.metadata[key]! : null) },
  created: { kind: 'number', get: (c) => c.created },
};

/**
 * `GET /v1/customers/search?query=…`: Stripe's search query language over email, name, phone,
 * metadata and created, newest first, paged by `next_page`. Unlike Stripe's, results are current
 * at once (Stripe's index can lag by a minute).
 */
export const customerSearchEndpoint = defineEndpoint<{ query: string; limit?: number; page?: string }>({
  method: 'get',
  path: '/v1/customers/search',
  access: 'secret',
  params: obj({ query: str(), limit: int(), page: str() }, ['query']),
  handle({ account }, p) {
    const matches = compileSearch(p.query, customerSearchFields, 'customers');
    return searchPage('/v1/customers/search', [...account.customers.values()].filter(matches), p);
  },
});
