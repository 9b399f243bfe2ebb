import type { RequestLogEntry } from '../http/request-log.ts';

/** One page of the request log, or why the paging parameters were refused. */
export type LogPage<T = RequestLogEntry> = { data: T[]; hasMore: boolean } | { error: string };

/**
 * Cuts a page out of matching log entries (oldest first) as Stripe's list endpoints do: `limit`
 * 1–100 entries following the `starting_after` entry. Without `limit`, every entry after it.
 */
export function pageOfLog<T extends { id: string } = RequestLogEntry>(
  entries: T[],
  params: { limit?: string | undefined; startingAfter?: string | undefined },
): LogPage<T> {
  let limit: number | undefined;
  if (params.limit !== undefined) {
    limit = Number(params.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) return { error: `Invalid integer: limit must be between 1 and 100, got ${params.limit}.` };
  }
  let start = 0;
  if (params.startingAfter !== undefined) {
    const at = entries.findIndex((e) => e.id === params.startingAfter);
    if (at < 0) return { error: `starting_after names no request this log still holds that matches the filters: ${params.startingAfter}.` };
    start = at + 1;
  }
  const end = limit === undefined ? entries.length : Math.min(entries.length, start + limit);
  return { data: entries.slice(start, end), hasMore: end < entries.length };
}
