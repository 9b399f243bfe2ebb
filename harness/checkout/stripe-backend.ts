import Stripe from 'stripe';

/**
 * Where the checkout's Stripe lives: the embedded emulator (the default), or Stripe's own test
 * mode when the shop's test keys are given.
 */
export interface StripeBackend {
  kind: 'emulator' | 'stripe-test-mode';
  /** The server-side client. */
  stripe: Stripe;
  /** Only the server uses it; it never reaches a page (but see the `leak-secret-key` fault). */
  secretKey: string;
  publishableKey: string;
  /** The Stripe.js the pages load: `<emulator>/v3`, or `https://js.stripe.com/v3`. */
  stripeJsUrl: string;
  /** The emulator's base URL in emulator mode. */
  emulatorUrl?: string;
}

/** The account the checkout uses in the emulator unless told otherwise: `sk_test_reference_checkout`. */
export const referenceCheckoutAccount = 'reference_checkout';

/**
 * A backend on the embedded emulator. Each `sk_test_<x>` is its own account there; the
 * publishable key is the same account's `pk_test_<x>`.
 *
 * @example
 * const backend = emulatorBackend({ emulatorUrl: 'http://127.0.0.1:12111' });
 * backend.publishableKey // 'pk_test_reference_checkout'
 */
export function emulatorBackend({
  emulatorUrl,
  secretKey = `sk_test_${referenceCheckoutAccount}`,
}: {
  emulatorUrl: string;
  secretKey?: string;
}): StripeBackend {
  const url = new URL(emulatorUrl);
  const stripe = new Stripe(secretKey, {
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: Number(url.port || (url.protocol === 'https:' ? 443 : 80)),
    protocol: url.protocol === 'https:' ? 'https' : 'http',
    maxNetworkRetries: 1,
    // Request-latency telemetry is for Stripe's servers; the emulator has no use for it.
    telemetry: false,
  });
  return {
    kind: 'emulator',
    stripe,
    secretKey,
    publishableKey: secretKey.replace(/^(sk|rk)_/, 'pk_'),
    stripeJsUrl: `${url.origin}/v3`,
    emulatorUrl: url.origin,
  };
}

/**
 * A backend on Stripe's real test mode, from `STRIPE_SECRET_KEY` and `STRIPE_PUBLISHABLE_KEY`.
 * Written to Stripe's documented behaviour; the harness's own tests do not exercise it (no
 * machine here reaches Stripe).
 *
 * @example
 * const backend = stripeTestModeBackend({ secretKey: 'sk_test_…', publishableKey: 'pk_test_…' });
 */
export function stripeTestModeBackend({ secretKey, publishableKey }: { secretKey: string; publishableKey: string }): StripeBackend {
  return {
    kind: 'stripe-test-mode',
    stripe: new Stripe(secretKey, { maxNetworkRetries: 2, appInfo: { name: 'link-harness reference checkout' } }),
    secretKey,
    publishableKey,
    stripeJsUrl: 'https://js.stripe.com/v3',
  };
}

/** Raised when the checkout would run with keys that are not test-mode keys (SAFE-01). */
export class LiveKeyError extends Error {
  override name = 'LiveKeyError';
}

/** Raised when the environment names only one of the two Stripe keys, or a key of the wrong kind. */
export class StripeKeysError extends Error {
  override name = 'StripeKeysError';
}

const isLive = (key: string) => /^(sk|pk|rk)_live_/.test(key);
const redact = (key: string) => `${key.slice(0, 8)}…`;

/**
 * Refuses live keys: the harness and its checkout are test-mode only (SAFE-01), whatever Stripe
 * they would talk to.
 *
 * @example
 * refuseLiveKeys(backend); // throws LiveKeyError for sk_live_… or pk_live_…
 */
export function refuseLiveKeys(backend: Pick<StripeBackend, 'secretKey' | 'publishableKey'>): void {
  const live = [backend.secretKey, backend.publishableKey].filter(isLive);
  if (live.length === 0) return;
  throw new LiveKeyError(
    `link-harness checkout: refusing to start with live-mode keys (${live.map(redact).join(', ')}): the reference checkout is test-mode only. ` +
      'Unset STRIPE_SECRET_KEY and STRIPE_PUBLISHABLE_KEY to use the embedded emulator, or set them to your test keys (sk_test_…, pk_test_…) from the Stripe Dashboard.',
  );
}

/**
 * Picks the backend from the environment: Stripe's test mode when both `STRIPE_SECRET_KEY` and
 * `STRIPE_PUBLISHABLE_KEY` are set, else undefined (use the emulator). One key without the other,
 * or keys of the wrong kind, is a StripeKeysError; live keys are left to refuseLiveKeys.
 *
 * @example
 * const real = stripeBackendFromEnv(process.env); // undefined unless both keys are set
 */
export function stripeBackendFromEnv(env: Record<string, string | undefined>): StripeBackend | undefined {
  const secretKey = env.STRIPE_SECRET_KEY?.trim() || undefined;
  const publishableKey = env.STRIPE_PUBLISHABLE_KEY?.trim() || undefined;
  if (!secretKey && !publishableKey) return undefined;
  if (!secretKey || !publishableKey)
    throw new StripeKeysError(
      `link-harness checkout: ${secretKey ? 'STRIPE_SECRET_KEY' : 'STRIPE_PUBLISHABLE_KEY'} is set but ${secretKey ? 'STRIPE_PUBLISHABLE_KEY' : 'STRIPE_SECRET_KEY'} is not. ` +
        'Set both to your Stripe test keys to use Stripe test mode, or neither to use the embedded emulator.',
    );
  if (!/^(sk|rk)_(test|live)_/.test(secretKey))
    throw new StripeKeysError(
      `link-harness checkout: STRIPE_SECRET_KEY (${redact(secretKey)}) is not a Stripe secret key; it starts with sk_test_ (or rk_test_ for a restricted key).`,
    );
  if (!/^pk_(test|live)_/.test(publishableKey))
    throw new StripeKeysError(
      `link-harness checkout: STRIPE_PUBLISHABLE_KEY (${redact(publishableKey)}) is not a Stripe publishable key; it starts with pk_test_.`,
    );
  return stripeTestModeBackend({ secretKey, publishableKey });
}
