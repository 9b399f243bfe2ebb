import express, { type NextFunction, type Request, type Response, type Router } from 'express';
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
import { readBody } from './read-body.ts';
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

/** Per-request state kept on `res.locals` between the middlewares. */
interface Locals {
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

const locals = (res: Response) => res.locals as Locals;

/** Serialises once: the text sent is also what an idempotent replay sends, frozen at this moment. */
function send(res: Response, status: number, body: unknown): string {
  const error = (body as { error?: { type: string; code?: string; param?: string } }).error;
  if (error) locals(res).error = { type: error.type, ...(error.code ? { code: error.code } : {}), ...(error.param ? { param: error.param } : {}) };
  locals(res).objectId = objectIdOf(body);
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

const sendError = (res: Response, err: StripeApiError) => {
  const body = { ...err.body };
  if (!body.request_log_url && res.locals.logUrl) body.request_log_url = res.locals.logUrl as string;
  send(res, err.status, { error: body });
};

/**
 * Serves the Stripe API (`/v1`): request ids and logging, Stripe-Version, keys and accounts,
 * form decoding, parameter checks, idempotency, expansion, Stripe-shaped errors, and a 404 for
 * any path it does not serve.
 */
export function stripeApi({ accounts, log, endpoints, baseUrl }: Options): Router {
  const router = express.Router();

  router.use((req, res, next) => {
    const requestId = `req_${randomToken(14)}`;
    const l: Locals = {
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
    Object.assign(res.locals, l, { logUrl: `${baseUrl()}/_harness/requests/${requestId}` });
    res.setHeader('Request-Id', requestId);
    res.setHeader('Stripe-Version', req.get('Stripe-Version') ?? DEFAULT_API_VERSION);
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.on('finish', () => {
      const s = locals(res);
      log.add({
        id: requestId,
        time: s.started,
        method: req.method,
        path: req.path === '/' ? req.baseUrl : `${req.baseUrl}${req.path}`,
        params: s.params,
        account: s.caller?.accountKey ?? s.refusedLiveKey?.account ?? null,
        keyKind: s.caller?.kind ?? null,
        key: s.caller?.key ?? s.refusedLiveKey?.key ?? null,
        objectId: s.objectId,
        status: res.statusCode,
        durationMs: Date.now() - s.started,
        idempotencyKey: s.idempotencyKey,
        replayed: s.replayed,
        error: s.error,
      });
    });
    next();
  });

  router.options(/.*/, (_req, res) => {
    res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, Idempotency-Key, Stripe-Version, Stripe-Account');
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, DELETE');
    res.status(204).end();
  });

  router.use(readBody);

  router.use((req, res, next) => {
    const query = req.originalUrl.includes('?') ? decodeForm(req.originalUrl.slice(req.originalUrl.indexOf('?') + 1)) : {};
    const body = typeof req.body === 'string' && req.body.length > 0 ? decodeForm(req.body) : {};
    const params: Record<string, unknown> = { ...query, ...body };
    const headerKey = keyFromAuthorization(req.get('Authorization'));
    const bodyKey = typeof params.key === 'string' ? params.key : undefined;
    delete params.key;
    locals(res).params = params;
    try {
      if (headerKey === undefined && bodyKey !== undefined && !bodyKey.startsWith('pk_'))
        throw authentication(`Only publishable keys may be sent in the request body; send ${redactKey(bodyKey)} in the Authorization header.`);
      locals(res).caller = identifyKey(headerKey ?? bodyKey);
      next();
    } catch (err) {
      const live = liveKeyAccount(headerKey ?? bodyKey);
      if (live) locals(res).refusedLiveKey = { key: redactKey(headerKey ?? bodyKey ?? ''), account: live };
      next(err);
    }
  });

  for (const endpoint of endpoints) {
    const fields = { ...commonFields, ...endpoint.params.fields };
    // Parameters Stripe's spec lists that the endpoint does not implement are accepted and ignored.
    const ignored = (specParams[`${endpoint.method.toUpperCase()} ${endpoint.path}`] ?? []).filter((name) => !Object.hasOwn(fields, name));
    const spec = { ...endpoint.params, fields, ignored };
    const shadowed = unservedShadowing(endpoint);
    router[endpoint.method](endpoint.path.replace(/^\/v1/, ''), (req: Request, res: Response) => {
      if (shadowed(`/v1${req.path}`)) throw unrecognizedUrl(req.method, req.originalUrl.split('?')[0]!);
      const l = locals(res);
      const caller = l.caller!;
      if (endpoint.access === 'secret' && caller.kind !== 'secret')
        throw authentication('This API call cannot be made with a publishable API key. Please use a secret API key.', 'secret_key_required');
      checkApiVersion(req.get('Stripe-Version'), DEFAULT_API_VERSION);
      const account = accounts.get(caller.accountKey);
      const params = readParams<Record<string, unknown> & { expand?: string[] }>(spec, l.params);
      const run = () => {
        // Events recorded while the handler runs name this request (handlers are synchronous).
        account.events.request = { id: l.requestId, idempotency_key: l.idempotencyKey };
        let result: unknown;
        try {
          result = endpoint.handle(
            { account, accounts, caller, path: req.params as Record<string, string>, requestId: l.requestId, baseUrl: baseUrl() },
            params,
          );
        } finally {
          account.events.request = null;
        }
        if (!params.expand?.length) return result;
        const find = caller.kind === 'secret' ? (id: string) => account.find(id) : (id: string) => publishableView(account.find(id));
        return expand(result, params.expand, find);
      };
      const idempotencyKey = endpoint.method === 'post' ? req.get('Idempotency-Key') : undefined;
      if (!idempotencyKey) return void send(res, 200, run());
      l.idempotencyKey = idempotencyKey;
      // Ignored parameters are left out of what the handler gets, not out of what makes the request another one.
      const ignoredSent = Object.fromEntries(ignored.filter((name) => Object.hasOwn(l.params, name)).map((name) => [name, l.params[name]]));
      const fingerprint = `${req.method} ${req.path} ${caller.kind} ${JSON.stringify(params)} ${JSON.stringify(ignoredSent)}`;
      const verdict = account.idempotency.begin(idempotencyKey, fingerprint);
      if (verdict.kind === 'replay') {
        l.replayed = true;
        res.setHeader('Idempotent-Replayed', 'true');
        res.setHeader('Original-Request', String(idempotencyKey));
        const replay = JSON.parse(verdict.body as string) as unknown;
        return void send(res, verdict.status, replay);
      }
      try {
        account.idempotency.finish(idempotencyKey, 200, send(res, 200, run()));
      } catch (err) {
        if (err instanceof StripeApiError) {
          account.idempotency.finish(idempotencyKey, err.status, JSON.stringify({ error: err.body }));
        } else account.idempotency.finish(idempotencyKey, 500, null);
        throw err;
      }
    });
  }

  router.use((req, _res, next) => next(unrecognizedUrl(req.method, req.originalUrl.split('?')[0]!)));

  router.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    if (err instanceof StripeApiError) return sendError(res, err);
    const status = (err as { status?: number; type?: string }).status;
    if (status === 413) return sendError(res, new StripeApiError(413, { type: 'invalid_request_error', message: 'Request body too large (limit 1 MB).' }));
    if (err instanceof URIError)
      return sendError(res, new StripeApiError(400, { type: 'invalid_request_error', message: 'The request URL is not valid percent-encoded UTF-8.' }));
    if (status === 400) return sendError(res, new StripeApiError(400, { type: 'invalid_request_error', message: 'The request body could not be decoded.' }));
    // body-parser's 415: a Content-Encoding or charset it cannot decode. The client's mistake, not ours.
    if (status === 415)
      return sendError(
        res,
        new StripeApiError(400, { type: 'invalid_request_error', message: `The request body could not be decoded: ${(err as Error).message}.` }),
      );
    console.error('link-harness emulator: unexpected error', err);
    return sendError(res, apiError(`link-harness emulator fault: ${(err as Error)?.message ?? String(err)}`));
  });

  return router;
}
