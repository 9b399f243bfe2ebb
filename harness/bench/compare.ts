import { cpus } from 'node:os';
import { BenchClient } from './bench-client.ts';
import { drive } from './drive.ts';
import { startBenchServer, type BenchServer, type ServerOptions } from './servers.ts';
import { summarize, type LatencySummary } from './stats.ts';
import { customerCreate, customerRetrieve, setupIntentCreateAndConfirm, type Workload } from './workloads.ts';

/** A workload measured on the emulator and, where the peer serves it, on the peer. */
export interface ComparedWorkload {
  name: string;
  ours: Measured;
  /** Null when the peer has no such endpoint. */
  peer: Measured | null;
  /** Our requests per second over the peer's; null without a peer figure. */
  ratio: number | null;
}

/** Throughput and latency, and the server's own CPU time per request (its process alone, not the client's). */
export interface Measured extends LatencySummary {
  cpuUsPerRequest: number;
}

/** One side-by-side run; written to `reports/bench.json`. */
export interface ComparisonReport {
  generatedAt: string;
  machine: { node: string; platform: string; cpus: number; cpuModel: string };
  load: { seconds: number; concurrency: number; warmup: number };
  peer: string;
  workloads: ComparedWorkload[];
}

/** A workload and whether `stripe-stateful-mock` serves it. */
export interface ComparisonWorkload {
  workload: Workload;
  peerServes: boolean;
}

/** What `npm run bench` compares; the peer has no SetupIntents, so that one is ours alone. */
export const comparedWorkloads: readonly ComparisonWorkload[] = [
  { workload: customerCreate, peerServes: true },
  { workload: customerRetrieve, peerServes: true },
  { workload: setupIntentCreateAndConfirm, peerServes: false },
];

export interface ComparisonOptions extends ServerOptions {
  /** Seconds of measured load per workload and server. */
  seconds: number;
  concurrency: number;
  /** Calls sent before measuring, so both JITs have warmed up. */
  warmup?: number;
  workloads?: readonly ComparisonWorkload[];
}

let accountSerial = 0;

async function measure(server: BenchServer, workload: Workload, options: ComparisonOptions): Promise<Measured> {
  const { seconds, concurrency, warmup = 500 } = options;
  const client = new BenchClient(server.url, `sk_test_bench${process.pid}x${++accountSerial}`, concurrency);
  try {
    const plan = await workload.prepare(client);
    if (warmup > 0) await drive(client, { count: warmup, concurrency, maxMs: seconds * 1000 }, plan);
    const cpuBefore = await server.cpuMs();
    const run = await drive(client, { count: Number.MAX_SAFE_INTEGER, concurrency, maxMs: seconds * 1000 }, plan);
    const cpuUsPerRequest = Math.round((((await server.cpuMs()) - cpuBefore) * 1000) / run.latenciesMs.length);
    return { ...summarize(run.latenciesMs, run.elapsedMs), cpuUsPerRequest };
  } finally {
    client.close();
  }
}

/**
 * Starts the emulator and `stripe-stateful-mock` each in its own process and drives each workload
 * against both with the same client and load, one server at a time.
 *
 * @example
 * const report = await runComparison({ seconds: 5, concurrency: 16 }, console.error);
 */
export async function runComparison(options: ComparisonOptions, progress: (line: string) => void = () => {}): Promise<ComparisonReport> {
  const { workloads = comparedWorkloads, concurrency, seconds, warmup = 500 } = options;
  const ours = await startBenchServer('emulator', options);
  let peer: BenchServer | undefined;
  const results: ComparedWorkload[] = [];
  try {
    peer = await startBenchServer('stripe-stateful-mock');
    progress(`emulator at ${ours.url} (pid ${ours.pid}), stripe-stateful-mock at ${peer.url} (pid ${peer.pid})`);
    for (const { workload, peerServes } of workloads) {
      progress(`measuring ${workload.name}: ${seconds} s, ${concurrency} in flight, on the emulator`);
      const oursResult = await measure(ours, workload, options);
      let peerResult: Measured | null = null;
      if (peerServes) {
        progress(`measuring ${workload.name}: ${seconds} s, ${concurrency} in flight, on stripe-stateful-mock`);
        peerResult = await measure(peer, workload, options);
      }
      const ratio = peerResult ? Number((oursResult.requestsPerSecond / peerResult.requestsPerSecond).toFixed(2)) : null;
      results.push({ name: workload.name, ours: oursResult, peer: peerResult, ratio });
    }
  } finally {
    await ours.close();
    await peer?.close();
  }
  const cpuList = cpus();
  return {
    generatedAt: new Date().toISOString(),
    machine: { node: process.version, platform: `${process.platform}-${process.arch}`, cpus: cpuList.length, cpuModel: cpuList[0]?.model ?? 'unknown' },
    load: { seconds, concurrency, warmup },
    peer: 'stripe-stateful-mock',
    workloads: results,
  };
}

/**
 * The comparison as a plain-text table: requests per second and p99 of each, and the ratio.
 *
 * @example
 * console.log(formatComparison(report));
 */
export function formatComparison(report: ComparisonReport): string {
  const header = ['workload', 'emulator req/s', 'peer req/s', 'ratio', 'emulator p99 ms', 'peer p99 ms', 'emulator CPU µs/req', 'peer CPU µs/req'];
  const rows = report.workloads.map((w) => [
    w.name,
    String(w.ours.requestsPerSecond),
    w.peer ? String(w.peer.requestsPerSecond) : 'n/a (no endpoint)',
    w.ratio === null ? '–' : `${w.ratio.toFixed(2)}×`,
    w.ours.p99Ms.toFixed(2),
    w.peer ? w.peer.p99Ms.toFixed(2) : '–',
    String(w.ours.cpuUsPerRequest),
    w.peer ? String(w.peer.cpuUsPerRequest) : '–',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [
    line(header),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map(line),
    '',
    `peer: ${report.peer}; ${report.load.seconds} s per workload and server, ${report.load.concurrency} connections, keep-alive HTTP, ${report.load.warmup} warm-up requests; ${report.machine.cpus} CPU(s), Node ${report.machine.node}`,
  ].join('\n');
}
