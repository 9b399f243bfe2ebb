import type { IntentKind } from '../protocol.ts';

/**
 * The `return_url` Stripe.js sends the shopper to after a confirm: the merchant's URL with
 * `setup_intent`, `setup_intent_client_secret` and `redirect_status` (or the `payment_intent`
 * ones) appended. The merchant's own query parameters and fragment are kept byte for byte; only
 * earlier values of Stripe's three parameters are replaced.
 *
 * @example
 * returnUrlWithIntent('https://shop.test/done?order=7', 'setup', { id: 'seti_1', client_secret: 'seti_1_secret_x', status: 'succeeded' })
 * // 'https://shop.test/done?order=7&setup_intent=seti_1&setup_intent_client_secret=seti_1_secret_x&redirect_status=succeeded'
 */
export function returnUrlWithIntent(returnUrl: string, kind: IntentKind, intent: { id: string; client_secret: string; status: string }): string {
  const hashAt = returnUrl.indexOf('#');
  const fragment = hashAt >= 0 ? returnUrl.slice(hashAt) : '';
  const beforeFragment = hashAt >= 0 ? returnUrl.slice(0, hashAt) : returnUrl;
  const queryAt = beforeFragment.indexOf('?');
  const base = queryAt >= 0 ? beforeFragment.slice(0, queryAt) : beforeFragment;
  const prefix = kind === 'setup' ? 'setup_intent' : 'payment_intent';
  const ours = [prefix, `${prefix}_client_secret`, 'redirect_status'];
  const kept = (queryAt >= 0 ? beforeFragment.slice(queryAt + 1) : '').split('&').filter((pair) => pair !== '' && !ours.includes(decodedKey(pair)));
  const added = [
    `${prefix}=${encodeURIComponent(intent.id)}`,
    `${prefix}_client_secret=${encodeURIComponent(intent.client_secret)}`,
    `redirect_status=${encodeURIComponent(redirectStatus(intent.status))}`,
  ];
  return `${base}?${[...kept, ...added].join('&')}${fragment}`;
}

function decodedKey(pair: string): string {
  const key = pair.split('=')[0] ?? '';
  try {
    return decodeURIComponent(key.replace(/\+/g, ' '));
  } catch {
    return key;
  }
}

/** `redirect_status` as Stripe sets it from the intent's status. */
export function redirectStatus(status: string): 'succeeded' | 'processing' | 'failed' {
  // An authorized manual-capture PaymentIntent is a success to the shopper: the merchant captures later.
  if (status === 'succeeded' || status === 'requires_capture') return 'succeeded';
  if (status === 'processing') return 'processing';
  return 'failed';
}

/** Whether a `return_url` is one the API accepts: an absolute http(s) URL. */
export function isAbsoluteHttpUrl(value: string): boolean {
  return /^https?:\/\/[^/?#\s]+/i.test(value);
}
