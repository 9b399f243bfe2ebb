/** Throughput and latency of one workload. */
export interface LatencySummary {
  requests: number;
  /** Requests per second over the measured wall-clock time. */
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  meanMs: number;
}

/** The nearest-rank percentile of sorted values (p in 0..100). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));

/**
 * Summarises request latencies measured over `elapsedMs` of wall-clock time.
 *
 * @example
 * summarize([1, 2, 3, 4], 10) // { requests: 4, requestsPerSecond: 400, p50Ms: 2, p99Ms: 4, ... }
 */
export function summarize(latenciesMs: readonly number[], elapsedMs: number): LatencySummary {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  const total = sorted.reduce((sum, ms) => sum + ms, 0);
  return {
    requests: sorted.length,
    requestsPerSecond: elapsedMs > 0 ? round((sorted.length * 1000) / elapsedMs, 0) : 0,
    p50Ms: round(percentile(sorted, 50), 2),
    p99Ms: round(percentile(sorted, 99), 2),
    maxMs: round(sorted.at(-1) ?? NaN, 2),
    meanMs: round(sorted.length ? total / sorted.length : NaN, 2),
  };
}
