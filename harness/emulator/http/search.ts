import { parameterInvalid } from '../core/errors.ts';
import { invalidQuery, parseSearchQuery, type SearchClause } from './search-query.ts';

/** How one searchable field of a resource is read and compared. */
export type SearchField<T> =
  | { kind: 'string'; substring: boolean; get(object: T): string | null }
  | { kind: 'number'; get(object: T): number }
  | { kind: 'hash'; get(object: T, key: string): string | null };

/** Stripe's search result envelope. */
export interface SearchResult<T> {
  object: 'search_result';
  url: string;
  has_more: boolean;
  next_page: string | null;
  data: T[];
}

const MIN_SUBSTRING = 3;

function clauseTest<T>(clause: SearchClause, fields: Record<string, SearchField<T>>, resource: string): (object: T) => boolean {
  const field = Object.hasOwn(fields, clause.field) ? fields[clause.field] : undefined;
  const name = clause.key === undefined ? clause.field : `${clause.field}['${clause.key}']`;
  if (!field)
    throw invalidQuery(
      `Field \`${clause.field}\` is an unsupported search field for resource \`${resource}\`; the fields are ${Object.keys(fields).join(', ')}`,
    );
  if ((field.kind === 'hash') !== (clause.key !== undefined))
    throw invalidQuery(field.kind === 'hash' ? `${clause.field} needs a key, as in ${clause.field}['key']` : `${clause.field} has no keys`);
  const { op, value } = clause;
  switch (field.kind) {
    case 'number': {
      if (typeof value !== 'number') throw invalidQuery(`${name} takes a number, not ${JSON.stringify(value)}`);
      if (op === '~') throw invalidQuery(`${name} cannot be searched by substring`);
      return (o) => {
        const v = field.get(o);
        return op === ':' ? v === value : op === '>' ? v > value : op === '<' ? v < value : op === '>=' ? v >= value : v <= value;
      };
    }
    case 'string':
    case 'hash': {
      if (typeof value === 'number') throw invalidQuery(`${name} takes a quoted string, as in ${name}:'${value}'`);
      if (op !== ':' && op !== '~') throw invalidQuery(`${name} cannot be compared with ${op}`);
      if (op === '~' && (field.kind === 'hash' || !field.substring)) throw invalidQuery(`${name} cannot be searched by substring`);
      if (op === '~' && (value === null || value.length < MIN_SUBSTRING))
        throw invalidQuery(`a substring search (~) needs at least ${MIN_SUBSTRING} characters`);
      const want = value?.toLowerCase() ?? null;
      return (o) => {
        const raw = field.kind === 'hash' ? field.get(o, clause.key!) : field.get(o);
        const v = raw === null || raw === '' ? null : raw.toLowerCase();
        if (want === null) return v === null;
        return op === '~' ? v !== null && v.includes(want) : v === want;
      };
    }
  }
}

/**
 * Compiles a search `query` for one resource into a predicate, refusing fields the resource does
 * not search and comparisons its fields do not take, as Stripe does.
 *
 * @example
 * const matches = compileSearch("email~'example.com'", customerSearchFields, 'customers');
 */
export function compileSearch<T>(query: string, fields: Record<string, SearchField<T>>, resource: string): (object: T) => boolean {
  const parsed = parseSearchQuery(query);
  const tests = parsed.clauses.map((c) => {
    const test = clauseTest(c, fields, resource);
    return c.negated ? (o: T) => !test(o) : test;
  });
  return parsed.join === 'AND' ? (o) => tests.every((t) => t(o)) : (o) => tests.some((t) => t(o));
}

const pageToken = (offset: number) => Buffer.from(JSON.stringify({ offset }), 'utf8').toString('base64url');

function offsetOf(page: string | undefined): number {
  if (page === undefined) return 0;
  try {
    const { offset } = JSON.parse(Buffer.from(page, 'base64url').toString('utf8')) as { offset?: unknown };
    if (typeof offset === 'number' && Number.isSafeInteger(offset) && offset >= 0) return offset;
  } catch {
    // falls through to the error below
  }
  throw parameterInvalid('page', `Invalid page: ${page}; pass the next_page of a previous search result.`);
}

/**
 * One page of search results, newest first: `limit` 1–100 (default 10), `page` the `next_page`
 * of the previous result.
 *
 * @example
 * searchPage('/v1/customers/search', matching, { limit: 2 })
 */
export function searchPage<T>(url: string, oldestFirst: T[], params: { limit?: number; page?: string }): SearchResult<T> {
  const limit = params.limit ?? 10;
  if (limit < 1 || limit > 100) throw parameterInvalid('limit', 'Invalid limit: must be between 1 and 100', 'parameter_invalid_integer');
  const start = offsetOf(params.page);
  const newestFirst = [...oldestFirst].reverse();
  const data = newestFirst.slice(start, start + limit);
  const has_more = start + limit < newestFirst.length;
  return { object: 'search_result', url, has_more, next_page: has_more ? pageToken(start + limit) : null, data };
}
