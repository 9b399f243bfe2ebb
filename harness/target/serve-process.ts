// `link-harness serve` in a child process, as a user runs it, for the harness's own needs of a
// second reference checkout: COOKIE-02's https checkout and the page-load bench.
import { spawn } from 'node:child_process';
import { linkHarnessBin } from './bin-path.ts';

/** A running `link-harness serve` child. */
export interface ServeProcess {
  /** e.g. `http://localhost:43121`, or `https://…` (self-signed: browsers need `ignoreHTTPSErrors`). */
  checkoutUrl: string;
  /** The emulator it talks to, started by it or already running on its `--emulator-port`. */
  emulatorUrl: string;
  close(): Promise<void>;
}

/** The checkout's and the emulator's URLs in `link-harness serve`'s banner, once both lines are there. */
export function servedUrls(output: string): { checkoutUrl: string; emulatorUrl: string } | null {
  const checkoutUrl = /^\s*Checkout\s+(\S+)/m.exec(output)?.[1];
  const emulatorUrl = /^\s*Emulator\s+(\S+)/m.exec(output)?.[1];
  return checkoutUrl && emulatorUrl ? { checkoutUrl, emulatorUrl } : null;
}

/**
 * Starts `link-harness serve` with these arguments and resolves once its banner says where the
 * checkout and the emulator are; rejects with what it printed if it exits first or stays silent
 * for `timeoutMs`. It inherits this process's environment (LINK_HARNESS_FAULTS, say).
 *
 * @example
 * const served = await startServeProcess(['--https', '--port', '0', '--emulator-port', '12111']);
 * try { … } finally { await served.close(); }
 */
export function startServeProcess(args: readonly string[], timeoutMs = 60_000): Promise<ServeProcess> {
  const child = spawn(process.execPath, [linkHarnessBin, 'serve', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer);
      void close().then(() => reject(new Error(`link-harness: \`link-harness serve ${args.join(' ')}\` ${why}. It printed:\n${output}`)));
    };
    // A guard against a process that never gets ready, not a wait: readiness is its printed URLs.
    const timer = setTimeout(() => fail(`printed no checkout and emulator URLs within ${timeoutMs} ms`), timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const urls = servedUrls(output);
      if (!urls) return;
      clearTimeout(timer);
      resolve({ ...urls, close });
    });
    child.stderr.on('data', (chunk: Buffer) => void (output += chunk.toString()));
    child.once('exit', (code, signal) => fail(`exited (${signal ?? `code ${code}`}) before it was ready`));
  });
}
