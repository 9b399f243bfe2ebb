import { isAbsolute, relative, sep } from 'node:path';
import type { TestCase, TestResult } from '@playwright/test/reporter';
import type { EvidenceLink, ScenarioResult, ScenarioStatus } from './glossary.ts';
import { requirementCheckedAnnotation } from './requirement-checked.ts';
import { attributeFailure } from './requirement-outcome.ts';
import { scenarioNotes } from './scenario-notes.ts';

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

/** Every error of an attempt (soft assertions add several), as people read them. */
function errorsOf(result: TestResult): string[] {
  const errors = result.errors.length ? result.errors : result.error ? [result.error] : [];
  return errors.map((e) => errorText(e));
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
 * Why a scenario does not apply: only a `not-applicable` annotation (what `notApplicable()` adds)
 * says so. `test.skip(condition, reason)` is a skip like any other: the scenario did not run.
 */
function notApplicableReason(annotations: { type: string; description?: string }[]): string | null {
  const declared = annotations.find((a) => a.type === 'not-applicable');
  return declared ? declared.description?.trim() || 'declared not applicable without a reason' : null;
}

/** Why a skipped scenario did not run, keeping the reason `test.skip` or `test.fixme` gave. */
function skipReason(annotations: { type: string; description?: string }[]): string {
  const fixme = annotations.find((a) => a.type === 'fixme');
  if (fixme) return `fixme${fixme.description?.trim() ? `: ${fixme.description.trim()}` : ''}`;
  const skip = annotations.find((a) => a.type === 'skip' && a.description?.trim());
  return skip ? `skipped: ${(skip.description ?? '').trim()}` : 'skipped without a reason';
}

function statusOf(last: TestResult | undefined, annotations: { type: string; description?: string }[]): { status: ScenarioStatus; reason: string | null } {
  if (!last) return { status: 'not-run', reason: 'did not run: the run ended before it started' };
  const notApplicable = notApplicableReason(annotations);
  if (failedStatuses.has(last.status)) return { status: 'failed', reason: null };
  if (notApplicable !== null) return { status: 'not-applicable', reason: notApplicable };
  if (last.status === 'passed') return { status: 'passed', reason: null };
  if (last.status === 'interrupted') return { status: 'not-run', reason: 'interrupted before it finished' };
  return { status: 'not-run', reason: skipReason(annotations) };
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
  const annotations = annotationsOf(test, last);
  const { status, reason } = statusOf(last, annotations);
  const failedAttempt = [...test.results].reverse().find((r) => failedStatuses.has(r.status));
  const project = test.parent.project()?.name ?? '';
  const messages = status === 'failed' && last ? errorsOf(last) : [];
  const error = status === 'failed' ? (messages[0] ?? errorText(undefined)) : null;
  const checked = new Set(annotations.filter((a) => a.type === requirementCheckedAnnotation).map((a) => a.description?.trim() ?? ''));
  const byRequirement =
    status === 'failed' && requirements.length > 1
      ? attributeFailure({ title: test.title, requirements, messages, checked })
      : Object.fromEntries(requirements.map((id) => [id, { status, reason, error }]));
  return {
    title: test.title,
    file: reportPath(places.cwd, test.location.file),
    line: test.location.line,
    project,
    requirements,
    status,
    byRequirement,
    flaky: status === 'passed' && failedAttempt !== undefined,
    attempts: test.results.length,
    durationMs: Math.round(test.results.reduce((sum, r) => sum + Math.max(0, r.duration), 0)),
    error,
    reason,
    evidence: evidenceOf(test, places),
    htmlReport: places.htmlReportDir ? `${reportPath(places.reportDir, places.htmlReportDir)}/index.html#?testId=${encodeURIComponent(test.id)}` : null,
    notes: scenarioNotes(annotations, requirements),
  };
}
