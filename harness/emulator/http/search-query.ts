import { parameterInvalid } from '../core/errors.ts';

/** A comparison in Stripe's search query language: exact `:`, substring `~`, or a numeric bound. */
export type SearchOperator = ':' | '~' | '>' | '<' | '>=' | '<=';

/** One clause, e.g. `-metadata['plan']:'pro'` → `{ negated: true, field: 'metadata', key: 'plan', op: ':', value: 'pro' }`. */
export interface SearchClause {
  negated: boolean;
  field: string;
  /** The key of a hash field such as `metadata['key']`. */
  key?: string;
  op: SearchOperator;
  /** A quoted string, a number, or `null` (the field is not set). */
  value: string | number | null;
}

/** A parsed query: clauses joined all by AND or all by OR. */
export interface SearchQuery {
  join: 'AND' | 'OR';
  clauses: SearchClause[];
}

const MAX_CLAUSES = 10;

/** Stripe's 400 for a query it cannot read, naming `query`. */
export const invalidQuery = (message: string) =>
  parameterInvalid('query', `Invalid search query: ${message}. See https://stripe.com/docs/search#search-query-language.`);

/** A small cursor over the query text. */
class Reader {
  pos = 0;
  constructor(readonly text: string) {}
  get done() {
    return this.pos >= this.text.length;
  }
  peek(n = 1) {
    return this.text.slice(this.pos, this.pos + n);
  }
  skipSpaces() {
    while (/\s/.test(this.peek())) this.pos++;
  }
  take(pattern: RegExp): string | undefined {
    const m = pattern.exec(this.text.slice(this.pos));
    if (!m || m.index !== 0) return undefined;
    this.pos += m[0].length;
    return m[0];
  }
}

function quoted(r: Reader): string | undefined {
  const quote = r.peek();
  if (quote !== "'" && quote !== '"') return undefined;
  const start = r.pos;
  r.pos++;
  let out = '';
  while (!r.done && r.peek() !== quote) {
    if (r.peek() === '\\') r.pos++;
    out += r.peek();
    r.pos++;
  }
  if (r.done) throw invalidQuery(`unterminated string starting at position ${start}`);
  r.pos++;
  return out;
}

function clause(r: Reader): SearchClause {
  const start = r.pos;
  const negated = r.take(/-/) !== undefined;
  const field = r.take(/[a-z_][a-z0-9_.]*/i);
  if (!field) throw invalidQuery(`expected a field name at position ${start}`);
  let key: string | undefined;
  if (r.take(/\[/) !== undefined) {
    key = quoted(r);
    if (key === undefined || r.take(/\]/) === undefined) throw invalidQuery(`expected ['key'] after ${field} at position ${r.pos}`);
  }
  const op = r.take(/>=|<=|:|~|>|</) as SearchOperator | undefined;
  if (!op) throw invalidQuery(`expected one of : ~ > < >= <= after ${field} at position ${r.pos}`);
  const text = quoted(r);
  if (text !== undefined) return { negated, field, ...(key !== undefined ? { key } : {}), op, value: text };
  if (r.take(/null(?![\w])/) !== undefined) return { negated, field, ...(key !== undefined ? { key } : {}), op, value: null };
  const number = r.take(/-?\d+(\.\d+)?(?![\w])/);
  if (number === undefined) throw invalidQuery(`the value for ${field} at position ${r.pos} must be a quoted string, a number or null`);
  return { negated, field, ...(key !== undefined ? { key } : {}), op, value: Number(number) };
}

/**
 * Parses Stripe's search query language: clauses `field:value`, `field~'substring'`, numeric
 * `field>n` (also `<`, `>=`, `<=`), `-` to negate, hash fields as `metadata['key']`, strings in
 * single or double quotes, `null` for an unset field, joined by `AND` or by `OR` (not both), at
 * most ten clauses. A malformed query is Stripe's 400 naming `query`.
 *
 * @example
 * parseSearchQuery("email:'jenny@example.com' AND metadata['plan']:'pro'")
 */
export function parseSearchQuery(text: string): SearchQuery {
  const r = new Reader(text);
  r.skipSpaces();
  if (r.done) throw invalidQuery('the query is empty');
  const clauses = [clause(r)];
  let join: SearchQuery['join'] | undefined;
  for (;;) {
    const before = r.pos;
    r.skipSpaces();
    if (r.done) break;
    if (r.pos === before) throw invalidQuery(`unexpected ${JSON.stringify(r.peek())} at position ${r.pos}`);
    const word = r.take(/(AND|OR)(?=\s)/);
    if (!word) throw invalidQuery(`expected AND or OR at position ${r.pos}`);
    if (join && join !== word) throw invalidQuery('AND and OR cannot be combined in one query');
    join = word as SearchQuery['join'];
    r.skipSpaces();
    clauses.push(clause(r));
    if (clauses.length > MAX_CLAUSES) throw invalidQuery(`a query can have at most ${MAX_CLAUSES} clauses`);
  }
  return { join: join ?? 'AND', clauses };
}
