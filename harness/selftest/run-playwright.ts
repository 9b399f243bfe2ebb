import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import type { PlaywrightRun } from './detection.ts';
import { runReportMarker, type RunReportLine } from './run-reporter.ts';

const playwrightCli = createRequire(import.meta.url).resolve('@playwright/test/cli');

/** The self-test's one `playwright test` child process. */
export interface PlaywrightInvocation {
  /** The project root (where playwright.config.ts is). */
  cwd: string;
  /** The self-test's Playwright config (harness/selftest/playwright.config.ts). */
  config: string;
  /** The whole environment of the child (run-selftest.ts `playwrightEnv`), the run plan's variable included. */
  env: Record<string, string | undefined>;
  /** Where a clean run's failures and a fault run's unexpected passes keep their screenshots. */
  resultsDir: string;
  /** Scenarios at once (Playwright workers, each with its own browser). */
  workers: number;
  /** Playwright's `--global-timeout`; the child is stopped (SIGTERM) a minute after it, should it hang. */
  timeoutMs: number;
  /** Called as each run of the plan finishes, with its scenarios. */
  onRun(run: string, result: PlaywrightRun): void;
}

/** How the child ended: its runs that never reported, judged from this. */
export interface PlaywrightEnd {
  exitCode: number | null;
  /** The tail of what it printed on stderr. */
  output: string;
  durationMs: number;
}

/**
 * Runs `playwright test -c <config>` as a child process with the self-test's reporter
 * (run-reporter.ts), and hands each run's scenarios to `onRun` as soon as the run's last one ended.
 * Traces are off: a fault run fails on purpose.
 *
 * @example
 * const end = await runPlaywright({ cwd, config, env, resultsDir: 'reports/selftest/test-results', workers: 2, timeoutMs: 900_000, onRun: (run, result) => … });
 */
export async function runPlaywright({ cwd, config, env, resultsDir, workers, timeoutMs, onRun }: PlaywrightInvocation): Promise<PlaywrightEnd> {
  const args = [
    playwrightCli,
    'test',
    '--config',
    config,
    '--output',
    resultsDir,
    '--workers',
    String(workers),
    '--trace',
    'off',
    '--global-timeout',
    String(timeoutMs),
  ];
  const started = Date.now();
  const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => void (output = (output + chunk.toString()).slice(-4000)));
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (!line.startsWith(runReportMarker)) return;
    const { run, durationMs, report } = JSON.parse(line.slice(runReportMarker.length)) as RunReportLine;
    onRun(run, { report, exitCode: null, output: '', durationMs });
  });
  const exitCode = await new Promise<number | null>((resolve) => {
    const guard = setTimeout(() => {
      output += `\nlink-harness selftest: stopped Playwright ${Math.round(timeoutMs / 1000) + 60} s after it began`;
      child.kill('SIGTERM');
    }, timeoutMs + 60_000);
    child.once('close', (code) => {
      clearTimeout(guard);
      resolve(code);
    });
    child.once('error', (err) => {
      clearTimeout(guard);
      output += `\n${err.message}`;
      resolve(null);
    });
  });
  return { exitCode, output, durationMs: Date.now() - started };
}
