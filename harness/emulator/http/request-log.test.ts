import { describe, expect, it } from 'vitest';
import { RequestLog, type RequestLogEntry } from './request-log.ts';

const entry = (n: number, over: Partial<RequestLogEntry> = {}): RequestLogEntry => ({
  id: `req_${n}`,
  time: n,
  method: 'POST',
  path: '/v1/customers',
  params: {},
  account: 'shop',
  keyKind: 'secret',
  key: 'sk_test_shop',
  objectId: null,
  status: 200,
  durationMs: 1,
  idempotencyKey: null,
  replayed: false,
  error: null,
  ...over,
});

describe('RequestLog', () => {
  it('keeps at most its capacity, forgetting the oldest first', () => {
    const log = new RequestLog(3);
    for (let n = 1; n <= 5; n++) log.add(entry(n));
    expect(log.size).toBe(3);
    expect(log.list().map((e) => e.id)).toEqual(['req_3', 'req_4', 'req_5']);
    expect(log.find('req_2')).toBeUndefined();
    expect(log.find('req_4')?.time).toBe(4);
  });

  it('keeps order across many wraps', () => {
    const log = new RequestLog(4);
    for (let n = 1; n <= 11; n++) log.add(entry(n));
    expect(log.list().map((e) => e.time)).toEqual([8, 9, 10, 11]);
  });

  it('filters by account, time, path and method together', () => {
    const log = new RequestLog(10);
    log.add(entry(1));
    log.add(entry(2, { method: 'GET', path: '/v1/customers/cus_1' }));
    log.add(entry(3, { account: 'other' }));
    log.add(entry(4));
    expect(log.list({ path: '/v1/customers', method: 'post' }).map((e) => e.time)).toEqual([1, 3, 4]);
    expect(log.list({ account: 'shop', since: 2 }).map((e) => e.time)).toEqual([2, 4]);
    expect(log.list({ method: 'GET' }).map((e) => e.time)).toEqual([2]);
  });

  it('clears one account, then keeps adding in order up to its capacity', () => {
    const log = new RequestLog(3);
    log.add(entry(1));
    log.add(entry(2, { account: 'other' }));
    log.add(entry(3));
    log.clear('shop');
    expect(log.list().map((e) => e.time)).toEqual([2]);
    for (let n = 4; n <= 6; n++) log.add(entry(n));
    expect(log.list().map((e) => e.time)).toEqual([4, 5, 6]);
    log.clear();
    expect(log.size).toBe(0);
    expect(log.list()).toEqual([]);
  });

  it('refuses a size below 1', () => {
    expect(() => new RequestLog(0)).toThrow(RangeError);
  });
});
