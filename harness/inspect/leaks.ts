import type { PageLeak } from './glossary.ts';

const apiKey = /\b(sk|rk)_(test|live)_[A-Za-z0-9]{3,}/g;
const wholeObject = /"object"\s*:\s*"(setup_intent|payment_intent)"/g;

/** Undoes the escapes a JSON blob picks up inside HTML (entities, backslashed quotes). */
const unescapeQuotes = (html: string) => html.replace(/&quot;|&#34;|&#x22;/gi, '"').replace(/\\+"/g, '"').replace(/\\u0022/gi, '"');

/**
 * Secrets in a page's HTML that only the server may hold (SETUP-03): a secret or restricted API key,
 * or a whole SetupIntent or PaymentIntent object where only its client secret belongs. A
 * publishable key and a client secret are not leaks.
 *
 * @example
 * secretKeyLeaks(await page.content()) // [] when the page carries only pk_test_… and the client secret
 */
export function secretKeyLeaks(html: string): PageLeak[] {
  const leaks: PageLeak[] = [];
  for (const m of html.matchAll(apiKey)) leaks.push({ kind: m[1] === 'rk' ? 'restricted-key' : 'secret-key', excerpt: `${m[0].slice(0, 12)}…` });
  for (const m of unescapeQuotes(html).matchAll(wholeObject))
    leaks.push({ kind: m[1] === 'setup_intent' ? 'setup-intent-object' : 'payment-intent-object', excerpt: m[0] });
  return leaks;
}
