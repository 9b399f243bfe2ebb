import { describe, expect, it } from 'vitest';
import { type StripeApiError } from './errors.ts';
import { IdempotencyStore } from './idempotency.ts';

describe('IdempotencyStore', () => {
  it('replays the first answer for the same key and parameters', () => {
    const store = new IdempotencyStore();
    expect(store.begin('k', 'a')).toEqual({ kind: 'execute' });
    store.finish('k', 200, { id: 'cus_1' });
    expect(store.begin('k', 'a')).toEqual({ kind: 'replay', status: 200, body: { id: 'cus_1' } });
  });

  it('refuses the same key with other parameters, and a key still in flight', () => {
    const store = new IdempotencyStore();
    store.begin('k', 'a');
    expect(() => store.begin('k', 'a')).toThrowError(expect.objectContaining({ status: 409 }) as Error);
    store.finish('k', 200, {});
    const err = (() => {
      try {
        store.begin('k', 'b');
      } catch (e) {
        return e as StripeApiError;
      }
    })();
    expect(err?.status).toBe(400);
    expect(err?.body.type).toBe('idempotency_error');
  });

  it('keeps card errors but forgets validation errors, so the key can be used again', () => {
    const store = new IdempotencyStore();
    store.begin('declined', 'a');
    store.finish('declined', 402, { error: {} });
    expect(store.begin('declined', 'a')).toMatchObject({ kind: 'replay', status: 402 });
    store.begin('invalid', 'a');
    store.finish('invalid', 400, { error: {} });
    expect(store.begin('invalid', 'b')).toEqual({ kind: 'execute' });
  });

  it('stays within its capacity and expires entries after a day', () => {
    const store = new IdempotencyStore(3);
    for (const k of ['a', 'b', 'c', 'd']) {
      store.begin(k, 'x', 0);
      store.finish(k, 200, k);
    }
    expect(store.size).toBe(3);
    expect(store.begin('a', 'other', 0)).toEqual({ kind: 'execute' });
    expect(store.begin('d', 'other', 24 * 60 * 60 * 1000 + 1)).toEqual({ kind: 'execute' });
  });
});
