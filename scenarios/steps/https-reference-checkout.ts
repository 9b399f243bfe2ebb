// A second instance of the embedded reference checkout, served over https, for the one check that
// needs https (COOKIE-02: Secure). It is `npx link-harness serve --https` as a user runs it, on a
// free port, on the same emulator (so the same Stripe account and inspector), and it inherits this
// run's environment: LINK_HARNESS_FAULTS switches on the same faults as the checkout under test.
import { spawn } from 'node:child_process';
import { linkHarnessBin } from '../../harness/cli/bin-path.ts';

/** A running https reference checkout. */
export interface HttpsReferenceCheckout {
  /** e.g. `https://localhost:43121` (self-signed: browsers need `ignoreHTTPSErrors`). */
  url: string;
  close(): Promise<void>;
}

/**
 * Starts `link-harness serve --https --port 0` on the emulator at `emulatorUrl` and resolves once
 * it prints its URL; rejects with what it printed if it exits or stays silent for `timeoutMs`.
 *
 * @example
 * const https = await startHttpsReferenceCheckout('http://127.0.0.1:12111');
 * try { … } finally { await https.close(); }
 */
export function startHttpsReferenceCheckout(emulatorUrl: string, timeoutMs = 60_000): Promise<HttpsReferenceCheckout> {
  const emulatorPort = new URL(emulatorUrl).port || '80';
  const child = spawn(process.execPath, [linkHarnessBin, 'serve', '--https', '--port', '0', '--emulator-port', emulatorPort], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer);
      void close().then(() => reject(new Error(`link-harness: \`link-harness serve --https\` ${why}. It printed:\n${output}`)));
    };
    // A guard against a process that never gets ready, not a wait: readiness is its printed URL.
    const timer = setTimeout(() => fail(`printed no checkout URL within ${timeoutMs} ms`), timeoutMs);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /Checkout\s+(https:\/\/\S+)/.exec(output)?.[1];
      if (!url) return;
      clearTimeout(timer);
      resolve({ url, close });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', (chunk: Buffer) => void (output += chunk.toString()));
    child.once('exit', (code, signal) => fail(`exited (${signal ?? `code ${code}`}) before it was ready`));
  });
}
