import type { PageLeak } from './glossary.ts';

const apiKey = /\b(sk|rk)_(test|live)_[A-Za-z0-9]{3,}/g;
const wholeObject = /"object"\s*:\s*"(setup_intent|payment_intent)"/g;
/** How far either side of a SetupIntent id its other fields count as "next to it". */
const NEAR = 300;

/** Undoes the escapes a JSON blob picks up inside HTML (entities, backslashed quotes). */
const unescapeQuotes = (html: string) =>
  html
    .replace(/&quot;|&#34;|&#x22;/gi, '"')
    .replace(/\\+"/g, '"')
    .replace(/\\u0022/gi, '"');

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

/** What the leak detector knows of the shopper's SetupIntent. */
export interface KnownSetupIntent {
  id: string;
  /** Its Customer's id, or null. */
  customer: string | null;
}

/** A `status` field holding one of a SetupIntent's statuses (whatever it was when the page was served). */
const statusField = /\bstatus\b[^A-Za-z0-9]{0,12}(requires_payment_method|requires_confirmation|requires_action|processing|canceled|succeeded)\b/;

/**
 * The SetupIntent itself, in whatever shape a merchant serialised it (SETUP-03): its id outside its
 * client secret with its Customer, or a `status` field with a SetupIntent status, within a few hundred
 * characters. The id alone (a return page may name the SetupIntent it read) and the client
 * secret are not leaks; Stripe's own JSON is {@link secretKeyLeaks}'s.
 *
 * @example
 * setupIntentLeaks("window.debug = {id: 'seti_1', status: 'requires_payment_method'}", { id: 'seti_1', customer: 'cus_1' })
 * // [{ kind: 'setup-intent-fields', excerpt: "…{id: 'seti_1', status: 'requires_payment_method'}…" }]
 */
export function setupIntentLeaks(text: string, setupIntent: KnownSetupIntent): PageLeak[] {
  const plain = unescapeQuotes(text);
  // Stripe ids are letters, digits and underscores: nothing to escape.
  const bareId = new RegExp(`${setupIntent.id.replace(/\W/g, '')}(?!_secret_|[A-Za-z0-9])`, 'g');
  const leaks: PageLeak[] = [];
  for (const m of plain.matchAll(bareId)) {
    const start = Math.max(0, m.index - NEAR);
    const near = plain.slice(start, m.index + m[0].length + NEAR);
    const withCustomer = setupIntent.customer !== null && near.includes(setupIntent.customer);
    if (!withCustomer && !statusField.test(near)) continue;
    const from = Math.max(0, m.index - 40);
    leaks.push({ kind: 'setup-intent-fields', excerpt: `…${plain.slice(from, m.index + m[0].length + 60).replace(/\s+/g, ' ')}…` });
  }
  return leaks;
}
