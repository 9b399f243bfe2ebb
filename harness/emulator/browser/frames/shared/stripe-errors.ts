import type { StripeJsError } from '../../protocol.ts';
import { isRecord } from '../../values.ts';

const errorTypes: readonly StripeJsError['type'][] = [
  'card_error',
  'validation_error',
  'invalid_request_error',
  'api_error',
  'authentication_error',
  'rate_limit_error',
  'api_connection_error',
];

const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);

/** The error type Stripe.js reports when the body does not name one, from the HTTP status. */
function typeOfStatus(status: number): StripeJsError['type'] {
  if (status === 401) return 'authentication_error';
  if (status === 402) return 'card_error';
  if (status === 429) return 'rate_limit_error';
  if (status >= 500) return 'api_error';
  return 'invalid_request_error';
}

/**
 * An API error answer (`{error:{type, code, …}}` with its status) in the shape Stripe.js resolves
 * `{error}` with: the same fields, only those that are set, and the intent it carried.
 *
 * @example
 * toStripeJsError(402, { error: { type: 'card_error', code: 'card_declined', message: 'Your card was declined.' } })
 */
export function toStripeJsError(status: number, body: unknown): StripeJsError {
  const raw = isRecord(body) && isRecord(body.error) ? body.error : {};
  const type = errorTypes.find((t) => t === raw.type) ?? typeOfStatus(status);
  const error: StripeJsError = { type, message: text(raw.message) ?? `The request failed with HTTP status ${status}.` };
  for (const key of ['code', 'decline_code', 'advice_code', 'param', 'doc_url'] as const) {
    const value = text(raw[key]);
    if (value !== undefined) error[key] = value;
  }
  for (const key of ['setup_intent', 'payment_intent', 'payment_method'] as const) if (isRecord(raw[key])) error[key] = raw[key];
  return error;
}

/** What Stripe.js reports when the API cannot be reached at all. */
export const connectionError = (detail: string): StripeJsError => ({
  type: 'api_connection_error',
  message: `An error occurred with our connection to Stripe. Request failed: ${detail}`,
});

/** A client-side validation failure, as Stripe.js reports incomplete or invalid fields. */
export const validationError = (code: string, message: string, param?: string): StripeJsError => ({
  type: 'validation_error',
  code,
  message,
  ...(param ? { param } : {}),
});
