import { describe, expect, it } from 'vitest';
import type { RequestLogEntry } from '../http/request-log.ts';
import { pageOfLog } from './request-log-page.ts';

const entries = Array.from({ length: 5 }, (_, i) => ({ id: `req_${i + 1}` }) as RequestLogEntry);
const ids = (page: ReturnType<typeof pageOfLog>) => ('data' in page ? page.data.map((e) => e.id) : page.error);

describe('pageOfLog', () => {
  it('returns every entry without a limit', () => {
    expect(pageOfLog(entries, {})).toEqual({ data: entries, hasMore: false });
  });

  it('pages by limit and starting_after until has_more is false', () => {
    const first = pageOfLog(entries, { limit: '2' });
    expect(ids(first)).toEqual(['req_1', 'req_2']);
    expect('hasMore' in first && first.hasMore).toBe(true);
    const last = pageOfLog(entries, { limit: '2', startingAfter: 'req_4' });
    expect(last).toEqual({ data: [entries[4]], hasMore: false });
  });

  it('refuses a limit outside 1–100 and an unknown starting_after', () => {
    expect(ids(pageOfLog(entries, { limit: '0' }))).toMatch(/limit must be between 1 and 100/);
    expect(ids(pageOfLog(entries, { limit: '101' }))).toMatch(/limit/);
    expect(ids(pageOfLog(entries, { startingAfter: 'req_9' }))).toMatch(/starting_after.*req_9/);
  });
});
