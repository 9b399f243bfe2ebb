import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { BenchReport } from './run-bench.ts';

/**
 * The benchmark as a plain-text table, with the emulator's start times under it.
 *
 * @example
 * console.log(formatBenchTable(report));
 */
export function formatBenchTable(report: BenchReport): string {
  const header = ['workload', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'max ms'];
  const rows = report.workloads.map((w) => [
    `${w.name}${w.stoppedEarly ? ' (time bound hit)' : ''}`,
    String(w.requests),
    String(w.requestsPerSecond),
    w.p50Ms.toFixed(2),
    w.p99Ms.toFixed(2),
    w.maxMs.toFixed(2),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const { cli, inProcessMs } = report.ready;
  return [
    line(header),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map(line),
    '',
    `concurrency ${report.load.concurrency}, keep-alive HTTP, ${report.load.warmup} warm-up requests per workload; ${report.machine.cpus} CPU(s), Node ${report.machine.node}`,
    `emulator ready: ${inProcessMs.toFixed(1)} ms in process` +
      (cli ? `; \`link-harness emulator\` cold start ${cli.observedMs.toFixed(0)} ms to banner (it reports ${cli.reportedMs} ms from process start)` : ''),
  ].join('\n');
}

/** Writes the report as JSON, creating its folder. */
export async function writeBenchReport(path: string, report: BenchReport): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(report, null, 2)}\n`);
}
