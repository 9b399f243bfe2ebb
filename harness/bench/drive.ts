import type { ApiCall, BenchClient } from './bench-client.ts';

/** How much load to apply: a fixed number of calls, bounded in time. */
export interface Load {
  /** Calls to send (the run stops earlier when `maxMs` is reached). */
  count: number;
  /** Calls in flight at once. */
  concurrency: number;
  /** Stop starting new calls after this many milliseconds. */
  maxMs: number;
}

/** What one workload does per call: the call, and a check of its answer. */
export interface CallPlan {
  next(index: number): ApiCall;
  /** Throws when a 2xx answer still is not what the workload should produce. */
  check(body: Record<string, unknown>): void;
}

/** Latencies of the calls that ran, and the wall-clock time they took. */
export interface DriveResult {
  latenciesMs: number[];
  elapsedMs: number;
  /** True when `maxMs` ended the run before `count` calls. */
  stoppedEarly: boolean;
}

/**
 * Sends `count` calls with `concurrency` in flight over keep-alive sockets and records each
 * call's latency. The first failed call rejects the whole run.
 *
 * @example
 * const { latenciesMs } = await drive(client, { count: 1000, concurrency: 16, maxMs: 20_000 }, plan);
 */
export async function drive(client: BenchClient, load: Load, plan: CallPlan): Promise<DriveResult> {
  const latenciesMs: number[] = [];
  const started = process.hrtime.bigint();
  const deadline = started + BigInt(load.maxMs) * 1_000_000n;
  let issued = 0;
  let stoppedEarly = false;
  let failed = false;
  const worker = async () => {
    while (issued < load.count && !failed) {
      if (process.hrtime.bigint() > deadline) {
        stoppedEarly = true;
        return;
      }
      const call = plan.next(issued++);
      const sent = process.hrtime.bigint();
      try {
        plan.check(await client.call(call));
      } catch (err) {
        failed = true;
        throw err;
      }
      latenciesMs.push(Number(process.hrtime.bigint() - sent) / 1e6);
    }
  };
  await Promise.all(Array.from({ length: Math.min(load.concurrency, load.count) }, worker));
  return { latenciesMs, elapsedMs: Number(process.hrtime.bigint() - started) / 1e6, stoppedEarly };
}
