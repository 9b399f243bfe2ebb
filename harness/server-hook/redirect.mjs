// @ts-check
/** The hosts of Stripe's server API that a merchant's server calls. */
export const stripeApiHosts = ['api.stripe.com', 'files.stripe.com', 'connect.stripe.com'];

/**
 * `https.request`'s arguments, rewritten for the emulator when they are for one of Stripe's API
 * hosts: `(options[, callback])` or `(url[, options][, callback])`. Undefined for any other host.
 * The https agent stripe-node passes is replaced by a plain http one.
 *
 * @param {any[]} args
 * @param {URL} emulator
 * @param {import('node:http').Agent} agent
 * @returns {any[] | undefined}
 *
 * @example
 * redirectedRequestOptions([{ host: 'api.stripe.com', port: 443, path: '/v1/customers' }], new URL('http://127.0.0.1:12111'), agent)
 * // [{ host: '127.0.0.1', hostname: '127.0.0.1', port: '12111', path: '/v1/customers', protocol: 'http:', agent, … }]
 */
export function redirectedRequestOptions(args, emulator, agent) {
  const [first, second, ...rest] = args;
  const asUrl = typeof first === 'string' || first instanceof URL ? new URL(first) : undefined;
  const options = asUrl ? (typeof second === 'object' && second !== null ? second : {}) : first;
  const host = asUrl ? asUrl.hostname : (options?.hostname ?? options?.host ?? '');
  if (!stripeApiHosts.includes(String(host).replace(/:\d+$/, ''))) return undefined;
  const path = asUrl ? `${asUrl.pathname}${asUrl.search}` : (options.path ?? '/');
  const { ciphers: _ciphers, servername: _servername, ...kept } = options ?? {};
  const rewritten = { ...kept, protocol: 'http:', host: emulator.hostname, hostname: emulator.hostname, port: emulator.port || '80', path, agent };
  const callback = asUrl ? (typeof second === 'function' ? second : rest[0]) : second;
  return callback ? [rewritten, callback] : [rewritten];
}

/**
 * A `fetch` input for the emulator when it is a URL of one of Stripe's API hosts; any other
 * input as it came.
 *
 * @param {any} input
 * @param {URL} emulator
 *
 * @example
 * redirectedFetchInput('https://api.stripe.com/v1/customers', new URL('http://127.0.0.1:12111')) // 'http://127.0.0.1:12111/v1/customers'
 */
export function redirectedFetchInput(input, emulator) {
  const href = typeof input === 'string' ? input : input instanceof URL ? input.href : typeof input?.url === 'string' ? input.url : undefined;
  if (href === undefined) return input;
  const url = new URL(href);
  if (!stripeApiHosts.includes(url.hostname)) return input;
  const target = `${emulator.origin}${url.pathname}${url.search}`;
  return typeof input === 'string' || input instanceof URL ? target : new Request(target, input);
}
