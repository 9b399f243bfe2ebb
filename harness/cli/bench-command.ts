import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { formatComparison, formatMemory, runComparison, runMemoryBench } from '../bench/index.ts';
import { findChromium } from '../target/chromium.ts';
import { exitCode, type Command } from './command.ts';
import { parseCount } from './numbers.ts';

/** `link-harness bench`: the emulator's throughput and latency beside stripe-stateful-mock's (also `npm run bench`). */
export const benchCommand: Command = {
  name: 'bench',
  summary: "Measure the emulator's requests per second and p99 beside stripe-stateful-mock's (writes reports/bench.json)",
  description: [
    'Starts the emulator and stripe-stateful-mock, each in its own process on a free port, and',
    'drives customer create, customer retrieve and SetupIntent create+confirm (pm_card_visa; the',
    'peer has no SetupIntents, so that one is the emulator alone) against each with the same',
    'keep-alive client and load, then prints requests per second, p99 and the ratio.',
    'With --memory-requests n it also sends n logged requests to a fresh emulator, printing its',
    'resident memory as it goes, then creates and a POST /_harness/reset, and the memory after.',
    "With --page-loads n it also measures what a scenario's page loads cost in a harness browser",
    '(the Chromium the suite runs in): n loads each of a new context and page, the reference',
    "checkout's save page with both of Stripe's elements, with the Payment Element alone, and a",
    "new shopper's whole save with Link (SETUP-02's steps); wall time and the CPU of every process",
    'involved, per load (an idle machine gives steady figures).',
    'Any answer outside 2xx stops the run with exit code 1.',
  ].join('\n'),
  options: [
    { name: 'seconds', kind: 'value', placeholder: 's', defaultValue: '5', description: 'Seconds of load per workload and server' },
    { name: 'concurrency', kind: 'value', placeholder: 'n', defaultValue: '16', description: 'Requests in flight at once (connections)' },
    { name: 'warmup', kind: 'value', placeholder: 'n', defaultValue: '500', description: 'Requests sent before measuring each workload' },
    { name: 'memory-requests', kind: 'value', placeholder: 'n', description: 'Also run the memory workload with this many requests (e.g. 200000)' },
    { name: 'page-loads', kind: 'value', placeholder: 'n', description: 'Also measure page loads in a harness browser, n of each kind (e.g. 10)' },
    { name: 'request-log-size', kind: 'value', placeholder: 'n', description: "The emulator's --request-log-size (default its own, 50000)" },
    { name: 'cpu-prof-dir', kind: 'value', placeholder: 'dir', description: 'Write a V8 CPU profile of the emulator here (node --cpu-prof)' },
    { name: 'out', kind: 'value', placeholder: 'file', defaultValue: 'reports/bench.json', description: 'Where to write the JSON report' },
  ],
  examples: [
    'npm run bench',
    'npx link-harness bench --seconds 10',
    'npm run bench -- --memory-requests 200000',
    'npx link-harness bench --cpu-prof-dir /tmp/prof',
    'npm run bench -- --page-loads 10',
  ],
  async run(options, io) {
    const value = (name: string) => (typeof options[name] === 'string' ? (options[name] as string) : undefined);
    const seconds = parseCount('bench', 'seconds', value('seconds') ?? '5', 3600);
    const concurrency = parseCount('bench', 'concurrency', value('concurrency') ?? '16', 256);
    const warmupText = value('warmup') ?? '500';
    const warmup = warmupText === '0' ? 0 : parseCount('bench', 'warmup', warmupText, 1_000_000);
    const memoryRequests = value('memory-requests') === undefined ? undefined : parseCount('bench', 'memory-requests', value('memory-requests')!, 100_000_000);
    const pageLoads = value('page-loads') === undefined ? undefined : parseCount('bench', 'page-loads', value('page-loads')!, 1000);
    const requestLogSize =
      value('request-log-size') === undefined ? undefined : parseCount('bench', 'request-log-size', value('request-log-size')!, 10_000_000);
    const cpuProfDir = value('cpu-prof-dir') === undefined ? undefined : resolve(value('cpu-prof-dir')!);
    const out = resolve(value('out') ?? 'reports/bench.json');
    const progress = (line: string) => io.err(`link-harness bench: ${line}`);
    const servers = { ...(requestLogSize ? { requestLogSize } : {}), ...(cpuProfDir ? { cpuProfDir } : {}) };
    try {
      // A missing browser stops the run before the minutes of the other workloads, not after.
      if (pageLoads !== undefined) findChromium();
      const comparison = await runComparison({ seconds, concurrency, warmup, ...servers }, progress);
      io.out(formatComparison(comparison));
      const memory = memoryRequests === undefined ? null : await runMemoryBench({ requests: memoryRequests, concurrency, ...servers }, progress);
      if (memory) io.out(`\n${formatMemory(memory)}`);
      // Loaded only when asked for: it brings Playwright and a browser.
      const pageLoadBench = pageLoads === undefined ? null : await import('../bench/page-loads.ts');
      const pageLoadReport = pageLoadBench ? await pageLoadBench.runPageLoadBench({ loads: pageLoads! }, progress) : null;
      if (pageLoadBench && pageLoadReport) io.out(`\n${pageLoadBench.formatPageLoads(pageLoadReport)}`);
      await mkdir(dirname(out), { recursive: true });
      await writeFile(out, `${JSON.stringify({ ...comparison, memory, pageLoads: pageLoadReport }, null, 2)}\n`);
      io.err(`link-harness bench: wrote ${out}`);
      return exitCode.ok;
    } catch (err) {
      io.err(err instanceof Error ? err.message : String(err));
      return exitCode.failed;
    }
  },
};
