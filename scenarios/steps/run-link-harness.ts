// `npx link-harness …` as a user runs it, in a child process: node on bin/link-harness.js, which is
// what npx runs (without npm's own start-up on top).
import { spawn } from 'node:child_process';
import { linkHarnessBin } from '../../harness/target/bin-path.ts';

/** How a `link-harness` run ended. */
export interface CliRun {
  /** The exit code, or null when it was stopped (it got ready, or ran out of time). */
  code: number | null;
  /** True when it printed `readyPattern` and was stopped then. */
  becameReady: boolean;
  stdout: string;
  stderr: string;
}

/**
 * Runs `link-harness <args>` with extra environment variables until it exits, or until its
 * standard output matches `readyPattern` (a server that started) or `timeoutMs` passes; a process
 * still running then is stopped with SIGTERM.
 *
 * @example
 * const run = await runLinkHarness(['serve', '--port', '0'], { STRIPE_SECRET_KEY: 'sk_live_…' }, { readyPattern: /ready/ });
 * run.code // 1
 */
export function runLinkHarness(
  args: string[],
  env: Record<string, string>,
  { readyPattern, timeoutMs = 60_000 }: { readyPattern: RegExp; timeoutMs?: number },
): Promise<CliRun> {
  const child = spawn(process.execPath, [linkHarnessBin, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const run: CliRun = { code: null, becameReady: false, stdout: '', stderr: '' };
  return new Promise((resolve) => {
    // A guard against a process that neither exits nor gets ready, not a wait: the run ends on its own events.
    const guard = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      run.stdout += chunk.toString();
      if (!run.becameReady && readyPattern.test(run.stdout)) {
        run.becameReady = true;
        child.kill('SIGTERM');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => void (run.stderr += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(guard);
      resolve({ ...run, code: run.becameReady ? null : code });
    });
  });
}
