import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Expectation, ReportError } from './glossary.ts';

/** The file a target declares its expected failures in, next to the playwright config. */
export const defaultExpectationsFile = 'conformance-expectations.json';

/** Where to read expectations from, and whether someone asked for that file in particular. */
export interface ExpectationsSource {
  path: string;
  /** Named by `LINK_HARNESS_EXPECTATIONS`: a missing file is then an error (a config's default or option may be absent). */
  explicit: boolean;
}

/**
 * Picks the expectations file: `LINK_HARNESS_EXPECTATIONS` (relative to the working directory),
 * else the reporter's `expectationsFile` option, else `conformance-expectations.json`, both
 * relative to the config file's folder.
 *
 * @example
 * expectationsSource({ env: process.env, cwd: process.cwd(), configDir: '/repo' })
 * // { path: '/repo/conformance-expectations.json', explicit: false }
 */
export function expectationsSource({
  env,
  cwd,
  configDir,
  option,
}: {
  env: Record<string, string | undefined>;
  cwd: string;
  configDir: string;
  option?: string;
}): ExpectationsSource {
  const fromEnv = env.LINK_HARNESS_EXPECTATIONS?.trim();
  if (fromEnv) return { path: resolve(cwd, fromEnv), explicit: true };
  if (option) return { path: resolve(configDir, option), explicit: false };
  return { path: resolve(configDir, defaultExpectationsFile), explicit: false };
}

/** Expectations read from a file, with what was wrong in it. */
export interface LoadedExpectations {
  /** The file read, or null when there was none to read. */
  file: string | null;
  expectations: Expectation[];
  errors: ReportError[];
}

const problem = (file: string, what: string): ReportError => ({
  source: 'expectations',
  message: `link-harness: ${file}: ${what}. Each entry of "expectedFailures" needs "requirement" (a catalogue ID), "reason" and "link"; see harness/reporter/SCHEMA.md.`,
});

const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * Reads the expected deviations of a target, the way web-platform-tests keeps them out of band:
 * `{"expectedFailures": [{"requirement": "OTP-04", "reason": "…", "link": "https://…"}]}`.
 * Never throws: a missing, unreadable or malformed file yields errors for the report (and its
 * valid entries), so a broken file can only make the run stricter, never hide a failure.
 *
 * @example
 * const { expectations, errors } = loadExpectations(expectationsSource({ env: process.env, cwd, configDir }), catalogueIds);
 */
export function loadExpectations(source: ExpectationsSource, catalogueIds: readonly string[]): LoadedExpectations {
  if (!existsSync(source.path)) {
    return source.explicit
      ? { file: null, expectations: [], errors: [problem(source.path, 'no such file (named by LINK_HARNESS_EXPECTATIONS)')] }
      : { file: null, expectations: [], errors: [] };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(source.path, 'utf8'));
  } catch (err) {
    return { file: source.path, expectations: [], errors: [problem(source.path, `not valid JSON (${err instanceof Error ? err.message : String(err)})`)] };
  }
  const entries = (parsed as { expectedFailures?: unknown } | null)?.expectedFailures;
  if (!Array.isArray(entries)) return { file: source.path, expectations: [], errors: [problem(source.path, 'no "expectedFailures" array at the top level')] };

  const expectations: Expectation[] = [];
  const errors: ReportError[] = [];
  entries.forEach((entry: unknown, index) => {
    const { requirement, reason, link } = (entry ?? {}) as Record<string, unknown>;
    const where = `expectedFailures[${index}]`;
    if (!nonEmpty(requirement) || !catalogueIds.includes(requirement))
      errors.push(problem(source.path, `${where}: "requirement" ${JSON.stringify(requirement)} is not in the catalogue`));
    else if (!nonEmpty(reason) || !nonEmpty(link)) errors.push(problem(source.path, `${where} (${requirement}): "reason" and "link" must both be non-empty`));
    else if (expectations.some((e) => e.requirement === requirement))
      errors.push(problem(source.path, `${where}: ${requirement} is listed twice; the first entry is used`));
    else expectations.push({ requirement, reason: reason.trim(), link: link.trim() });
  });
  return { file: source.path, expectations, errors };
}
