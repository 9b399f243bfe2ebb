import { isAbsolute, relative, sep } from 'node:path';
import type { TestCase, TestResult } from '@playwright/test/reporter';
import type { EvidenceLink, ScenarioResult, ScenarioStatus } from './glossary.ts';

/** Where paths in the report are relative to. */
export interface ReportPlaces {
  /** Spec files are shown relative to this (the run's working directory). */
  cwd: string;
  /** The folder of conformance.json: evidence links are relative to it. */
  reportDir: string;
  /** Playwright's HTML report folder, or null when there is none to link. */
  htmlReportDir: string | null;
}

const ansi = /\u001b\[[0-9;]*[A-Za-z]/g;
const failedStatuses: ReadonlySet<TestResult['status']> = new Set(['failed', 'timedOut']);
const maxMessage = 4000;

const posix = (path: string) => path.split(sep).join('/');

/** A path as the report shows it: relative to `base`, or absolute when it cannot be reached from there. */
export function reportPath(base: string, path: string): string {
  const rel = relative(base, path);
  return isAbsolute(rel) ? posix(path) : posix(rel);
}

/** The message of a test error, as a person reads it: no terminal colours, not endless. */
export function errorText(error: { message?: string; value?: string } | undefined): string {
  const text = (error?.message ?? error?.value ?? 'failed without an error message').replace(ansi, '').trim();
  return text.length > maxMessage ? `${text.slice(0, maxMessage)}…` : text;
}

function annotationsOf(test: TestCase, last: TestResult | undefined) {
  const seen = new Set<string>();
  return [...test.annotations, ...(last?.annotations ?? [])].filter((a) => {
    const key = `${a.type}\u0000${a.description ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Why a scenario does not apply: a `not-applicable` annotation, or `test.skip(condition, reason)`.
 * A skip without a reason is not a statement about the target, so it does not count.
 */
function notApplicableReason(annotations: { type: string; description?: string }[], skipped: boolean): string | null {
  const declared = annotations.find((a) => a.type === 'not-applicable');
  if (declared) return declared.description?.trim() || 'declared not applicable without a reason';
  const skip = annotations.find((a) => a.type === 'skip' && a.description?.trim());
  return skipped && skip ? (skip.description ?? '').trim() : null;
}

function statusOf(test: TestCase, last: TestResult | undefined): { status: ScenarioStatus; reason: string | null } {
  if (!last) return { status: 'not-run', reason: 'did not run: the run ended before it started' };
  const annotations = annotationsOf(test, last);
  const skipped = last.status === 'skipped';
  const notApplicable = notApplicableReason(annotations, skipped);
  if (failedStatuses.has(last.status)) return { status: 'failed', reason: null };
  if (notApplicable !== null) return { status: 'not-applicable', reason: notApplicable };
  if (last.status === 'passed') return { status: 'passed', reason: null };
  if (last.status === 'interrupted') return { status: 'not-run', reason: 'interrupted before it finished' };
  const fixme = annotations.find((a) => a.type === 'fixme');
  return { status: 'not-run', reason: fixme ? `fixme${fixme.description ? `: ${fixme.description}` : ''}` : 'skipped without a reason' };
}

function evidenceOf(test: TestCase, places: ReportPlaces): EvidenceLink[] {
  const links: EvidenceLink[] = [];
  for (const result of test.results) {
    for (const attachment of result.attachments) {
      if (!attachment.path || (attachment.name !== 'trace' && attachment.name !== 'screenshot')) continue;
      links.push({ kind: attachment.name, scenario: test.title, path: reportPath(places.reportDir, attachment.path) });
    }
  }
  return links;
}

/**
 * One Playwright test as the conformance report sees it. The status is the conformance truth of
 * its last attempt, whatever Playwright expected: a failing assertion under `test.fail()` is still
 * a failure here (deviations belong in the expectations file).
 *
 * @example
 * scenarioResult(test, ['SAFE-01'], { cwd: process.cwd(), reportDir: 'reports', htmlReportDir: 'reports/html' })
 */
export function scenarioResult(test: TestCase, requirements: string[], places: ReportPlaces): ScenarioResult {
  const last = test.results.at(-1);
  const { status, reason } = statusOf(test, last);
  const failedAttempt = [...test.results].reverse().find((r) => failedStatuses.has(r.status));
  const project = test.parent.project()?.name ?? '';
  return {
    title: test.title,
    file: reportPath(places.cwd, test.location.file),
    line: test.location.line,
    project,
    requirements,
    status,
    flaky: status === 'passed' && failedAttempt !== undefined,
    attempts: test.results.length,
    durationMs: Math.round(test.results.reduce((sum, r) => sum + Math.max(0, r.duration), 0)),
    error: status === 'failed' && last ? errorText(last.errors[0] ?? last.error) : null,
    reason,
    evidence: evidenceOf(test, places),
    htmlReport: places.htmlReportDir ? `${reportPath(places.reportDir, places.htmlReportDir)}/index.html#?testId=${encodeURIComponent(test.id)}` : null,
  };
}
