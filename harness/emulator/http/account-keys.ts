/** What an API key says: its mode, what it may do, and the account it belongs to. */
export interface ParsedKey {
  mode: 'test' | 'live';
  /** `rk_` keys are restricted server keys: here they may do what a secret key may. */
  kind: 'secret' | 'publishable' | 'restricted';
  /** The account part: the same for every key of one account. */
  accountKey: string;
}

const keyShape = /^(sk|pk|rk)_(test|live)_([A-Za-z0-9_]{1,200})$/;
/** A Dashboard key's part after the prefix: `51`, the account's 15 characters, then the key's own tail. */
const dashboardSuffix = /^(51[A-Za-z0-9]{15})[A-Za-z0-9]{20,}$/;

/**
 * The account a key's suffix names. Keys Stripe's Dashboard issues (`pk_test_51` + the account's
 * 15 characters + a tail of the key's own) share their first 17 characters across an account's
 * publishable, secret and restricted keys; any other suffix (`sk_test_myshop`) names the account
 * itself.
 *
 * @example
 * accountPartOf('51HqLyjAbCdEfGhIj0123456789abcdefghijklmnop') // '51HqLyjAbCdEfGhIj'
 * accountPartOf('myshop') // 'myshop'
 */
export const accountPartOf = (suffix: string): string => dashboardSuffix.exec(suffix)?.[1] ?? suffix;

/**
 * Reads an API key: `sk_`/`pk_`/`rk_`, `test`/`live`, and its account. Undefined for anything
 * that is not shaped like a key.
 *
 * @example
 * parseKey('rk_test_51HqLyjAbCdEfGhIjXyZ0123456789abcdefghij') // { mode: 'test', kind: 'restricted', accountKey: '51HqLyjAbCdEfGhIj' }
 */
export function parseKey(key: string): ParsedKey | undefined {
  const m = keyShape.exec(key);
  if (!m) return undefined;
  const kind = m[1] === 'pk' ? 'publishable' : m[1] === 'rk' ? 'restricted' : 'secret';
  return { mode: m[2] as ParsedKey['mode'], kind, accountKey: accountPartOf(m[3]!) };
}

/**
 * The account of a test key given as `sk_test_<x>`, `pk_test_<x>`, `rk_test_<x>` or a bare `<x>`
 * (the control API's and the harness's way of naming an account); undefined for live or
 * malformed keys.
 *
 * @example
 * testAccountOf('pk_test_myshop') // 'myshop'
 * testAccountOf('myshop') // 'myshop'
 */
export function testAccountOf(key: string | undefined): string | undefined {
  if (!key) return undefined;
  const parsed = parseKey(key);
  if (parsed) return parsed.mode === 'test' ? parsed.accountKey : undefined;
  return /^[A-Za-z0-9_]{1,200}$/.test(key) && !/_live_/.test(key) ? accountPartOf(key) : undefined;
}
