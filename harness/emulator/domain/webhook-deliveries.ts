/** One attempt to deliver an event to a webhook endpoint, as `GET /_harness/webhook-deliveries` lists it. */
export interface WebhookDeliveryAttempt {
  /** `whatt_…`, a cursor for paging. */
  id: string;
  event: string;
  event_type: string;
  webhook_endpoint: string;
  url: string;
  /** 1 for the first try, 2 for the first retry, … */
  attempt: number;
  /** The endpoint's HTTP status, or null when it could not be reached. */
  status_code: number | null;
  /** Why the endpoint could not be reached (refused, timed out), or null. */
  error: string | null;
  /** A 2xx status. */
  delivered: boolean;
  /** Milliseconds since the epoch when the attempt started. */
  time: number;
  /** How long the attempt took, in milliseconds. */
  duration_ms: number;
  /** When the next attempt is due (ms since the epoch), or null when this was the last. */
  next_retry_at: number | null;
}
