import fc from 'fast-check';
import type { Endpoint } from '../http/endpoint.ts';
import { aimedFormPairs, anyFormPairs, type FormPair } from './form-params.ts';
import { IdPool } from './id-pool.ts';
import { recipes } from './recipes.ts';
import { authorizationFor, badPercent, idText, keyCase, sometimes, textOf, type KeyCase } from './values.ts';

/**
 * A random request as a short, printable description. `encode` turns it into bytes; fast-check
 * prints the description when a property fails, which is the reproducer.
 */
export interface FuzzRequest {
  method: string;
  /** Path as sent, possibly with broken percent-encoding, before the query string. */
  path: string;
  query: FormPair[];
  key: KeyCase;
  authorization: string | undefined;
  /** A `key` form parameter, as Stripe.js sends its publishable key; only without Authorization. */
  bodyKey: KeyCase | undefined;
  body: FuzzBody;
  contentType: string | undefined;
  /** A Content-Encoding the body does not really have, or a charset no decoder knows. */
  brokenEncoding: string | undefined;
  idempotencyKey: string | undefined;
  stripeVersion: string | undefined;
}

export type FuzzBody =
  { kind: 'none' } | { kind: 'form'; pairs: FormPair[] } | { kind: 'json'; value: unknown } | { kind: 'bytes'; bytes: number[] } | { kind: 'oversize' };

/** What the fuzzer knows about the emulator: its endpoints, and ids worth aiming path parameters at. */
export interface FuzzTargets {
  endpoints: readonly Endpoint[];
  accountKey: string;
  /** Ids (and client secrets) of objects that exist in the fuzzed account. */
  ids: readonly string[];
}

/** Lone surrogates cannot be UTF-8 encoded; they travel as U+FFFD (bad UTF-8 comes from `badPercent`). */
const wellFormed = (s: string) => s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
const escapeForm = (s: string) => encodeURIComponent(wellFormed(s));

/** Node's HTTP parser answers a request line past 16 KB itself (431), so huge values go in bodies only. */
const shortForQuery = (pairs: FormPair[]) =>
  pairs.map((p) => (typeof p.value === 'string' ? p : { ...p, value: { ...p.value, times: Math.min(p.value.times, 100) } }));

/** Fills a path template's `:params`, mostly with ids of the right kind that exist when `aimed`. */
function fillPath(template: string, ids: IdPool, aimed: boolean): fc.Arbitrary<string> {
  const segments = template.split('/');
  const params = segments.flatMap((s, i) => (s.startsWith(':') ? [segments[i - 1] ?? ''] : []));
  const param = (resource: string) =>
    fc.oneof(
      { weight: aimed ? 12 : 3, arbitrary: ids.for(resource) },
      { weight: 2, arbitrary: idText.map(escapeForm) },
      { weight: 1, arbitrary: badPercent },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 }) },
    );
  const values = params.length ? (fc.tuple(...params.map(param)) as fc.Arbitrary<string[]>) : fc.constant<string[]>([]);
  return values.map((vs) => {
    let i = 0;
    return template.replace(/:[a-z_]+/gi, () => vs[i++] ?? '');
  });
}

/** A path: a served endpoint with parameters filled in (real ids or junk), or a path nobody serves. */
function anyPath(endpoints: readonly Endpoint[], ids: IdPool): fc.Arbitrary<string> {
  const served = fc.oneof(...[...new Set(endpoints.map((e) => e.path))].map((t) => fillPath(t, ids, false)));
  const segment = fc.oneof(fc.stringMatching(/^[a-z_0-9]{0,12}$/), idText.map(escapeForm), badPercent);
  const unknown = fc.array(segment, { minLength: 0, maxLength: 5 }).map((s) => `/v1/${s.join('/')}`);
  const odd = fc.constantFrom(
    '/v1',
    '/v1/',
    '//v1/customers',
    '/v1//customers',
    '/v1/customers/',
    '/v1/customers?',
    '/v1/./customers',
    '/v1/customers/%2e%2e',
    '/v2/customers',
    '/',
  );
  return fc.oneof({ weight: 8, arbitrary: served }, { weight: 2, arbitrary: unknown }, { weight: 1, arbitrary: odd });
}

