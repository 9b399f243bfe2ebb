import { parameterInvalid, resourceMissing } from '../core/errors.ts';

/** Stripe's list envelope. */
export interface ListObject<T> {
  object: 'list';
  url: string;
  has_more: boolean;
  data: T[];
}

/** A `created` filter as `range()` reads it: one timestamp, or bounds. */
export type CreatedFilter = number | { gt?: number; gte?: number; lt?: number; lte?: number };

/**
 * Whether an object's `created` passes a list's `created` filter.
 *
 * @example
 * createdMatches(1700000000, { gte: 1690000000 }) // true
 */
export function createdMatches(created: number, filter: CreatedFilter | undefined): boolean {
  if (filter === undefined) return true;
  if (typeof filter === 'number') return created === filter;
  return (
    (filter.gt === undefined || created > filter.gt) &&
    (filter.gte === undefined || created >= filter.gte) &&
    (filter.lt === undefined || created < filter.lt) &&
    (filter.lte === undefined || created <= filter.lte)
  );
}

export interface ListParams {
  limit?: number;
  starting_after?: string;
  ending_before?: string;
}

/**
 * Pages through objects the way Stripe lists do: newest first, `limit` 1–100 (default 10),
 * `starting_after` / `ending_before` cursors that must name an object in the list.
 *
 * @example
 * paginate('/v1/customers', [...account.customers.values()], { limit: 3 })
 */
export function paginate<T extends { id?: string }>(url: string, oldestFirst: T[], params: ListParams, resource = 'object'): ListObject<T> {
  const limit = params.limit ?? 10;
  if (limit < 1 || limit > 100) throw parameterInvalid('limit', 'Invalid limit: must be between 1 and 100', 'parameter_invalid_integer');
  if (params.starting_after !== undefined && params.ending_before !== undefined)
    throw parameterInvalid('starting_after', 'You may only specify one of these parameters: ending_before, starting_after.');
  const newestFirst = [...oldestFirst].reverse();
  const indexOf = (id: string, param: string) => {
    const i = newestFirst.findIndex((o) => o.id === id);
    if (i < 0) throw resourceMissing(resource, id, param);
    return i;
  };
  if (params.ending_before !== undefined) {
    const end = indexOf(params.ending_before, 'ending_before');
    const start = Math.max(0, end - limit);
    return { object: 'list', url, has_more: start > 0, data: newestFirst.slice(start, end) };
  }
  const start = params.starting_after !== undefined ? indexOf(params.starting_after, 'starting_after') + 1 : 0;
  return { object: 'list', url, has_more: start + limit < newestFirst.length, data: newestFirst.slice(start, start + limit) };
}
