import type Stripe from 'stripe';
import { randomToken } from '../core/ids.ts';
import type { Account } from '../domain/account.ts';
import type { WebhookDeliveryAttempt } from '../domain/webhook-deliveries.ts';
import { signatureHeader } from './signature.ts';

export interface WebhookSenderOptions {
  /** Waits before each retry, in ms; its length is the number of retries. */
  retryDelays: readonly number[];
  /** How long an endpoint may take to answer before the attempt counts as failed; default 10 s. */
  timeoutMs?: number;
}

/**
 * Delivers events to webhook endpoints as Stripe does: a JSON POST signed with the endpoint's
 * secret, retried with backoff while the endpoint fails or cannot be reached. Deliveries run
 * after the API call that caused them has answered and never affect it. Events about one object
 * reach one endpoint in the order they happened: the next waits until the previous one was
 * delivered or given up.
 */
export class WebhookSender {
  private readonly queues = new Map<string, Promise<void>>();
  private readonly timers = new Set<{ timer: NodeJS.Timeout; wake: () => void }>();
  private readonly inFlight = new Set<AbortController>();
  private closed = false;

  constructor(private readonly options: WebhookSenderOptions) {}

  /** Queues an event for each endpoint it is due at (an `Accounts` event listener). */
  readonly send = (account: Account, event: Stripe.Event, body: string, endpoints: readonly Stripe.WebhookEndpoint[]): void => {
    const objectId = (event.data.object as { id?: unknown }).id;
    for (const endpoint of endpoints) {
      const key = `${account.accountKey}\n${endpoint.id}\n${typeof objectId === 'string' ? objectId : event.id}`;
      const previous = this.queues.get(key) ?? Promise.resolve();
      const next = previous.then(() => this.deliver(account, event, body, endpoint));
      this.queues.set(key, next);
      void next.finally(() => {
        if (this.queues.get(key) === next) this.queues.delete(key);
      });
    }
  };

  /** Stops: pending retries are dropped and requests in flight aborted. */
  close(): void {
    this.closed = true;
    for (const t of this.timers) {
      clearTimeout(t.timer);
      t.wake();
    }
    for (const c of this.inFlight) c.abort();
  }

  private async deliver(account: Account, event: Stripe.Event, body: string, endpoint: Stripe.WebhookEndpoint): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      // A reset account, a deleted or disabled endpoint: nothing more goes out.
      if (this.closed || account.forgotten || account.webhookEndpoints.byId.get(endpoint.id) !== endpoint || endpoint.status !== 'enabled') return;
      const secret = account.webhookEndpoints.secretOf(endpoint.id)!;
      const delay = this.options.retryDelays[attempt - 1];
      const record = await this.post(endpoint.url, body, secret);
      const attemptRecord: WebhookDeliveryAttempt = {
        id: `whatt_${randomToken(16)}`,
        event: event.id,
        event_type: event.type,
        webhook_endpoint: endpoint.id,
        url: endpoint.url,
        attempt,
        ...record,
        next_retry_at: record.delivered || delay === undefined ? null : record.time + record.duration_ms + delay,
      };
      if (account.forgotten) return;
      account.webhookDeliveries.push(attemptRecord);
      if (record.delivered) {
        event.pending_webhooks = Math.max(0, event.pending_webhooks - 1);
        return;
      }
      if (delay === undefined) return;
      await this.wait(delay);
    }
  }

  private async post(
    url: string,
    body: string,
    secret: string,
  ): Promise<Pick<WebhookDeliveryAttempt, 'status_code' | 'error' | 'delivered' | 'time' | 'duration_ms'>> {
    const time = Date.now();
    const controller = new AbortController();
    this.inFlight.add(controller);
    const timeout = setTimeout(() => controller.abort(new Error(`no answer within ${this.options.timeoutMs ?? 10_000} ms`)), this.options.timeoutMs ?? 10_000);
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json; charset=utf-8',
          'User-Agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
          'Stripe-Signature': signatureHeader(body, secret, Math.floor(Date.now() / 1000)),
        },
        body,
        signal: controller.signal,
        redirect: 'manual',
      });
      // The answer's body is not read beyond draining it: Stripe only looks at the status.
      await res.arrayBuffer().catch(() => undefined);
      const delivered = res.status >= 200 && res.status < 300;
      return { status_code: res.status, error: null, delivered, time, duration_ms: Date.now() - time };
    } catch (err) {
      return { status_code: null, error: reasonOf(err, controller.signal), delivered: false, time, duration_ms: Date.now() - time };
    } finally {
      clearTimeout(timeout);
      this.inFlight.delete(controller);
    }
  }

  private wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const entry = {
        timer: setTimeout(() => {
          this.timers.delete(entry);
          resolve();
        }, ms),
        wake: resolve,
      };
      entry.timer.unref();
      this.timers.add(entry);
    });
  }
}

/** Why a POST could not be made, in a few words: `ECONNREFUSED`, `no answer within 10000 ms`. */
function reasonOf(err: unknown, signal: AbortSignal): string {
  if (signal.aborted) return signal.reason instanceof Error ? signal.reason.message : 'aborted';
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (err as Error).message ?? String(err);
}