const headerFields = (targets: FuzzTargets) =>
  fc.record({
    key: keyCase(targets.accountKey),
    bodyKey: sometimes(keyCase(targets.accountKey), 2),
    contentType: fc.constantFrom(
      undefined,
      'application/x-www-form-urlencoded',
      'application/x-www-form-urlencoded; charset=utf-8',
      'application/json',
      'text/plain',
      'multipart/form-data; boundary=x',
      'application/x-www-form-urlencoded; charset=latin1',
    ),
    brokenEncoding: sometimes(fc.constantFrom('gzip', 'deflate', 'br', 'compress', 'identity, gzip', 'charset=utf-16', 'charset=klingon'), 12),
    idempotencyKey: sometimes(fc.oneof(fc.constantFrom('fuzz-1', 'fuzz-2', 'fuzz-3'), fc.string({ maxLength: 300 })), 4),
    stripeVersion: sometimes(fc.oneof(fc.constantFrom('2024-04-10', '2026-10-28.endive', ''), fc.string({ maxLength: 20 })), 2),
  });

/** Chaos: any method, any path, any body, any headers. */
function chaoticRequest(targets: FuzzTargets, ids: IdPool) {
  const pairs = anyFormPairs(targets.endpoints, ids);
  const body: fc.Arbitrary<FuzzBody> = fc.oneof(
    { weight: 40, arbitrary: fc.constant<FuzzBody>({ kind: 'none' }) },
    { weight: 200, arbitrary: pairs.map<FuzzBody>((p) => ({ kind: 'form', pairs: p })) },
    { weight: 20, arbitrary: fc.jsonValue({ maxDepth: 3 }).map<FuzzBody>((value) => ({ kind: 'json', value })) },
    { weight: 20, arbitrary: fc.array(fc.nat(255), { maxLength: 64 }).map<FuzzBody>((bytes) => ({ kind: 'bytes', bytes })) },
    // Rare: a body past the 1 MB limit costs a megabyte per request.
    { weight: 1, arbitrary: fc.constant<FuzzBody>({ kind: 'oversize' }) },
  );
  const query = pairs.map(shortForQuery);
  return fc.record({
    method: fc.oneof(
      { weight: 12, arbitrary: fc.constantFrom('GET', 'POST', 'DELETE') },
      { weight: 2, arbitrary: fc.constantFrom('PUT', 'PATCH', 'HEAD', 'OPTIONS', 'QUERY', 'PURGE', 'PROPFIND') },
    ),
    path: anyPath(targets.endpoints, ids),
    query: fc.oneof(fc.constant<FormPair[]>([]), query),
    body,
    headers: headerFields(targets),
  });
}

/** Near-valid: one endpoint, its own parameters with plausible values, mostly the account's secret key. */
function aimedRequest(targets: FuzzTargets, ids: IdPool) {
  const secretKey: KeyCase = { kind: 'secret', key: `sk_test_${targets.accountKey}` };
  const headers = headerFields(targets);
  const perEndpoint = targets.endpoints.map((endpoint) =>
    fc
      .record({ path: fillPath(endpoint.path, ids, true), pairs: aimedFormPairs(endpoint, ids), headers, secret: fc.nat(3) })
      .map(({ path, pairs, headers, secret }) => {
        const method = endpoint.method.toUpperCase();
        const get = method === 'GET';
        return {
          method,
          path,
          query: get ? shortForQuery(pairs) : [],
          body: get ? ({ kind: 'none' } as FuzzBody) : ({ kind: 'form', pairs } as FuzzBody),
          headers: secret > 0 ? { ...headers, key: secretKey, brokenEncoding: undefined } : headers,
        };
      }),
  );
  return fc.oneof(...perEndpoint);
}

