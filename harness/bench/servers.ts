import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { linkHarnessBin } from '../target/bin-path.ts';
import { freePort } from './free-port.ts';
import { parseProcStat, ticksToMs } from './process-cpu.ts';

/** A Stripe API server under measurement, in its own process. */
export interface BenchServer {
  /** `emulator` (ours) or `stripe-stateful-mock` (the peer). */
  name: BenchServerName;
  url: string;
  pid: number;
  /** Resident memory of the server process, in bytes (from /proc; NaN where there is none). */
  rssBytes(): Promise<number>;
  /** CPU time the server process has used so far, user and system, in milliseconds (NaN without /proc). */
  cpuMs(): Promise<number>;
  /** Stops the process (SIGTERM) and waits for it to exit. */
  close(): Promise<void>;
}

export type BenchServerName = 'emulator' | 'stripe-stateful-mock';

/** Options for the servers a bench run starts. */
export interface ServerOptions {
  /** `--request-log-size` for the emulator. */
  requestLogSize?: number;
  /** Write a V8 CPU profile of the emulator here when it stops (`node --cpu-prof`). */
  cpuProfDir?: string;
}

/** The peer's command-line entry point, from its installed package. */
function peerCli(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('stripe-stateful-mock/package.json')), 'dist', 'cli.js');
}

async function residentBytes(pid: number): Promise<number> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+) kB/.exec(status);
    return kb ? Number(kb[1]) * 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** The server's own CPU time (user and system), without its children's. */
async function cpuMsOf(pid: number): Promise<number> {
  try {
    const stat = parseProcStat(await readFile(`/proc/${pid}/stat`, 'utf8'));
    return stat ? ticksToMs(stat.ownTicks) : NaN;
  } catch {
    return NaN;
  }
}

/** Resolves once a GET of `url` gets any HTTP answer, polling until `timeoutMs`. */
async function untilAnswering(url: string, child: ChildProcess, timeoutMs: number, output: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`link-harness bench: ${url} exited with ${child.exitCode} before answering. Output: ${output().slice(0, 500)}`);
    try {
      await fetch(url);
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`link-harness bench: nothing answered at ${url} within ${timeoutMs} ms. Output: ${output().slice(0, 500)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/**
 * Starts the emulator (`link-harness emulator`) or the peer (`stripe-stateful-mock`) in a child
 * process on a free port, so the load generator does not share its event loop.
 *
 * @example
 * const peer = await startBenchServer('stripe-stateful-mock');
 */
export async function startBenchServer(name: BenchServerName, options: ServerOptions = {}, timeoutMs = 20_000): Promise<BenchServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child =
    name === 'emulator'
      ? spawn(
          process.execPath,
          [
            ...(options.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfDir}`] : []),
            linkHarnessBin,
            'emulator',
            '--port',
            String(port),
            ...(options.requestLogSize ? ['--request-log-size', String(options.requestLogSize)] : []),
          ],
          { stdio: ['ignore', 'pipe', 'pipe'] },
        )
      : spawn(process.execPath, [peerCli()], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PORT: String(port), LOG_LEVEL: 'warn' } });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  child.stderr!.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await untilAnswering(`${url}/v1/customers`, child, timeoutMs, () => output);
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
  return {
    name,
    url,
    pid: child.pid!,
    rssBytes: () => residentBytes(child.pid!),
    cpuMs: () => cpuMsOf(child.pid!),
    close: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
