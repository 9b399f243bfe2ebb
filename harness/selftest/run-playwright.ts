import { spawn } from 'node:child_process';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { PlaywrightRun } from './detection.ts';
import type { PlaywrightJsonReport } from './playwright-report.ts';

const playwrightCli = createRequire(import.meta.url).resolve('@playwright/test/cli');

/** One `playwright test` child process. */
export interface PlaywrightInvocation {
  /** The project root (where playwright.config.ts is). */
  cwd: string;
  grep: string;
  /** The whole environment of the child. */
  env: Record<string, string | undefined>;
  /** Where the run keeps its JSON report and failure artefacts (emptied first). */
  outputDir: string;
  workers: number;
  /** A guard: the child is stopped (SIGTERM) after this long. */
  timeoutMs: number;
}

/**
 * Runs `playwright test --grep <grep> --reporter=json` as a child process and reads its JSON
 * report (`<outputDir>/report.json`). Traces are off: a fault run fails on purpose.
 *
 * @example
 * const run = await runPlaywright({ cwd, grep: '@COOKIE-01', env, outputDir: 'reports/selftest/no-cookie', workers: 1, timeoutMs: 300_000 });
 */
export async function runPlaywright({ cwd, grep, env, outputDir, workers, timeoutMs }: PlaywrightInvocation): Promise<PlaywrightRun> {
  await rm(outputDir, { recursive: true, force: true });
  await mkdir(outputDir, { recursive: true });
  const reportFile = join(outputDir, 'report.json');
  const args = [
    playwrightCli,
    'test',
    '--grep',
    grep,
    '--reporter=json',
    '--output',
    join(outputDir, 'test-results'),
    '--workers',
    String(workers),
    '--trace',
    'off',
  ];
  const started = Date.now();
  // The JSON reporter replaces the conformance reporter on purpose: the config need not warn of it.
  const childEnv = { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: reportFile, LINK_HARNESS_REPORTER_WARNED: '1' };
  const child = spawn(process.execPath, args, { cwd, env: childEnv, stdio: ['ignore', 'ignore', 'pipe'] });
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => void (output = (output + chunk.toString()).slice(-4000)));
  const exitCode = await new Promise<number | null>((resolve) => {
    const guard = setTimeout(() => {
      output += `\nlink-harness selftest: stopped after ${Math.round(timeoutMs / 1000)} s`;
      child.kill('SIGTERM');
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(guard);
      resolve(code);
    });
    child.once('error', (err) => {
      clearTimeout(guard);
      output += `\n${err.message}`;
      resolve(null);
    });
  });
  const report = await readFile(reportFile, 'utf8')
    .then((text) => JSON.parse(text) as PlaywrightJsonReport)
    .catch(() => undefined);
  return { report, exitCode, output, durationMs: Date.now() - started };
}
