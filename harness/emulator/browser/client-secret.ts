import type { IntentKind } from './protocol.ts';

/** What a client secret says: which intent it belongs to and whether it is a SetupIntent or a PaymentIntent. */
export interface ParsedClientSecret {
  clientSecret: string;
  intentId: string;
  kind: IntentKind;
}

const pattern = /^((seti|pi)_[A-Za-z0-9]+)_secret_[A-Za-z0-9]+$/;

/**
 * Reads an intent's client secret (`seti_…_secret_…` or `pi_…_secret_…`), or undefined when it is
 * not one. Stripe.js and the element frames both read secrets this way.
 *
 * @example
 * parseClientSecret('seti_123_secret_abc') // { clientSecret: 'seti_123_secret_abc', intentId: 'seti_123', kind: 'setup' }
 */
export function parseClientSecret(value: unknown): ParsedClientSecret | undefined {
  if (typeof value !== 'string') return undefined;
  const m = pattern.exec(value);
  if (!m) return undefined;
  return { clientSecret: value, intentId: m[1]!, kind: m[2] === 'seti' ? 'setup' : 'payment' };
}
