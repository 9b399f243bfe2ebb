import { describe, expect, it } from 'vitest';
import { BenchRequestError } from './bench-client.ts';
import { runBenchmark } from './run-bench.ts';
import { formatBenchTable } from './report.ts';
import { customerCreate, type Workload } from './workloads.ts';

const small = { count: 40, concurrency: 4, maxMs: 20_000, warmup: 5, measureCli: false };

describe('runBenchmark', () => {
  it('measures every default workload against a fresh emulator, SetupIntents included', async () => {
    const report = await runBenchmark(small);
    expect(report.workloads.map((w) => w.name)).toEqual(['customer create', 'SetupIntent create+confirm (pm_card_visa)', 'SetupIntent retrieve']);
    for (const w of report.workloads) {
      expect(w.requests).toBe(40);
      expect(w.requestsPerSecond).toBeGreaterThan(0);
      expect(w.p99Ms).toBeGreaterThanOrEqual(w.p50Ms);
      expect(w.stoppedEarly).toBe(false);
    }
    expect(report.ready.inProcessMs).toBeGreaterThan(0);
    expect(formatBenchTable(report)).toMatch(/SetupIntent retrieve\s+40\s+\d+/);
  });

  it('fails loudly when an endpoint answers outside 2xx instead of timing errors', async () => {
    const missing: Workload = {
      name: 'unknown endpoint',
      prepare: async () => ({ next: () => ({ method: 'POST', path: '/v1/no_such_things' }), check: () => {} }),
    };
    const run = runBenchmark({ ...small, workloads: [missing] });
    await expect(run).rejects.toThrow(BenchRequestError);
    await expect(run).rejects.toThrow(/POST \/v1\/no_such_things answered 404/);
  });

  it('fails when a 2xx answer is not what the workload should produce', async () => {
    const wrong: Workload = {
      name: 'customer create checked as a SetupIntent',
      prepare: async (client) => ({
        ...(await customerCreate.prepare(client)),
        check: (body) => {
          if (body.object !== 'setup_intent') throw new Error(`got ${String(body.object)}`);
        },
      }),
    };
    await expect(runBenchmark({ ...small, workloads: [wrong] })).rejects.toThrow(/got customer/);
  });

  it('stops at the time bound and says so', async () => {
    const report = await runBenchmark({ ...small, count: 1_000_000, maxMs: 200, warmup: 0, workloads: [customerCreate] });
    const [result] = report.workloads;
    expect(result!.stoppedEarly).toBe(true);
    expect(result!.requests).toBeGreaterThan(0);
    expect(result!.requests).toBeLessThan(1_000_000);
  });

  it('times a cold `link-harness emulator` process to its banner', async () => {
    const report = await runBenchmark({ ...small, count: 1, warmup: 0, measureCli: true, workloads: [customerCreate] });
    expect(report.ready.cli!.observedMs).toBeGreaterThan(0);
    expect(report.ready.cli!.reportedMs).toBeGreaterThan(0);
  });
});
