import type Stripe from 'stripe';
import { EMULATOR_API_VERSION } from '../core/api-version.ts';
import { newId, nowSeconds } from '../core/ids.ts';
import type { WebhookEndpoints } from './webhook-endpoints.ts';

/** The API request behind an event, as an event's `request` reports it. */
export interface EventRequest {
  id: string | null;
  idempotency_key: string | null;
}

/** Called with each new event and the endpoints it is due at, for delivery. */
export type EventListener = (event: Stripe.Event, body: string, endpoints: readonly Stripe.WebhookEndpoint[]) => void;

/** An object's wire JSON at this moment: a deep copy later changes do not reach. */
export const wireCopy = <T>(object: T): T => JSON.parse(JSON.stringify(object)) as T;

/**
 * The top-level fields of `before` whose values differ in `after`, with their old values: an
 * `*.updated` event's `data.previous_attributes`. Empty when nothing changed.
 *
 * @example
 * previousAttributes({ email: 'a@x', name: 'A' }, { email: 'b@x', name: 'A' }) // { email: 'a@x' }
 */
export function previousAttributes(before: object, after: object): Record<string, unknown> {
  const old = before as Record<string, unknown>;
  const now = wireCopy(after) as Record<string, unknown>;
  const changed: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(old), ...Object.keys(now)]))
    if (JSON.stringify(old[key]) !== JSON.stringify(now[key])) changed[key] = old[key] ?? null;
  return changed;
}

/**
 * One account's events, oldest first: what `GET /v1/events` lists and webhooks deliver. The API
 * sets `request` around each request it answers, so events name the request that caused them.
 */
export class EventLog {
  private readonly events: Stripe.Event[] = [];
  private readonly byId = new Map<string, Stripe.Event>();
  /** The API request being answered, or null for changes no API request made (a 3D Secure page, the control API). */
  request: EventRequest | null = null;

  constructor(
    private readonly endpoints: WebhookEndpoints,
    private readonly listener?: EventListener,
  ) {}

  /**
   * Records that `object` changed: an `evt_…` carrying a copy of it as it is now.
   *
   * @example
   * account.events.record('setup_intent.succeeded', si);
   * account.events.record('customer.updated', customer, previousAttributes(before, customer));
   */
  record(type: Stripe.Event.Type, object: object, previous?: Record<string, unknown>): Stripe.Event {
    const due = this.endpoints.subscribedTo(type);
    const event = {
      id: newId('evt'),
      object: 'event',
      api_version: EMULATOR_API_VERSION,
      created: nowSeconds(),
      data: { object: wireCopy(object), ...(previous ? { previous_attributes: previous } : {}) },
      livemode: false,
      pending_webhooks: due.length,
      request: { id: this.request?.id ?? null, idempotency_key: this.request?.idempotency_key ?? null },
      type,
    } as Stripe.Event;
    this.events.push(event);
    this.byId.set(event.id, event);
    if (due.length > 0) this.listener?.(event, JSON.stringify(event, null, 2), due);
    return event;
  }

  /** Records an `*.updated` event when something changed since `before` (a `wireCopy` taken earlier). */
  recordUpdate(type: Stripe.Event.Type, object: object, before: object): Stripe.Event | undefined {
    const previous = previousAttributes(before, object);
    return Object.keys(previous).length > 0 ? this.record(type, object, previous) : undefined;
  }

  /** Every event, oldest first. */
  all(): readonly Stripe.Event[] {
    return this.events;
  }

  get(id: string): Stripe.Event | undefined {
    return this.byId.get(id);
  }
}
