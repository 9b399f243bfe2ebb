import qs from 'qs';
import Stripe from 'stripe';

/** One response the emulator sent, as it arrived on the wire (JSON-decoded, before any SDK touched it). */
export interface RecordedCall {
  method: string;
  /** The path without its query string, e.g. `/v1/customers/cus_123`. */
  path: string;
  status: number;
  body: unknown;
  /** Who sent it: stripe-node (server side) or a raw form request as Stripe.js sends it. */
  via: 'stripe-node' | 'browser';
}

/**
 * A stripe-node HTTP client that keeps a copy of every response body it receives. The contract
 * test drives the emulator through the unmodified SDK and still validates exactly what the
 * emulator sent, error bodies included (stripe-node reshapes those into error objects).
 */
export class RecordingHttpClient implements Stripe.HttpClient {
  private readonly inner = Stripe.createNodeHttpClient();

  constructor(private readonly calls: RecordedCall[]) {}

  getClientName(): string {
    return 'link-harness-contract';
  }

  async makeRequest(...args: Parameters<Stripe.HttpClient['makeRequest']>): Promise<Stripe.HttpClientResponse> {
    const [, , path, method] = args;
    const response = await this.inner.makeRequest(...args);
    const toJSON = response.toJSON.bind(response);
    response.toJSON = async () => {
      const body: unknown = await toJSON();
      this.calls.push({
        method: method.toUpperCase(),
        path: path.split('?')[0]!,
        status: response.getStatusCode(),
        body: structuredClone(body),
        via: 'stripe-node',
      });
      return body;
    };
    return response;
  }
}

/** A recorded client for one test account, and the raw calls Stripe.js would make for it. */
export interface RecordedAccount {
  /** Every response received so far, oldest first. */
  calls: RecordedCall[];
  /** stripe-node with the account's secret key. */
  stripe: Stripe;
  /** stripe-node with any other key (a live key, a malformed one), recorded into the same calls. */
  withKey(key: string): Stripe;
  secretKey: string;
  publishableKey: string;
  /** The emulator's base URL, for its control API. */
  baseUrl: string;
  /**
   * A form-encoded request with the publishable key in the body, the way Stripe.js calls the API
   * from the browser (`key=pk_test_…`). Resolves with the status and decoded body; never throws
   * for an HTTP error.
   */
  browser(method: 'GET' | 'POST', path: string, params?: Record<string, unknown>): Promise<{ status: number; body: any }>;
}

/**
 * Opens a fresh account on the emulator whose every response is recorded.
 *
 * @example
 * const account = recordedAccount(emulator.port, emulator.url, 'acct1');
 * await account.stripe.customers.create({});
 * account.calls[0] // { method: 'POST', path: '/v1/customers', status: 200, body: {…} }
 */
export function recordedAccount(port: number, baseUrl: string, accountKey: string): RecordedAccount {
  const calls: RecordedCall[] = [];
  const secretKey = `sk_test_${accountKey}`;
  const publishableKey = `pk_test_${accountKey}`;
  const withKey = (key: string) =>
    new Stripe(key, { host: '127.0.0.1', port, protocol: 'http', maxNetworkRetries: 0, httpClient: new RecordingHttpClient(calls) });
  return {
    calls,
    stripe: withKey(secretKey),
    withKey,
    secretKey,
    publishableKey,
    baseUrl,
    async browser(method, path, params = {}) {
      const form = qs.stringify({ ...params, key: publishableKey }, { arrayFormat: 'indices' });
      const url = method === 'GET' ? `${baseUrl}${path}?${form}` : `${baseUrl}${path}`;
      const res = await fetch(url, {
        method,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        ...(method === 'POST' ? { body: form } : {}),
      });
      const body: unknown = await res.json();
      calls.push({ method, path, status: res.status, body: structuredClone(body), via: 'browser' });
      return { status: res.status, body };
    },
  };
}
