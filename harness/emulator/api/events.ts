import type Stripe from 'stripe';
import { parameterInvalid, resourceMissing } from '../core/errors.ts';
import { defineEndpoint, type Endpoint } from '../http/endpoint.ts';
import { createdMatches, paginate, type CreatedFilter, type ListParams } from '../http/list.ts';
import { arr, bool, listFields, obj, range, str } from '../http/params.ts';

type EventListParams = ListParams & { type?: string; types?: string[]; created?: CreatedFilter; delivery_success?: boolean };

/** Whether an event's type matches a `type` filter, which may use `*` as a wildcard (`payment_intent.*`). */
export function typeMatches(type: string, pattern: string): boolean {
  if (!pattern.includes('*')) return type === pattern;
  const regex = new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return regex.test(type);
}

const listEvents = defineEndpoint<EventListParams>({
  method: 'get',
  path: '/v1/events',
  access: 'secret',
  params: obj({ ...listFields, type: str(), types: arr(str(), 20), created: range(), delivery_success: bool() }),
  handle({ account }, p) {
    if (p.type !== undefined && p.types !== undefined) throw parameterInvalid('types', 'You may only specify one of these parameters: type, types.');
    const all = account.events
      .all()
      .filter(
        (e) =>
          (p.type === undefined || typeMatches(e.type, p.type)) &&
          (p.types === undefined || p.types.includes(e.type)) &&
          createdMatches(e.created, p.created) &&
          (p.delivery_success === undefined || (e.pending_webhooks === 0) === p.delivery_success),
      );
    return paginate('/v1/events', all, p, 'event');
  },
});

const retrieveEvent = defineEndpoint({
  method: 'get',
  path: '/v1/events/:id',
  access: 'secret',
  params: obj({}),
  handle({ account, path }): Stripe.Event {
    const event = account.events.get(path.id!);
    if (!event) throw resourceMissing('event', path.id!);
    return event;
  },
});

/** `GET /v1/events` (newest first; `type` with `*` wildcards, `types[]`, `created`) and `GET /v1/events/:id`. */
export const eventEndpoints: Endpoint[] = [listEvents, retrieveEvent];
