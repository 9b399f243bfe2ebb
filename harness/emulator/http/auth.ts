import { parseKey } from './account-keys.ts';
import { authentication } from '../core/errors.ts';

/** What an API key says about the caller. */
export interface CallerKey {
  /** The account part (see account-keys.ts): the same for an account's secret, publishable and restricted keys. */
  accountKey: string;
  /** A restricted key (`rk_test_`) is a server key: `secret` here. */
  kind: 'secret' | 'publishable';
  /** The key as sent, for the request log. */
  key: string;
}

const liveKey = /^(sk|pk|rk)_live_/;

/**
 * The account a live key would name (as a test key of the same shape would), so that the request
 * log files a refused live-key call under the shop that made it. Undefined for anything but a live key.
 *
 * @example
 * liveKeyAccount('sk_live_myshop') // 'myshop'
 */
export function liveKeyAccount(key: string | undefined): string | undefined {
  const parsed = key ? parseKey(key) : undefined;
  return parsed?.mode === 'live' ? parsed.accountKey : undefined;
}

/** Keeps the first and last four characters of a key, as Stripe's messages do. */
export const redactKey = (key: string) => (key.length > 12 ? `${key.slice(0, 8)}****${key.slice(-4)}` : '****');

/** The key from `Authorization: Bearer …` or Basic auth (`curl -u sk_test_…:`). */
export function keyFromAuthorization(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const bearer = /^Bearer\s+(.+)$/i.exec(header.trim());
  if (bearer) return bearer[1]!.trim();
  const basic = /^Basic\s+(.+)$/i.exec(header.trim());
  if (basic) return Buffer.from(basic[1]!, 'base64').toString('utf8').split(':')[0];
  return header.trim();
}

/**
 * Checks an API key the way the harness promises: any `sk_test_<x>`, `pk_test_<x>` or
 * `rk_test_<x>` is an account (a Dashboard key's account part, see account-keys.ts), live keys are
 * refused, anything else is Stripe's 401.
 *
 * @example
 * identifyKey('sk_test_shop1') // { accountKey: 'shop1', kind: 'secret', key: 'sk_test_shop1' }
 */
export function identifyKey(key: string | undefined): CallerKey {
  if (!key)
    throw authentication(
      "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').",
    );
  if (liveKey.test(key))
    throw authentication(
      `link-harness is test-mode only and refuses live-mode keys (${redactKey(key)}). Use any sk_test_… key with the emulator, or your own test keys with Stripe.`,
      'livemode_mismatch',
    );
  const parsed = parseKey(key);
  if (!parsed || parsed.mode !== 'test') throw authentication(`Invalid API Key provided: ${redactKey(key)}`);
  return { accountKey: parsed.accountKey, kind: parsed.kind === 'publishable' ? 'publishable' : 'secret', key };
}
