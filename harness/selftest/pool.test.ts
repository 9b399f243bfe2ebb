import { describe, expect, it } from 'vitest';
import { inPool } from './pool.ts';

describe('inPool', () => {
  it('keeps at most `limit` pieces of work running, starts them in order, and returns results in order', async () => {
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const results = await inPool([30, 10, 20, 5, 1], 2, async (ms, index) => {
      started.push(index);
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setImmediate(resolve, ms));
      running -= 1;
      return ms * 2;
    });
    expect(results).toEqual([60, 20, 40, 10, 2]);
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(most).toBe(2);
  });

  it('starts no new work after a failure and passes the failure on', async () => {
    const started: number[] = [];
    await expect(
      inPool([1, 2, 3, 4], 1, async (n) => {
        started.push(n);
        if (n === 2) throw new Error('run 2 broke');
        return n;
      }),
    ).rejects.toThrow('run 2 broke');
    expect(started).toEqual([1, 2]);
  });

  it('handles no items', async () => {
    expect(await inPool([], 2, async () => 1)).toEqual([]);
  });
});
