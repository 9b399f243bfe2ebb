import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Accounts } from '../domain/account.ts';
import { checkApiVersion } from './api-version.ts';
import { identifyKey, keyFromAuthorization, liveKeyAccount, redactKey, type CallerKey } from './auth.ts';
import type { Endpoint } from './endpoint.ts';
import { StripeApiError, apiError, authentication, unrecognizedUrl } from '../core/errors.ts';
import { expand } from './expand.ts';
import { publishableView } from '../domain/publishable-view.ts';
import { decodeForm } from './form.ts';
import { randomToken } from '../core/ids.ts';
import { EMULATOR_API_VERSION } from '../core/api-version.ts';
import { readBody, type RequestWithBody } from './read-body.ts';
import { RouteTable } from './route-table.ts';
import { commonFields, readParams } from './params.ts';
import type { RequestLog } from './request-log.ts';
import { specParams } from './spec-params.ts';
import { unservedShadowing } from './unserved.ts';

/** The Stripe-Version the emulator answers with when the client sends none: stripe-node 23's pin. */
export const DEFAULT_API_VERSION = EMULATOR_API_VERSION;

interface Options {
  accounts: Accounts;
  log: RequestLog;
  endpoints: readonly Endpoint[];
  baseUrl: () => string;
}

/** What one request gathers on its way through, for its answer and its log entry. */
interface Exchange {
  requestId: string;
  started: number;
  params: Record<string, unknown>;
  caller: CallerKey | null;
  /** A refused live key (redacted) and the account its suffix names, for the log. */
  refusedLiveKey: { key: string; account: string } | null;
  /** The object the answer was about, for the log. */
  objectId: string | null;
  idempotencyKey: string | null;
  replayed: boolean;
  error: { type: string; code?: string; param?: string } | null;
}

/** Handles one request to `/v1…`, as Node's `http.createServer` calls a listener. */
export type ApiListener = (req: IncomingMessage, res: ServerResponse) => void;

/** True for a request URL the Stripe API answers: `/v1` and below. */
export const isApiUrl = (url: string | undefined): boolean => url !== undefined && url.startsWith('/v1') && (url.length === 3 || '/?'.includes(url[3]!));

/** Serialises once: the text sent is also what an idempotent replay sends, frozen at this moment. */
function send(res: ServerResponse, x: Exchange, status: number, body: unknown): string {
  const error = (body as { error?: { type: string; code?: string; param?: string } }).error;
  if (error) x.error = { type: error.type, ...(error.code ? { code: error.code } : {}), ...(error.param ? { param: error.param } : {}) };
  x.objectId = objectIdOf(body);
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.end(text);
  return text;
}

/** The id of what an answer is about: its own `id`, or the intent or payment method a card error carries. */
function objectIdOf(body: unknown): string | null {
  const b = body as { id?: unknown; error?: { payment_intent?: { id?: unknown }; setup_intent?: { id?: unknown } } };
  const id = b.id ?? b.error?.payment_intent?.id ?? b.error?.setup_intent?.id;
  return typeof id === 'string' ? id : null;
}

/** Any error on the way, as the Stripe-shaped answer it becomes, pointing at its entry in the request log. */
function sendError(res: ServerResponse, x: Exchange, err: unknown, baseUrl: string): void {
  const apiErr = asStripeError(err);
  const body = { ...apiErr.body };
  if (!body.request_log_url) body.request_log_url = `${baseUrl}/_harness/requests/${x.requestId}`;
  if (res.headersSent) return void res.destroy();
  send(res, x, apiErr.status, { error: body });
}

function asStripeError(err: unknown): StripeApiError {
  if (err instanceof StripeApiError) return err;
  const status = (err as { status?: number; type?: string }).status;
  if (status === 413) return new StripeApiError(413, { type: 'invalid_request_error', message: 'Request body too large (limit 1 MB).' });
  if (err instanceof URIError)
    return new StripeApiError(400, { type: 'invalid_request_error', message: 'The request URL is not valid percent-encoded UTF-8.' });
  if (status === 400) return new StripeApiError(400, { type: 'invalid_request_error', message: 'The request body could not be decoded.' });
  // body-parser's 415: a Content-Encoding or charset it cannot decode. The client's mistake, not ours.
  if (status === 415)
    return new StripeApiError(400, { type: 'invalid_request_error', message: `The request body could not be decoded: ${(err as Error).message}.` });
  console.error('link-harness emulator: unexpected error', err);
  return apiError(`link-harness emulator fault: ${(err as Error)?.message ?? String(err)}`);
}

const header = (req: IncomingMessage, name: string): string | undefined => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

interface Served {
  endpoint: Endpoint;
  /** The parameters read, with those Stripe lists that the endpoint ignores. */
  spec: Parameters<typeof readParams>[0] & { ignored: string[] };
  shadowed: (path: string) => boolean;
}

/**
 * Serves the Stripe API (`/v1`) straight on Node's `http` module: request ids and logging,
 * Stripe-Version, keys and accounts, form decoding, parameter checks, idempotency, expansion,
 * Stripe-shaped errors, and a 404 for any path it does not serve.
 */
