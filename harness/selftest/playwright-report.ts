import type { ScenarioOutcome } from './glossary.ts';

/** The parts of Playwright's JSON report (`--reporter=json`) the self-test reads. */
export interface PlaywrightJsonReport {
  suites?: JsonSuite[];
  /** Errors outside any test: config, webServer, a spec that does not load. */
  errors?: { message?: string }[];
}

interface JsonSuite {
  title?: string;
  specs?: JsonSpec[];
  suites?: JsonSuite[];
}

interface JsonSpec {
  title: string;
  tags?: string[];
  tests?: JsonTest[];
}

interface JsonTest {
  projectName?: string;
  status?: ScenarioOutcome['status'];
  annotations?: { type: string; description?: string }[];
  results?: {
    status?: string;
    duration?: number;
    errors?: { message?: string }[];
    error?: { message?: string };
    annotations?: { type: string; description?: string }[];
  }[];
}

/** Removes terminal colour codes from Playwright's messages. */
export const stripAnsi = (text: string): string => text.replace(/\u001b\[[0-9;]*m/g, '');

/**
 * An error message without the source snippet and stack Playwright appends: the snippet quotes
 * the scenario's code, and the code names requirements whether or not the message does.
 */
export function errorMessage(message: string): string {
  return stripAnsi(message)
    .split('\n')
    .filter((line) => !/^\s*>?\s*\d+\s*\|/.test(line) && !/^\s*\|/.test(line) && !/^\s+at\s/.test(line))
    .join('\n')
    .trim();
}

function* specsOf(suite: JsonSuite): Generator<JsonSpec> {
  yield* suite.specs ?? [];
  for (const child of suite.suites ?? []) yield* specsOf(child);
}

/**
 * Every test of a Playwright JSON report, one entry per test and project, with the error messages
 * of its last attempt and its `not-applicable` reason, if any.
 *
 * @example
 * scenarioOutcomes(JSON.parse(readFileSync('report.json', 'utf8'))).filter((s) => s.status === 'unexpected')
 */
export function scenarioOutcomes(report: PlaywrightJsonReport): ScenarioOutcome[] {
  const outcomes: ScenarioOutcome[] = [];
  for (const suite of report.suites ?? [])
    for (const spec of specsOf(suite))
      for (const test of spec.tests ?? []) {
        const last = test.results?.at(-1);
        const messages = [...(last?.errors ?? []).map((e) => e.message), last?.error?.message].filter((m): m is string => typeof m === 'string');
        const annotations = [...(test.annotations ?? []), ...(last?.annotations ?? [])];
        outcomes.push({
          title: spec.title,
          project: test.projectName ?? '',
          tags: (spec.tags ?? []).map((t) => t.replace(/^@/, '')),
          status: test.status ?? 'skipped',
          errors: [...new Set(messages.map(errorMessage))],
          notApplicable: annotations.find((a) => a.type === 'not-applicable')?.description,
        });
      }
  return outcomes;
}

/** The report's errors outside any test, one line each. */
export const reportErrors = (report: PlaywrightJsonReport): string[] => (report.errors ?? []).map((e) => stripAnsi(e.message ?? 'error').split('\n')[0]!);
