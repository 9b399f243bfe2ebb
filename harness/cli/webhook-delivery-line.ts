/** A delivery attempt as `GET /_harness/webhook-deliveries` lists it, as far as `listen` prints it. */
export interface DeliveryAttemptView {
  id: string;
  event: string;
  event_type: string;
  url: string;
  attempt: number;
  status_code: number | null;
  error: string | null;
  time: number;
  duration_ms: number;
  next_retry_at: number | null;
}

const two = (n: number) => String(n).padStart(2, '0');

/**
 * One line of `link-harness listen` per delivery attempt, in the Stripe CLI's manner: local time,
 * the endpoint's status (or why it was unreachable), the event type and id, where it went.
 *
 * @example
 * deliveryLine({ …, event_type: 'customer.created', status_code: 200 })
 * // '2026-12-04 15:02:03  <--  [200] customer.created [evt_1…] POST http://localhost:3000/webhook'
 */
export function deliveryLine(d: DeliveryAttemptView): string {
  const t = new Date(d.time);
  const time = `${t.getFullYear()}-${two(t.getMonth() + 1)}-${two(t.getDate())} ${two(t.getHours())}:${two(t.getMinutes())}:${two(t.getSeconds())}`;
  const status = d.status_code === null ? `[ERROR ${d.error ?? 'unreachable'}]` : `[${d.status_code}]`;
  const attempt = d.attempt > 1 ? ` (attempt ${d.attempt})` : '';
  const retry = d.next_retry_at === null ? '' : `; retrying in ${Math.max(0, Math.round((d.next_retry_at - d.time - d.duration_ms) / 100) / 10)} s`;
  return `${time}  <--  ${status} ${d.event_type} [${d.event}] POST ${d.url}${attempt}${retry}`;
}
