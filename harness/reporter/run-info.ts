import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FullConfig, FullResult } from '@playwright/test/reporter';
import type { ConformanceRunMetadata, RunInfo } from './glossary.ts';
import { browserVersion, harnessVersion } from './run-metadata.ts';
import { selectionFromArgv } from './selection.ts';

/** How this reporter process was started: a test run, or `playwright merge-reports`. */
export type ReporterMode = 'test' | 'merge';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The config's `metadata.linkHarness`, when it is there and well-formed. */
function recorded(config: FullConfig): ConformanceRunMetadata | null {
  const value = config.metadata.linkHarness as unknown;
  if (!isRecord(value) || !isRecord(value.target) || !isRecord(value.stripe) || !isRecord(value.browser) || !isRecord(value.selection)) return null;
  return value as unknown as ConformanceRunMetadata;
}

/** What the reporter can work out alone when the config recorded nothing (another config, or old blobs). */
function guessed(config: FullConfig, mode: ReporterMode, env: Record<string, string | undefined>): ConformanceRunMetadata {
  const use = (config.projects[0]?.use ?? {}) as { baseURL?: string; launchOptions?: { executablePath?: string } };
  const url = env.CHECKOUT_URL ?? use.baseURL ?? null;
  return {
    target: { url, kind: env.CHECKOUT_URL ? 'checkout-url' : 'unknown' },
    stripe: { backend: env.STRIPE_SECRET_KEY ? 'stripe-test-mode' : 'emulator', apiVersion: null },
    browser: mode === 'test' ? browserVersion(use.launchOptions?.executablePath) : { name: null, version: null },
    harnessVersion: harnessVersion(),
    selection:
      mode === 'merge'
        ? { mode: 'selected', because: ['merged blobs carry no record of the command line (no metadata.linkHarness in the config)'] }
        : selectionFromArgv(process.argv, env),
  };
}

/**
 * How many blob reports a merge read: the zips in the folder `playwright merge-reports [options] <dir>`
 * was given. When that cannot be read, the most copies of one project name (each shard with tests
 * brings its own copy of the projects it ran).
 */
export function mergedShards(config: FullConfig, argv: readonly string[], cwd: string): number {
  const at = argv.indexOf('merge-reports');
  const args = at < 0 ? [] : argv.slice(at + 1);
  const dir = args.find((arg, i) => !arg.startsWith('-') && !['-c', '--config', '--reporter'].includes(args[i - 1] ?? ''));
  try {
    if (dir) return readdirSync(resolve(cwd, dir)).filter((file) => file.endsWith('.zip')).length;
  } catch {
    // Fall back on the projects below.
  }
  const copies = new Map<string, number>();
  for (const project of config.projects) copies.set(project.name, (copies.get(project.name) ?? 0) + 1);
  return Math.max(1, ...copies.values());
}

/**
 * The report's run information: what the config recorded (see `describeConformanceRun`), the
 * run's times and status, and which shard this is.
 *
 * @example
 * runInfo({ config, result, mode: 'test', expectationsFile: null, env: process.env })
 */
export function runInfo({
  config,
  result,
  mode,
  expectationsFile,
  env,
}: {
  config: FullConfig;
  result: FullResult;
  mode: ReporterMode;
  expectationsFile: string | null;
  env: Record<string, string | undefined>;
}): RunInfo {
  const metadata = recorded(config) ?? guessed(config, mode, env);
  const start = result.startTime.getTime();
  const duration = Math.max(0, Math.round(result.duration));
  const shard =
    mode === 'merge'
      ? { merged: mergedShards(config, process.argv, process.cwd()) }
      : config.shard
        ? { current: config.shard.current, total: config.shard.total }
        : null;
  const selection =
    shard && 'current' in shard && metadata.selection.mode === 'full'
      ? { mode: 'selected' as const, because: [...metadata.selection.because, `shard ${shard.current}/${shard.total}: the merged report checks the rest`] }
      : metadata.selection;
  return {
    ...metadata,
    selection,
    playwrightVersion: config.version || null,
    startTime: new Date(start).toISOString(),
    endTime: new Date(start + duration).toISOString(),
    durationMs: duration,
    playwrightStatus: result.status,
    partial: result.status === 'interrupted' || result.status === 'timedout',
    shard,
    expectationsFile,
  };
}