export function stripeApi({ accounts, log, endpoints, baseUrl }: Options): ApiListener {
  const routes = new RouteTable<Served>();
  for (const endpoint of endpoints) {
    const fields = { ...commonFields, ...endpoint.params.fields };
    // Parameters Stripe's spec lists that the endpoint does not implement are accepted and ignored.
    const ignored = (specParams[`${endpoint.method.toUpperCase()} ${endpoint.path}`] ?? []).filter((name) => !Object.hasOwn(fields, name));
    routes.add(endpoint.method, endpoint.path, { endpoint, spec: { ...endpoint.params, fields, ignored }, shadowed: unservedShadowing(endpoint) });
  }

  return (incoming, res) => {
    const req = incoming as RequestWithBody;
    const url = req.url ?? '/v1';
    const queryAt = url.indexOf('?');
    const path = queryAt < 0 ? url : url.slice(0, queryAt);
    const requestId = `req_${randomToken(14)}`;
    const x: Exchange = {
      requestId,
      started: Date.now(),
      params: {},
      caller: null,
      refusedLiveKey: null,
      objectId: null,
      idempotencyKey: null,
      replayed: false,
      error: null,
    };
    res.setHeader('Request-Id', requestId);
    res.setHeader('Stripe-Version', header(req, 'stripe-version') ?? DEFAULT_API_VERSION);
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.on('finish', () => {
      log.add({
        id: requestId,
        time: x.started,
        method: req.method ?? 'GET',
        path: path === '/v1/' ? '/v1' : path,
        params: x.params,
        account: x.caller?.accountKey ?? x.refusedLiveKey?.account ?? null,
        keyKind: x.caller?.kind ?? null,
        key: x.caller?.key ?? x.refusedLiveKey?.key ?? null,
        objectId: x.objectId,
        status: res.statusCode,
        durationMs: Date.now() - x.started,
        idempotencyKey: x.idempotencyKey,
        replayed: x.replayed,
        error: x.error,
      });
    });

    if (req.method === 'OPTIONS') {
      res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, Idempotency-Key, Stripe-Version, Stripe-Account');
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, DELETE');
      res.statusCode = 204;
      return void res.end();
    }

    readBody(req, res, (bodyErr) => {
      if (bodyErr) return sendError(res, x, bodyErr, baseUrl());
      try {
        answer(req, res, x, url, path, queryAt);
      } catch (err) {
        sendError(res, x, err, baseUrl());
      }
    });
  };

  function answer(req: RequestWithBody, res: ServerResponse, x: Exchange, url: string, path: string, queryAt: number): void {
    const method = req.method ?? 'GET';
    const query = queryAt >= 0 ? decodeForm(url.slice(queryAt + 1)) : {};
    const body = typeof req.body === 'string' && req.body.length > 0 ? decodeForm(req.body) : {};
    const params: Record<string, unknown> = { ...query, ...body };
    const headerKey = keyFromAuthorization(header(req, 'authorization'));
    const bodyKey = typeof params.key === 'string' ? params.key : undefined;
    delete params.key;
    x.params = params;
    try {
      if (headerKey === undefined && bodyKey !== undefined && !bodyKey.startsWith('pk_'))
        throw authentication(`Only publishable keys may be sent in the request body; send ${redactKey(bodyKey)} in the Authorization header.`);
      x.caller = identifyKey(headerKey ?? bodyKey);
    } catch (err) {
      const live = liveKeyAccount(headerKey ?? bodyKey);
      if (live) x.refusedLiveKey = { key: redactKey(headerKey ?? bodyKey ?? ''), account: live };
      throw err;
    }

    const found = routes.find(method, path);
    if (!found || found.value.shadowed(path)) throw unrecognizedUrl(method, path);
    const { endpoint, spec } = found.value;
    const caller = x.caller;
    if (endpoint.access === 'secret' && caller.kind !== 'secret')
      throw authentication('This API call cannot be made with a publishable API key. Please use a secret API key.', 'secret_key_required');
    checkApiVersion(header(req, 'stripe-version'), DEFAULT_API_VERSION);
    const account = accounts.get(caller.accountKey);
    const read = readParams<Record<string, unknown> & { expand?: string[] }>(spec, x.params);
    const run = () => {
      // Events recorded while the handler runs name this request (handlers are synchronous).
      account.events.request = { id: x.requestId, idempotency_key: x.idempotencyKey };
      let result: unknown;
      try {
        result = endpoint.handle({ account, accounts, caller, path: found.params, requestId: x.requestId, baseUrl: baseUrl() }, read);
      } finally {
        account.events.request = null;
      }
      if (!read.expand?.length) return result;
      const find = caller.kind === 'secret' ? (id: string) => account.find(id) : (id: string) => publishableView(account.find(id));
      return expand(result, read.expand, find);
    };
    const idempotencyKey = endpoint.method === 'post' ? header(req, 'idempotency-key') : undefined;
    if (!idempotencyKey) return void send(res, x, 200, run());
    x.idempotencyKey = idempotencyKey;
    // Ignored parameters are left out of what the handler gets, not out of what makes the request another one.
    const ignoredSent = Object.fromEntries(spec.ignored.filter((name) => Object.hasOwn(x.params, name)).map((name) => [name, x.params[name]]));
    const fingerprint = `${method} ${path.slice(3)} ${caller.kind} ${JSON.stringify(read)} ${JSON.stringify(ignoredSent)}`;
    const verdict = account.idempotency.begin(idempotencyKey, fingerprint);
    if (verdict.kind === 'replay') {
      x.replayed = true;
      res.setHeader('Idempotent-Replayed', 'true');
      res.setHeader('Original-Request', String(idempotencyKey));
      const replay = JSON.parse(verdict.body as string) as unknown;
      return void send(res, x, verdict.status, replay);
    }
    try {
      account.idempotency.finish(idempotencyKey, 200, send(res, x, 200, run()));
    } catch (err) {
      if (err instanceof StripeApiError) {
        account.idempotency.finish(idempotencyKey, err.status, JSON.stringify({ error: err.body }));
      } else account.idempotency.finish(idempotencyKey, 500, null);
      throw err;
    }
  }
}
