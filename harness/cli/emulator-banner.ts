import { emulatorReadyLine } from '../target/ready-lines.ts';
/** The key pair the banner suggests; any other `sk_test_<x>` works just as well. */
export const bannerKeys = { secret: 'sk_test_linkharness', publishable: 'pk_test_linkharness' } as const;

export { emulatorReadyLine };

/** What the banner needs to know about a running emulator. */
export interface BannerInput {
  /** The address the server is bound to, e.g. `127.0.0.1`, `0.0.0.0` or `::1`. */
  host: string;
  port: number;
  /** Milliseconds from process start to listening. */
  readyMs: number;
}

/** A host a client can connect to: the loopback address when bound to every interface. */
export function connectableHost(boundHost: string): string {
  if (boundHost === '0.0.0.0') return '127.0.0.1';
  if (boundHost === '::') return '::1';
  return boundHost;
}

/**
 * The text `link-harness emulator` prints once it listens: base URL, a key pair, how to point
 * each official SDK at it, and the control API.
 *
 * @example
 * emulatorBanner({ host: '127.0.0.1', port: 12111, readyMs: 420 })
 */
export function emulatorBanner({ host: boundHost, port, readyMs }: BannerInput): string {
  const host = connectableHost(boundHost);
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const { secret, publishable } = bannerKeys;
  const everywhere = boundHost !== host ? ` (listening on every interface of this machine as ${boundHost})` : '';
  return [
    `${emulatorReadyLine} in ${Math.round(readyMs)} ms${everywhere}`,
    '',
    `  Base URL         ${url}`,
    `  Secret key       ${secret}`,
    `  Publishable key  ${publishable}`,
    '  Any sk_test_<x> is accepted and is its own isolated account; pk_test_<x> is the same',
    "  account's publishable key. Live keys (sk_live_, pk_live_, rk_live_) are refused with 401.",
    '',
    'Point a Stripe SDK at it:',
    `  stripe-node    new Stripe('${secret}', { host: '${host}', port: ${port}, protocol: 'http' })`,
    `  stripe-python  stripe.api_key = "${secret}"; stripe.api_base = "${url}"`,
    `  stripe-ruby    Stripe.api_key = "${secret}"; Stripe.api_base = "${url}"`,
    `  curl           curl ${url}/v1/customers -u ${secret}:`,
    '',
    "Control API (not Stripe's; <key> is sk_test_<x>, pk_test_<x> or <x>):",
    `  GET  ${url}/_harness/health`,
    `  POST ${url}/_harness/reset                          every account and the request log`,
    `  POST ${url}/_harness/accounts/<key>/reset           one account`,
    `  POST ${url}/_harness/accounts/<key>/link-accounts   seed a Link account (GET lists them)`,
    `  GET  ${url}/_harness/requests?account=<key>&since=<ms>`,
    `  GET  ${url}/_harness/requests/<request id>`,
    '',
    'Press Ctrl-C to stop.',
  ].join('\n');
}
