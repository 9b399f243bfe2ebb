import { BenchClient } from './bench-client.ts';
import { drive } from './drive.ts';
import { startBenchServer, type ServerOptions } from './servers.ts';
import { customerCreate, customerRetrieve } from './workloads.ts';

/** Resident memory of the emulator after so many requests. */
export interface MemorySample {
  requests: number;
  rssMb: number;
}

/** How the emulator's memory behaved under a long run and a reset. */
export interface MemoryReport {
  /** Customer retrieves, each logged: the request log fills to its size and stays there. */
  retrieves: MemorySample[];
  /** Customer creates, which the emulator keeps as state, then `POST /_harness/reset`. */
  creates: MemorySample[];
  afterResetMb: number;
}

export interface MemoryOptions extends ServerOptions {
  /** Customer retrieves to send (200,000 in `npm run bench -- --memory-requests 200000`). */
  requests: number;
  /** Customer creates before the reset; default a quarter of `requests`. */
  creates?: number;
  concurrency: number;
  /** Samples per phase; default 10. */
  samples?: number;
}

const mb = (bytes: number) => Number((bytes / 1024 / 1024).toFixed(1));

/**
 * Runs a fresh emulator process through many logged requests, sampling its resident memory,
 * then through many creates and a `POST /_harness/reset`, to show the memory is bounded and
 * that a reset gives back what it forgets.
 *
 * @example
 * const report = await runMemoryBench({ requests: 200_000, concurrency: 16 }, console.error);
 */
export async function runMemoryBench(options: MemoryOptions, progress: (line: string) => void = () => {}): Promise<MemoryReport> {
  const { requests, creates = Math.ceil(requests / 4), concurrency, samples = 10 } = options;
  const server = await startBenchServer('emulator', options);
  const client = new BenchClient(server.url, 'sk_test_benchmemory', concurrency);
  const phase = async (total: number, plan: Awaited<ReturnType<typeof customerRetrieve.prepare>>, label: string) => {
    const out: MemorySample[] = [{ requests: 0, rssMb: mb(await server.rssBytes()) }];
    const step = Math.max(1, Math.ceil(total / samples));
    for (let done = 0; done < total;) {
      const count = Math.min(step, total - done);
      await drive(client, { count, concurrency, maxMs: 600_000 }, plan);
      done += count;
      const sample = { requests: done, rssMb: mb(await server.rssBytes()) };
      out.push(sample);
      progress(`${label}: ${sample.requests} requests, RSS ${sample.rssMb} MB`);
    }
    return out;
  };
  try {
    const retrieves = await phase(requests, await customerRetrieve.prepare(client), 'customer retrieve');
    const createSamples = await phase(creates, await customerCreate.prepare(client), 'customer create');
    const reset = await fetch(`${server.url}/_harness/reset`, { method: 'POST' });
    if (!reset.ok) throw new Error(`link-harness bench: POST /_harness/reset answered ${reset.status}.`);
    // Give the collector a moment of idleness, as a suite between runs would.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const afterResetMb = mb(await server.rssBytes());
    progress(`after POST /_harness/reset: RSS ${afterResetMb} MB`);
    return { retrieves, creates: createSamples, afterResetMb };
  } finally {
    client.close();
    await server.close();
  }
}

/** The memory run as text: RSS per sample, then after the reset. */
export function formatMemory(report: MemoryReport): string {
  const row = (s: MemorySample) => `  ${String(s.requests).padStart(8)}  ${s.rssMb.toFixed(1).padStart(7)} MB`;
  return [
    'resident memory, customer retrieves (each one logged):',
    ...report.retrieves.map(row),
    'then customer creates (kept as state):',
    ...report.creates.map(row),
    `after POST /_harness/reset: ${report.afterResetMb.toFixed(1)} MB`,
  ].join('\n');
}
