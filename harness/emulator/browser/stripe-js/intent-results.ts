import type { IntentKind, StripeJsError } from '../protocol.ts';
import type { ClientIntent } from './errors.ts';
import type { IntentOutcome } from './intent-actions.ts';

/** What Stripe.js methods resolve with: `{setupIntent}` / `{paymentIntent}`, or `{error}`. */
export type IntentResult = { setupIntent: ClientIntent } | { paymentIntent: ClientIntent } | { error: StripeJsError };

/** Names the intent as Stripe.js does in its results. */
export function intentResult(kind: IntentKind, outcome: IntentOutcome): IntentResult {
  if (outcome.error) return { error: outcome.error };
  return kind === 'setup' ? { setupIntent: outcome.intent } : { paymentIntent: outcome.intent };
}
