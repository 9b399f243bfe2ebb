import { cpus } from 'node:os';
import { startEmulator } from '../emulator/index.ts';
import { BenchClient } from './bench-client.ts';
import { measureCliStart, type CliStart } from './cli-start.ts';
import { drive, type Load } from './drive.ts';
import { summarize, type LatencySummary } from './stats.ts';
import { workloads as defaultWorkloads, type Workload } from './workloads.ts';

/** One measured workload. */
export interface WorkloadResult extends LatencySummary {
  name: string;
  /** True when the time bound ended the run before the requested count. */
  stoppedEarly: boolean;
}

/** Everything one benchmark run measured; written to `reports/bench.json`. */
export interface BenchReport {
  generatedAt: string;
  machine: { node: string; platform: string; cpus: number; cpuModel: string };
  load: Load & { warmup: number };
  ready: { inProcessMs: number; cli: CliStart | null };
  workloads: WorkloadResult[];
}

export interface BenchOptions extends Load {
  /** Calls sent before measuring each workload, so the JIT has warmed up. */
  warmup?: number;
  /** Also time a cold `link-harness emulator` process (default true). */
  measureCli?: boolean;
  workloads?: readonly Workload[];
}

/**
 * Runs the benchmark: starts an emulator in this process on a free port, times its start, then
 * drives each workload over keep-alive HTTP and summarises throughput and latency.
 *
 * @example
 * const report = await runBenchmark({ count: 2000, concurrency: 16, maxMs: 20_000 }, console.log);
 */
export async function runBenchmark(options: BenchOptions, progress: (line: string) => void = () => {}): Promise<BenchReport> {
  const { count, concurrency, maxMs, warmup = Math.min(500, count), measureCli = true, workloads = defaultWorkloads } = options;
  const cli = measureCli ? await measureCliStart() : null;
  const beforeStart = process.hrtime.bigint();
  const emulator = await startEmulator({ port: 0 });
  const inProcessMs = Number(process.hrtime.bigint() - beforeStart) / 1e6;
  progress(`emulator listening on ${emulator.url} after ${inProcessMs.toFixed(1)} ms (in process)`);
  const results: WorkloadResult[] = [];
  try {
    for (const [index, workload] of workloads.entries()) {
      const client = new BenchClient(emulator.url, `sk_test_bench${index}`, concurrency);
      try {
        const plan = await workload.prepare(client);
        if (warmup > 0) await drive(client, { count: warmup, concurrency, maxMs }, plan);
        progress(`measuring ${workload.name}: ${count} requests, ${concurrency} in flight`);
        const run = await drive(client, { count, concurrency, maxMs }, plan);
        results.push({ name: workload.name, stoppedEarly: run.stoppedEarly, ...summarize(run.latenciesMs, run.elapsedMs) });
      } finally {
        client.close();
      }
    }
  } finally {
    await emulator.close();
  }
  const cpuList = cpus();
  return {
    generatedAt: new Date().toISOString(),
    machine: { node: process.version, platform: `${process.platform}-${process.arch}`, cpus: cpuList.length, cpuModel: cpuList[0]?.model ?? 'unknown' },
    load: { count, concurrency, maxMs, warmup },
    ready: { inProcessMs: Number(inProcessMs.toFixed(2)), cli },
    workloads: results,
  };
}
