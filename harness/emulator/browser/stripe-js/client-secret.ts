import type { IntentKind } from '../protocol.ts';
import { integrationError } from './integration-error.ts';

/** What a client secret says: which intent it belongs to and whether it is a SetupIntent or a PaymentIntent. */
export interface ParsedClientSecret {
  clientSecret: string;
  intentId: string;
  kind: IntentKind;
}

const pattern = /^((seti|pi)_[A-Za-z0-9]+)_secret_[A-Za-z0-9]+$/;

/**
 * Reads an intent's client secret (`seti_…_secret_…` or `pi_…_secret_…`), or undefined when it is
 * not one.
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

/**
 * The client secret a call needs, of the kind it needs, or the IntegrationError Stripe.js throws
 * for a missing or mismatched one.
 *
 * @example
 * requireClientSecret('stripe.confirmSetup()', secret, 'setup')
 */
export function requireClientSecret(call: string, value: unknown, kind: IntentKind): ParsedClientSecret {
  const parsed = parseClientSecret(value);
  const prefix = kind === 'setup' ? 'seti' : 'pi';
  if (!parsed)
    throw integrationError(
      call,
      value === undefined || value === null || value === ''
        ? 'a clientSecret is required: pass it to stripe.elements({clientSecret}) or to this call.'
        : `the client secret should be of the form ${prefix}_…_secret_…; you specified ${typeof value === 'string' ? value.slice(0, 12) + '…' : typeof value}.`,
    );
  if (parsed.kind !== kind)
    throw integrationError(
      call,
      `expected a ${kind === 'setup' ? 'SetupIntent' : 'PaymentIntent'} client secret (${prefix}_…) but got a ${parsed.kind === 'setup' ? 'SetupIntent' : 'PaymentIntent'} one. Use ${parsed.kind === 'setup' ? 'confirmSetup' : 'confirmPayment'} for it.`,
    );
  return parsed;
}

/** The intent kind an Elements group is for: from its client secret, or from `mode` when the intent comes later. */
export function intentKindOf(options: { clientSecret?: unknown; mode?: unknown }): IntentKind | null {
  const parsed = parseClientSecret(options.clientSecret);
  if (parsed) return parsed.kind;
  if (options.mode === 'setup') return 'setup';
  if (options.mode === 'payment' || options.mode === 'subscription') return 'payment';
  return null;
}
