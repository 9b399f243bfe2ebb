import type { CallFilter, StripeCall } from './glossary.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A path pattern as a RegExp: `:name` segments match one segment, the rest is literal.
 *
 * @example
 * pathPattern('/v1/setup_intents/:id/confirm').test('/v1/setup_intents/seti_1/confirm') // true
 */
export function pathPattern(path: string | RegExp): RegExp {
  if (path instanceof RegExp) return path;
  const source = path
    .split('/')
    .map((segment) => (segment.startsWith(':') ? '[^/]+' : escape(segment)))
    .join('/');
  return new RegExp(`^${source}$`);
}

/** True when a call mentions one of the ids or emails, in its path or anywhere in its parameters. */
export function involves(call: Pick<StripeCall, 'path' | 'params'>, needles: readonly string[]): boolean {
  const haystack = `${call.path}\n${JSON.stringify(call.params)}`.toLowerCase();
  return needles.some((needle) => needle !== '' && haystack.includes(needle.toLowerCase()));
}

/**
 * Keeps the calls a filter asks for (all but `since`, which the log query applies).
 *
 * @example
 * matchCalls(calls, { method: 'POST', path: '/v1/setup_intents', involving: customer.id })
 */
export function matchCalls(calls: readonly StripeCall[], filter: Omit<CallFilter, 'since'>): StripeCall[] {
  const path = filter.path === undefined ? undefined : pathPattern(filter.path);
  const needles = filter.involving === undefined ? undefined : typeof filter.involving === 'string' ? [filter.involving] : filter.involving;
  return calls.filter(
    (c) =>
      (filter.method === undefined || c.method === filter.method) &&
      (path === undefined || path.test(c.path)) &&
      (filter.keyKind === undefined || c.keyKind === filter.keyKind) &&
      (filter.ok === undefined || filter.ok === (c.status >= 200 && c.status < 300)) &&
      (needles === undefined || involves(c, needles)),
  );
}
