import type { IntentKind } from '../protocol.ts';
import { parseClientSecret, type ParsedClientSecret } from '../client-secret.ts';

export { parseClientSecret, type ParsedClientSecret };
import { integrationError } from './integration-error.ts';

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
