import type { Backend, HarnessConfig, Target } from './glossary.ts';
import { defaultCheckoutAdapter } from './default-adapter.ts';
import { TargetError } from './target-error.ts';
import { testAccountOf } from '../emulator/test-side.ts';

/** Where the embedded reference checkout listens when the config starts it. */
export const referenceCheckoutUrl = 'http://localhost:4242';
/** Where the emulator listens when the config starts it. */
export const defaultEmulatorUrl = 'http://127.0.0.1:12111';

export { TargetError };

const redact = (key: string) => `${key.slice(0, 8)}…`;
const isLive = (key: string) => /^(sk|pk|rk)_live_/.test(key);

function liveKeyRefused(where: string, key: string): TargetError {
  return new TargetError(
    `link-harness: refusing the live-mode key in ${where} (${redact(key)}): the harness runs in test mode only (SAFE-01). ` +
      'Use your test keys (sk_test_…, pk_test_…) from the Stripe Dashboard, or unset STRIPE_SECRET_KEY and STRIPE_PUBLISHABLE_KEY to use the embedded emulator.',
  );
}

function httpUrl(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TargetError(`link-harness: ${name} is not a URL: '${value}'. Give the full address, e.g. ${name}=http://localhost:3000.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TargetError(`link-harness: ${name} must be an http(s) URL, got '${value}'.`);
  return url.href.replace(/\/$/, '');
}

/** The emulator account of a key given as `sk_test_<x>`, `pk_test_<x>`, `rk_test_<x>` (Dashboard keys included) or `<x>`. */
function emulatorAccount(where: string, value: string | undefined): string | undefined {
  const key = value?.trim();
  if (!key) return undefined;
  if (isLive(key)) throw liveKeyRefused(where, key);
  const account = testAccountOf(key);
  if (!account) throw new TargetError(`link-harness: ${where} must be an emulator key (sk_test_<x>, pk_test_<x>, rk_test_<x> or <x>), got '${redact(key)}'.`);
  return account;
}

function backendFrom(env: Record<string, string | undefined>, config: HarnessConfig): Backend {
  const secretKey = env.STRIPE_SECRET_KEY?.trim() || undefined;
  const publishableKey = env.STRIPE_PUBLISHABLE_KEY?.trim() || undefined;
  for (const [name, key] of [
    ['STRIPE_SECRET_KEY', secretKey],
    ['STRIPE_PUBLISHABLE_KEY', publishableKey],
  ] as const)
    if (key && isLive(key)) throw liveKeyRefused(name, key);
  if (publishableKey && !secretKey)
    throw new TargetError(
      'link-harness: STRIPE_PUBLISHABLE_KEY is set but STRIPE_SECRET_KEY is not. Set both to your Stripe test keys to test against Stripe test mode, or neither to use the emulator.',
    );
  if (secretKey) {
    if (!/^(sk|rk)_test_/.test(secretKey))
      throw new TargetError(
        `link-harness: STRIPE_SECRET_KEY (${redact(secretKey)}) is not a Stripe test secret key; it starts with sk_test_ (or rk_test_ for a restricted key).`,
      );
    return { kind: 'stripe-test-mode', secretKey, ...(publishableKey ? { publishableKey } : {}) };
  }
  const account = emulatorAccount('LINK_HARNESS_ACCOUNT', env.LINK_HARNESS_ACCOUNT) ?? emulatorAccount('link-harness.config.ts (account)', config.account);
  return {
    kind: 'emulator',
    url: httpUrl('LINK_HARNESS_EMULATOR_URL', env.LINK_HARNESS_EMULATOR_URL?.trim() || defaultEmulatorUrl),
    ...(account ? { account } : {}),
  };
}

/**
 * What is under test, from the environment and the optional config file:
 * - `CHECKOUT_URL` unset: the embedded reference checkout (`LINK_HARNESS_REFERENCE_CHECKOUT_URL`, which
 *   playwright.config.ts sets; `http://localhost:4242` by default); set: that checkout.
 * - `STRIPE_SECRET_KEY=sk_test_…` (and `STRIPE_PUBLISHABLE_KEY`): live Stripe test mode; live keys
 *   are refused with a {@link TargetError}. Unset: the emulator at `LINK_HARNESS_EMULATOR_URL`.
 * - `LINK_HARNESS_ACCOUNT` (or the config's `account`): the emulator account the checkout's server uses.
 * - `CHARGE_URL` (or the config's `chargeUrl`; the reference checkout's `/charge-later` by default),
 *   where the default `chargeLater` step posts.
 * - the config's `checkout` steps over the defaults (see {@link defaultCheckoutAdapter}).
 *
 * @example
 * resolveTarget({ CHECKOUT_URL: 'http://localhost:3000', LINK_HARNESS_ACCOUNT: 'sk_test_myshop' })
 * // { checkout: { kind: 'external', url: 'http://localhost:3000' }, backend: { kind: 'emulator', url: 'http://127.0.0.1:12111', account: 'myshop' }, … }
 */
export function resolveTarget(env: Record<string, string | undefined>, config: HarnessConfig = {}, configFile?: string): Target {
  const checkoutUrl = env.CHECKOUT_URL?.trim();
  const referenceUrl = httpUrl('LINK_HARNESS_REFERENCE_CHECKOUT_URL', env.LINK_HARNESS_REFERENCE_CHECKOUT_URL?.trim() || referenceCheckoutUrl);
  const checkout = checkoutUrl ? { kind: 'external' as const, url: httpUrl('CHECKOUT_URL', checkoutUrl) } : { kind: 'reference' as const, url: referenceUrl };
  const chargeUrlGiven = env.CHARGE_URL?.trim() || config.chargeUrl || (checkout.kind === 'reference' ? `${checkout.url}/charge-later` : undefined);
  const chargeUrl = chargeUrlGiven ? httpUrl('CHARGE_URL', chargeUrlGiven) : undefined;
  return {
    checkout,
    backend: backendFrom(env, config),
    ...(chargeUrl ? { chargeUrl } : {}),
    adapter: { ...defaultCheckoutAdapter({ checkout, chargeUrl }), ...config.checkout },
    ...(configFile ? { configFile } : {}),
  };
}

/**
 * The emulator account of a target: the one it was told, else the one its checkout says it uses
 * (the adapter's `stripeAccount`, e.g. the reference checkout's `/healthz`). Undefined in live mode.
 *
 * @example
 * await targetAccount(target) // 'reference_checkout'
 */
export async function targetAccount(target: Target): Promise<string | undefined> {
  if (target.backend.kind !== 'emulator') return undefined;
  if (target.backend.account) return target.backend.account;
  const told = await target.adapter.stripeAccount?.(target.checkout.url);
  return told === undefined ? undefined : emulatorAccount(`${target.checkout.url}'s publishable key`, told);
}
