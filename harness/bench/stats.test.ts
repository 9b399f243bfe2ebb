import { describe, expect, it } from 'vitest';
import { percentile, summarize } from './stats.ts';

describe('percentile', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);

  it('takes the nearest rank', () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([1, 2, 3], 0)).toBe(1);
  });

  it('is NaN for no values rather than a made-up number', () => {
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('summarize', () => {
  it('reports throughput over wall-clock time and latency percentiles of unsorted input', () => {
    const summary = summarize([4, 1, 3, 2], 10);
    expect(summary).toEqual({ requests: 4, requestsPerSecond: 400, p50Ms: 2, p99Ms: 4, maxMs: 4, meanMs: 2.5 });
  });
});
