// Canned Playwright JSON reports for the self-test's unit tests, in the shape `--reporter=json`
// writes (Playwright 1.65), trimmed to the fields the self-test reads.
import type { PlaywrightRun } from './detection.ts';
import type { PlaywrightJsonReport } from './playwright-report.ts';

/** One canned test: its spec title and tags, project, verdict and error messages. */
export interface CannedTest {
  title: string;
  tags: string[];
  project?: string;
  status: 'expected' | 'unexpected' | 'flaky' | 'skipped';
  errors?: string[];
  annotations?: { type: string; description?: string }[];
}

/** A report holding the tests, the first nested in a describe block as real reports nest them. */
export function cannedReport(tests: CannedTest[], errors: string[] = []): PlaywrightJsonReport {
  const spec = (t: CannedTest) => ({
    title: t.title,
    tags: t.tags,
    tests: [
      {
        projectName: t.project ?? 'chromium',
        status: t.status,
        annotations: t.annotations ?? [],
        results: [
          {
            status: t.status === 'unexpected' ? 'failed' : t.status === 'skipped' ? 'skipped' : 'passed',
            errors: (t.errors ?? []).map((message) => ({ message })),
            ...(t.errors?.[0] ? { error: { message: t.errors[0] } } : {}),
            annotations: t.annotations ?? [],
          },
        ],
      },
    ],
  });
  const [first, ...rest] = tests;
  return {
    suites: [{ title: 'cookie.spec.ts', specs: rest.map(spec), suites: first ? [{ title: 'a describe block', specs: [spec(first)] }] : [] }],
    errors: errors.map((message) => ({ message })),
  };
}

/** A finished run around a report. */
export const cannedRun = (report: PlaywrightJsonReport | undefined, exitCode = 1): PlaywrightRun => ({
  report,
  exitCode,
  output: 'Error: webServer exited early',
  durationMs: 12_300,
});

/** A failure message as Playwright writes it: colours, the message, the matcher, then the source snippet. */
export const playwrightFailure = (headline: string, snippetLine: string): string =>
  `Error: ${headline}\n\n\u001b[2mexpect(\u001b[22m\u001b[31mreceived\u001b[39m\u001b[2m).\u001b[22mtoBe\u001b[2m(\u001b[22m\u001b[32mexpected\u001b[39m\u001b[2m)\u001b[22m\n\nExpected: \u001b[32mtrue\u001b[39m\nReceived: \u001b[31mfalse\u001b[39m\n\n  70 |     const sent = await cookies.withValue(token);\n> 71 |     ${snippetLine}\n     |     ^\n    at /work/main/scenarios/cookie.spec.ts:71:5`;
