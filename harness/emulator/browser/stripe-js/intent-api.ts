import type { IntentKind } from '../protocol.ts';

/** `/v1/setup_intents/:id` or `/v1/payment_intents/:id`. */
export function intentPath(intent: { kind: IntentKind; intentId: string }, action?: 'confirm'): string {
  const base = `/v1/${intent.kind === 'setup' ? 'setup_intents' : 'payment_intents'}/${encodeURIComponent(intent.intentId)}`;
  return action ? `${base}/${action}` : base;
}
