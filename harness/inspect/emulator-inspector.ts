import type { BrowserContext } from '@playwright/test';
import Stripe from 'stripe';
import { testAccountOf } from '../emulator/test-side.ts';
import { BrowserTraffic } from './browser-traffic.ts';
import { matchCalls } from './call-filter.ts';
import type { CallFilter, Inspector, InspectorCapabilities, StripeCall } from './glossary.ts';
import { ObjectReader } from './object-reader.ts';
import { ObjectInspection } from './object-inspection.ts';

/** Where the emulator inspector reads: the emulator's URL and the account the checkout's server uses. */
export interface EmulatorInspectorOptions {
  /** e.g. `http://127.0.0.1:12111`. */
  emulatorUrl: string;
  /** The account: `sk_test_<x>`, `pk_test_<x>` or `<x>`. */
  account: string;
  /** Test start (ms since the epoch); default now. */
  since?: number;
}

/** Request ids of every inspector's own reads in this process: they are not the integration's calls. */
const inspectorRequestIds = new Set<string>();

/** One entry of `GET /_harness/requests`, as far as the inspector reads it. */
interface LogEntry extends StripeCall {
  account: string | null;
}

/**
 * The inspector on the emulator: calls from its request log (`GET /_harness/requests`), objects
 * through stripe-node with the account's secret key.
 *
 * @example
 * const inspector = new EmulatorInspector({ emulatorUrl: 'http://127.0.0.1:12111', account: 'reference_checkout' });
 * const creates = await inspector.calls({ method: 'POST', path: '/v1/setup_intents', involving: customer.id });
 */
export class EmulatorInspector extends ObjectInspection implements Inspector {
  readonly mode = 'emulator';
  readonly capabilities: InspectorCapabilities = { requestLog: true, linkAccounts: true };
  readonly since: number;
  readonly stripe: Stripe;
  /** The account's key suffix (`sk_test_<account>`). */
  readonly account: string;
  private readonly emulator: URL;
  protected readonly objects: ObjectReader;
  readonly browser: BrowserTraffic;

  constructor(options: EmulatorInspectorOptions) {
    super();
    this.emulator = new URL(options.emulatorUrl);
    this.account = testAccountOf(options.account) ?? options.account;
    this.since = options.since ?? Date.now();
    this.stripe = new Stripe(`sk_test_${this.account}`, {
      host: this.emulator.hostname,
      port: Number(this.emulator.port || 80),
      protocol: this.emulator.protocol === 'https:' ? 'https' : 'http',
      maxNetworkRetries: 2,
      telemetry: false,
    });
    this.stripe.on('response', (event: { request_id?: string }) => {
      if (event.request_id) inspectorRequestIds.add(event.request_id);
    });
    this.objects = new ObjectReader({ stripe: this.stripe, since: this.since, skewSeconds: 0, listsFilterByCreated: false });
    this.browser = new BrowserTraffic((url) => url.origin === this.emulator.origin || url.hostname === 'api.stripe.com');
  }

  watchBrowser(context: BrowserContext): void {
    this.browser.watch(context);
  }

  async calls(filter: CallFilter = {}): Promise<StripeCall[]> {
    const since = filter.since ?? this.since;
    const url = new URL('/_harness/requests', this.emulator);
    url.searchParams.set('account', this.account);
    url.searchParams.set('since', String(since));
    const response = await fetch(url);
    if (!response.ok)
      throw new Error(`link-harness inspector: the emulator's request log answered ${response.status} for ${url.href}: ${await response.text()}`);
    const { data } = (await response.json()) as { data: LogEntry[] };
    const integration = data.filter((e) => !inspectorRequestIds.has(e.id)).map(toCall);
    const bySource =
      filter.from === 'browser'
        ? integration.filter((c) => this.browser.requestIds.has(c.id))
        : filter.from === 'server'
          ? integration.filter((c) => c.keyKind === 'secret' && !this.browser.requestIds.has(c.id))
          : integration;
    return matchCalls(bySource, filter);
  }
}

const toCall = (e: LogEntry): StripeCall => ({
  id: e.id,
  time: e.time,
  method: e.method,
  path: e.path,
  params: e.params,
  keyKind: e.keyKind,
  status: e.status,
  error: e.error,
  objectId: e.objectId ?? null,
});
