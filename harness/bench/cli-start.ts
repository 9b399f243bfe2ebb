import { spawn } from 'node:child_process';
import { linkHarnessBin } from '../target/bin-path.ts';

/** How long `link-harness emulator` takes from a cold process to printing its banner. */
export interface CliStart {
  /** Spawn to banner, as a user waits for it. */
  observedMs: number;
  /** What the emulator itself reported (process start to listening). */
  reportedMs: number;
}

/**
 * Starts `link-harness emulator --port 0` in a new process, times it until it prints that it is
 * ready, then stops it with SIGTERM.
 *
 * @example
 * const { observedMs } = await measureCliStart(); // under 1000 is the contract
 */
export function measureCliStart(timeoutMs = 15_000): Promise<CliStart> {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [linkHarnessBin, 'emulator', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  return new Promise<CliStart>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`link-harness bench: the emulator CLI printed no banner within ${timeoutMs} ms. stderr: ${stderr.slice(0, 500)}`));
    }, timeoutMs);
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const ready = /ready in (\d+) ms/.exec(stdout);
      if (!ready) return;
      const observedMs = Number((Number(process.hrtime.bigint() - started) / 1e6).toFixed(1));
      clearTimeout(timer);
      child.once('exit', () => resolve({ observedMs, reportedMs: Number(ready[1]) }));
      child.kill('SIGTERM');
    });
    child.once('exit', (code) => {
      if (/ready in/.test(stdout)) return;
      clearTimeout(timer);
      reject(new Error(`link-harness bench: the emulator CLI exited with ${code} before it was ready. stderr: ${stderr.slice(0, 500)}`));
    });
  });
}
