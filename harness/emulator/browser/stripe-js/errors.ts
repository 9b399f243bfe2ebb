import type { IntentKind, StripeJsError } from '../protocol.ts';
import { isRecord } from '../values.ts';

/** An intent as Stripe.js receives it: only the fields these helpers read are typed. */
export interface ClientIntent {
  id: string;
  object: 'setup_intent' | 'payment_intent';
  status: string;
  client_secret: string;
  next_action?: unknown;
  last_setup_error?: Record<string, unknown> | null;
  last_payment_error?: Record<string, unknown> | null;
  [field: string]: unknown;
}

const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);

/** The `{error}` field that carries the intent: `setup_intent` or `payment_intent`. */
export const intentField = (kind: IntentKind) => (kind === 'setup' ? 'setup_intent' : 'payment_intent');

/**
 * What `confirmSetup` / `confirmPayment` resolve with once a 3D Secure challenge is over and the
 * intent did not go through: the intent's `last_setup_error` / `last_payment_error` (for a failed
 * challenge `{type: 'invalid_request_error', code: 'setup_intent_authentication_failure'}`), with
 * the intent attached. A challenge left unanswered reads the same as a failed one, as at Stripe.
 * Undefined when the intent succeeded or is processing.
 *
 * @example
 * errorAfterAuthentication('setup', await retrieve()) // { type: 'invalid_request_error', code: 'setup_intent_authentication_failure', setup_intent: {…} }
 */
export function errorAfterAuthentication(kind: IntentKind, intent: ClientIntent): StripeJsError | undefined {
  if (intent.status === 'succeeded' || intent.status === 'processing' || intent.status === 'requires_capture') return undefined;
  const last = kind === 'setup' ? intent.last_setup_error : intent.last_payment_error;
  const failureCode = `${kind}_intent_authentication_failure`;
  const error: StripeJsError = {
    type: (text(last?.type) as StripeJsError['type'] | undefined) ?? 'invalid_request_error',
    code: text(last?.code) ?? failureCode,
    message: text(last?.message) ?? 'We are unable to authenticate your payment method. Please choose a different payment method and try again.',
    [intentField(kind)]: intent,
  };
  for (const key of ['decline_code', 'advice_code', 'param', 'doc_url'] as const) {
    const value = text(last?.[key]);
    if (value !== undefined) error[key] = value;
  }
  if (isRecord(last?.payment_method)) error.payment_method = last.payment_method;
  return error;
}

/** The error for a `next_action` this Stripe.js cannot carry out (the emulator never sends one). */
export function unsupportedNextAction(kind: IntentKind, intent: ClientIntent): StripeJsError {
  const type = isRecord(intent.next_action) ? String(intent.next_action.type) : 'unknown';
  return {
    type: 'invalid_request_error',
    code: `${kind}_intent_unexpected_state`,
    message: `link-harness Stripe.js cannot handle the next action "${type}" of ${intent.id}; the emulator only asks for 3D Secure challenges (use_stripe_sdk).`,
    [intentField(kind)]: intent,
  };
}

/** The error a request to a frame ends with when the frame went away before it answered. */
export const frameGoneError = (what: string): StripeJsError => ({
  type: 'invalid_request_error',
  message: `The ${what} was unmounted or destroyed before it answered. Keep it mounted until the call resolves.`,
});
