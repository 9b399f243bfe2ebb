import type { BrowserContext, Request, Response } from '@playwright/test';
import qs from 'qs';
import type { BrowserStripeRequest, BrowserTrail, HandledSetupIntent, MainFrameNavigation, SetupIntentConfirm } from './glossary.ts';

/** A SetupIntent's client secret: `seti_…_secret_…`. */
const setupIntentClientSecret = /^(seti_[A-Za-z0-9]+)_secret_[A-Za-z0-9]+$/;
const confirmPath = /^\/v1\/setup_intents\/(seti_[A-Za-z0-9]+)\/confirm$/;

/** The parameters of a request: its query and its form (or JSON) body, brackets decoded. */
function paramsOf(request: Request, url: URL): Record<string, unknown> {
  const query = qs.parse(url.search.slice(1), { depth: 10, arrayLimit: 100 }) as Record<string, unknown>;
  const body = request.postData();
  if (!body) return query;
  const type = request.headers()['content-type'] ?? '';
  if (type.includes('json')) {
    try {
      return { ...query, ...(JSON.parse(body) as Record<string, unknown>) };
    } catch {
      return query;
    }
  }
  return { ...query, ...(qs.parse(body, { depth: 10, arrayLimit: 100 }) as Record<string, unknown>) };
}

/** The key a Stripe.js request carried: `Authorization: Bearer …`, or the `key` parameter real Stripe.js sends. */
function keyOf(request: Request, params: Record<string, unknown>): string | null {
  const bearer = /^Bearer\s+(\S+)/i.exec(request.headers()['authorization'] ?? '')?.[1];
  if (bearer) return bearer;
  return typeof params.key === 'string' ? params.key : null;
}

/** Every string in a parameter tree, depth first. */
function* strings(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const v of value) yield* strings(v);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) yield* strings(v);
}

const isMainFrameNavigation = (request: Request): boolean => {
  try {
    return request.isNavigationRequest() && request.frame().parentFrame() === null;
  } catch {
    // A service worker's request has no frame.
    return false;
  }
};

/**
 * What the shopper's browser contexts handled, as they handled it: every request Stripe.js and its
 * frames sent to Stripe's API (with the key and client secrets they carried, and the `Request-Id`
 * of the answer), and every main-frame navigation (each URL the page asked for, redirects
 * included). It needs no request log, so it works against the emulator and real Stripe alike.
 *
 * @example
 * const trail = new BrowserTraffic((url) => url.hostname === 'api.stripe.com');
 * trail.watch(context);
 * // … the shopper saves …
 * trail.setupIntentConfirms().at(-1)?.returnUrl // 'https://shop.test/wallet/done'
 */
export class BrowserTraffic implements BrowserTrail {
  /** `Request-Id`s of Stripe's answers that reached a watched context. */
  readonly requestIds = new Set<string>();
  private readonly requests: BrowserStripeRequest[] = [];
  private readonly pages: MainFrameNavigation[] = [];
  private readonly watched = new WeakSet<BrowserContext>();
  private readonly pending = new WeakMap<Request, BrowserStripeRequest>();

  /** `isStripeApi` tells Stripe's API (or the emulator standing in for it) from everything else. */
  constructor(private readonly isStripeApi: (url: URL) => boolean) {}

  /** Starts noting what this context's pages send and receive (idempotent). */
  watch(context: BrowserContext): void {
    if (this.watched.has(context)) return;
    this.watched.add(context);
    context.on('request', (request) => this.sent(request));
    context.on('response', (response) => this.answered(response));
  }

  stripeRequests(): readonly BrowserStripeRequest[] {
    return this.requests;
  }

  navigations(): readonly MainFrameNavigation[] {
    return this.pages;
  }

  setupIntentsHandled(): HandledSetupIntent[] {
    const found = new Map<string, HandledSetupIntent>();
    for (const request of this.requests)
      for (const value of strings(request.params)) {
        const id = setupIntentClientSecret.exec(value)?.[1];
        if (id && !found.has(id)) found.set(id, { id, clientSecret: value, firstSeen: request.time });
      }
    return [...found.values()];
  }

  setupIntentConfirms(): SetupIntentConfirm[] {
    return this.requests.flatMap((request) => {
      const id = request.method === 'POST' ? confirmPath.exec(request.path)?.[1] : undefined;
      if (!id) return [];
      const returnUrl = typeof request.params.return_url === 'string' ? request.params.return_url : null;
      return [{ id, returnUrl, time: request.time, status: request.status ?? null }];
    });
  }

  private sent(request: Request): void {
    let url: URL;
    try {
      url = new URL(request.url());
    } catch {
      return;
    }
    if (isMainFrameNavigation(request)) this.pages.push({ url: url.href, time: Date.now() });
    if (!this.isStripeApi(url) || !url.pathname.startsWith('/v1/')) return;
    const params = paramsOf(request, url);
    const entry: BrowserStripeRequest = {
      time: Date.now(),
      method: request.method(),
      path: url.pathname,
      params,
      key: keyOf(request, params),
      requestId: null,
      status: null,
    };
    this.requests.push(entry);
    this.pending.set(request, entry);
  }

  private answered(response: Response): void {
    const id = response.headers()['request-id'];
    let url: URL;
    try {
      url = new URL(response.url());
    } catch {
      return;
    }
    if (!this.isStripeApi(url)) return;
    if (id) this.requestIds.add(id);
    const entry = this.pending.get(response.request());
    if (entry) {
      entry.requestId = id ?? null;
      entry.status = response.status();
    }
  }
}
