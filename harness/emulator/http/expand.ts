import { parameterInvalid } from '../core/errors.ts';

/** Looks up an object of the same account by id, for expansion. */
export type FindById = (id: string) => object | undefined;

const MAX_DEPTH = 4;
const idShape = /^[a-z]{2,8}_[A-Za-z0-9_]+$/;

const cannotExpand = (path: string) => parameterInvalid('expand', `This property cannot be expanded (${path}).`, 'parameter_invalid_expand');

function expandPath(value: unknown, segments: string[], full: string, find: FindById): unknown {
  if (Array.isArray(value)) return value.map((item) => expandPath(item, segments, full, find));
  if (segments.length === 0 || value === null || typeof value !== 'object') return value;
  const [head, ...rest] = segments as [string, ...string[]];
  const record = value as Record<string, unknown>;
  if (!Object.hasOwn(record, head)) throw cannotExpand(full);
  let child = record[head];
  if (typeof child === 'string') {
    if (!idShape.test(child)) throw cannotExpand(full);
    const found = find(child);
    if (!found) {
      if (rest.length === 0) return value;
      throw cannotExpand(full);
    }
    child = structuredClone(found);
  } else if (rest.length === 0 && child !== null && typeof child !== 'object') throw cannotExpand(full);
  return { ...record, [head]: expandPath(child, rest, full, find) };
}

/**
 * Replaces ids with their objects along each `expand[]` dot path (`payment_method`,
 * `data.customer`, `latest_attempt.payment_method`), at most four levels deep, as Stripe does.
 * An id that names nothing stays an id; a path through a field that is not an id is an error.
 *
 * @example
 * expand(setupIntent, ['payment_method'], (id) => account.find(id))
 */
export function expand<T>(object: T, paths: readonly string[], find: FindById): T {
  let out: unknown = object;
  for (const path of paths) {
    const segments = path.split('.');
    if (segments.length > MAX_DEPTH || segments.some((s) => s === ''))
      throw parameterInvalid('expand', `You cannot expand more than ${MAX_DEPTH} levels of a property (${path}).`, 'parameter_invalid_expand');
    out = expandPath(out, segments, path, find);
  }
  return out as T;
}
