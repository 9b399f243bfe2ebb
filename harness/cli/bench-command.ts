import { resolve } from 'node:path';
import { formatBenchTable, runBenchmark, writeBenchReport } from '../bench/index.ts';
import { exitCode, type Command } from './command.ts';
import { parseCount } from './numbers.ts';

/** `link-harness bench`: throughput and latency of the emulator (also `npm run bench`). */
export const benchCommand: Command = {
  name: 'bench',
  summary: "Measure the emulator's requests per second and latency (writes reports/bench.json)",
  description: [
    'Starts an emulator in this process on a free port, times its start and a cold',
    '`link-harness emulator`, then drives it over keep-alive HTTP and prints requests per second',
    'and p50/p99 latency for customer create, SetupIntent create+confirm (pm_card_visa) and',
    'SetupIntent retrieve. Any answer outside 2xx stops the run with exit code 1.',
  ].join('\n'),
  options: [
    { name: 'count', kind: 'value', placeholder: 'n', defaultValue: '2000', description: 'Requests measured per workload' },
    { name: 'concurrency', kind: 'value', placeholder: 'n', defaultValue: '16', description: 'Requests in flight at once' },
    { name: 'max-seconds', kind: 'value', placeholder: 's', defaultValue: '30', description: 'Time bound per workload' },
    { name: 'out', kind: 'value', placeholder: 'file', defaultValue: 'reports/bench.json', description: 'Where to write the JSON report' },
  ],
  examples: ['npm run bench', 'npx link-harness bench --count 500 --concurrency 8', 'npx link-harness bench --out /tmp/bench.json'],
  async run(options, io) {
    const value = (name: string, fallback: string) => (typeof options[name] === 'string' ? (options[name] as string) : fallback);
    const count = parseCount('bench', 'count', value('count', '2000'), 1_000_000);
    const concurrency = parseCount('bench', 'concurrency', value('concurrency', '16'), 256);
    const maxSeconds = parseCount('bench', 'max-seconds', value('max-seconds', '30'), 3600);
    const out = resolve(value('out', 'reports/bench.json'));
    try {
      const report = await runBenchmark({ count, concurrency, maxMs: maxSeconds * 1000 }, (line) => io.err(`link-harness bench: ${line}`));
      io.out(formatBenchTable(report));
      await writeBenchReport(out, report);
      io.err(`link-harness bench: wrote ${out}`);
      return exitCode.ok;
    } catch (err) {
      io.err(err instanceof Error ? err.message : String(err));
      return exitCode.failed;
    }
  },
};
