import type { Endpoint } from '../http/endpoint.ts';
import { internalSchemas } from './internal-schemas.ts';
import { check, type ContractVerdict, type StripeContract } from './openapi.ts';
import type { RecordedCall } from './recorder.ts';
import { routeOf, type EndpointKey } from './routes.ts';

/** A recorded call with the endpoint it reached and the schema's verdict on its body. */
export interface CheckedCall extends ContractVerdict {
  call: RecordedCall;
  endpoint: EndpointKey | undefined;
  /** Which schema judged it: the spec's operation, or the harness's own for a Stripe-internal endpoint. */
  against: 'spec' | 'internal' | 'none';
}

const isSuccess = (status: number) => status >= 200 && status < 300;

/**
 * Validates one recorded response: against the spec's documented response for its operation,
 * or, for the Stripe-internal endpoints the spec lacks, against the harness's schema for a 2xx
 * and the spec's `error` envelope for anything else.
 *
 * @example
 * const verdict = verifyCall(contract, endpoints, account.calls.at(-1)!);
 * expect(verdict.errors).toEqual([]);
 */
export function verifyCall(contract: StripeContract, endpoints: readonly Endpoint[], call: RecordedCall): CheckedCall {
  const endpoint = routeOf(endpoints, call.method, call.path);
  if (!endpoint) return { call, endpoint, against: 'none', valid: false, errors: [`no endpoint serves ${call.method} ${call.path}`] };
  const path = endpoint.slice(endpoint.indexOf(' ') + 1);
  if (contract.specPath(call.method, path)) return { call, endpoint, against: 'spec', ...contract.checkResponse(call.method, path, call.status, call.body) };
  if (!isSuccess(call.status)) return { call, endpoint, against: 'spec', ...check(contract.component('error'), call.body) };
  const schema = internalSchemas[endpoint];
  if (!schema)
    return { call, endpoint, against: 'none', valid: false, errors: [`${endpoint} is not in Stripe's spec and has no schema in internal-schemas.ts`] };
  return { call, endpoint, against: 'internal', ...check(contract.validator(`internal ${endpoint}`, schema), call.body) };
}

/**
 * The values at a dot path, walking into every item of an array on the way
 * (`data.customer` gives each list item's customer).
 *
 * @example
 * valuesAt({ data: [{ customer: { id: 'cus_1' } }] }, 'data.customer') // [{ id: 'cus_1' }]
 */
export function valuesAt(value: unknown, path: string): unknown[] {
  let current: unknown[] = [value];
  for (const segment of path.split('.')) {
    current = current
      .flatMap((v) => (Array.isArray(v) ? v : [v]))
      .filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null)
      .map((v) => v[segment]);
  }
  return current.flatMap((v) => (Array.isArray(v) ? v : [v]));
}