/**
 * Random and malformed requests against the emulator's API: chaos, near-valid calls that reach
 * the handlers' state machines, and well-formed calls with test cards of every outcome.
 *
 * @example
 * fc.sample(fuzzRequest({ endpoints, accountKey: 'fuzz', ids: [] }), 1)
 */
export function fuzzRequest(targets: FuzzTargets): fc.Arbitrary<FuzzRequest> {
  const ids = new IdPool(targets.ids);
  const secretKey: KeyCase = { kind: 'secret', key: `sk_test_${targets.accountKey}` };
  const recipe = fc.tuple(recipes(targets.endpoints, ids), headerFields(targets)).map(([{ method, path, pairs }, headers]) => ({
    method,
    path,
    query: method === 'GET' ? pairs : [],
    body: method === 'GET' ? ({ kind: 'none' } as FuzzBody) : ({ kind: 'form', pairs } as FuzzBody),
    headers: { ...headers, key: secretKey, brokenEncoding: undefined },
  }));
  const kinds = fc.oneof(
    { weight: 5, arbitrary: chaoticRequest(targets, ids) },
    { weight: 4, arbitrary: aimedRequest(targets, ids) },
    { weight: 1, arbitrary: recipe },
  );
  return kinds.chain(({ method, path, query, body, headers }) =>
    authorizationFor(headers.key).map((authorization) => ({
      method,
      path,
      query,
      body,
      ...headers,
      authorization,
      bodyKey: authorization === undefined ? headers.bodyKey : undefined,
    })),
  );
}

const encodePair = (p: FormPair) => (p.raw ? `${p.name}=${textOf(p.value)}` : `${escapeForm(p.name)}=${escapeForm(textOf(p.value))}`);
const encodePairs = (pairs: FormPair[]) => pairs.map(encodePair).join('&');

/** The bytes of a fuzz request, ready for `http.request`. */
export function encode(r: FuzzRequest): { method: string; path: string; headers: Record<string, string>; body: Buffer | undefined } {
  const query = [...r.query];
  const form: FormPair[] = r.body.kind === 'form' ? [...r.body.pairs] : [];
  if (r.bodyKey && r.bodyKey.kind !== 'missing') (r.method === 'GET' ? query : form).push({ name: 'key', value: r.bodyKey.key, raw: false });
  let body: Buffer | undefined;
  if (r.body.kind === 'form' || form.length) body = Buffer.from(encodePairs(form), 'utf8');
  else if (r.body.kind === 'json') body = Buffer.from(JSON.stringify(r.body.value) ?? 'null', 'utf8');
  else if (r.body.kind === 'bytes') body = Buffer.from(r.body.bytes);
  else if (r.body.kind === 'oversize') body = Buffer.from(`description=${'x'.repeat(1_100_000)}`, 'utf8');
  const headers: Record<string, string> = {};
  if (r.authorization !== undefined) headers.authorization = r.authorization;
  if (r.contentType) headers['content-type'] = r.contentType;
  if (r.brokenEncoding?.startsWith('charset=')) headers['content-type'] = `application/x-www-form-urlencoded; ${r.brokenEncoding}`;
  else if (r.brokenEncoding) headers['content-encoding'] = r.brokenEncoding;
  if (r.idempotencyKey !== undefined) headers['idempotency-key'] = r.idempotencyKey;
  if (r.stripeVersion !== undefined) headers['stripe-version'] = r.stripeVersion;
  // Node's HTTP parser answers raw spaces, control characters and non-ASCII bytes in a request
  // line itself, before the emulator sees them, and no HTTP client sends a `#` fragment: send
  // those percent-encoded (broken encodings come from `badPercent`).
  const safe = (s: string) => wellFormed(s).replace(/[^\u0021-\u007e]|#/gu, encodeURIComponent);
  const qs = query.length ? `?${safe(encodePairs(query))}` : '';
  return { method: r.method, path: safe(r.path) + qs, headers, body };
}
