import type Stripe from 'stripe';

/**
 * Applies a `metadata` parameter the way Stripe does: keys merge into what is there, a key set to
 * `''` is removed, and `metadata=''` clears everything.
 *
 * @example
 * applyMetadata({ a: '1', b: '2' }, { b: '', c: '3' }) // { a: '1', c: '3' }
 */
export function applyMetadata(current: Stripe.Metadata, update: Record<string, string> | '' | undefined): Stripe.Metadata {
  if (update === undefined) return current;
  if (update === '') return {};
  const next: Stripe.Metadata = { ...current };
  for (const [k, v] of Object.entries(update)) {
    if (v === '') delete next[k];
    else next[k] = v;
  }
  return next;
}
