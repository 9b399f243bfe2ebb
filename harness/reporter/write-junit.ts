import { firstLine } from './format.ts';
import type { ConformanceReport, RequirementResult } from './glossary.ts';
import { outcomeFor } from './requirement-outcome.ts';

/** Text safe inside XML attributes and elements; characters XML 1.0 cannot hold are dropped. */
export function xmlText(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const seconds = (ms: number) => (ms / 1000).toFixed(3);

/** What CI should see for a requirement: a failure only when it blocks the run, as the exit code does. */
function outcome(r: RequirementResult): string {
  if (r.blocking && r.status === 'failed') {
    const failure = r.firstFailure;
    return `<failure type="failed" message="${xmlText(firstLine(failure?.message ?? 'failed'))}">${xmlText(`${failure?.scenario ?? ''}\n\n${failure?.message ?? ''}`)}</failure>`;
  }
  if (r.blocking && r.status === 'not-run') return `<failure type="not-run" message="${xmlText(`not run: ${r.reason ?? 'no scenario ran'}`)}"/>`;
  if (r.blocking && r.unexpectedPass) return `<failure type="unexpected-pass" message="expected to fail (${xmlText(r.expectation?.link ?? '')}) but passed"/>`;
  if (r.status === 'failed') return `<skipped message="${xmlText(`advisory requirement failed: ${firstLine(r.firstFailure?.message ?? '')}`)}"/>`;
  if (r.status === 'expected-fail') return `<skipped message="${xmlText(`expected failure: ${r.expectation?.reason ?? ''} (${r.expectation?.link ?? ''})`)}"/>`;
  if (r.status === 'not-applicable') return `<skipped message="${xmlText(`not applicable: ${r.reason ?? ''}`)}"/>`;
  if (r.status === 'not-run') return `<skipped message="${xmlText(`not run: ${r.reason ?? ''}`)}"/>`;
  return '';
}

function testcase(r: RequirementResult): string {
  const properties = [
    ['status', r.status],
    ['gates', String(r.gates)],
    ['guide_section', r.guideSection],
    ['scenarios', String(r.scenarios.length)],
    ...(r.flaky ? [['flaky', 'true']] : []),
    ...(r.unexpectedPass ? [['unexpected_pass', 'true']] : []),
    ...r.evidence.map((e) => [e.kind, e.path]),
    ...r.notes.map((n) => [n.kind, n.text]),
  ];
  const props = `<properties>${properties.map(([name, value]) => `<property name="${xmlText(name ?? '')}" value="${xmlText(value ?? '')}"/>`).join('')}</properties>`;
  const scenarios = r.scenarios.map((s) => `${outcomeFor(s, r.id).status}: ${s.title} (${s.file}:${s.line}${s.project ? `, ${s.project}` : ''})`).join('\n');
  const notes = r.notes.map((n) => `${n.kind === 'not-checked' ? 'check not performed' : 'note'}: ${n.text} (${n.scenario})`).join('\n');
  const attachments = r.evidence.map((e) => `[[ATTACHMENT|${e.path}]]`).join('\n');
  const out = [scenarios, notes, attachments].filter(Boolean).join('\n');
  return `    <testcase name="${xmlText(`${r.id} ${r.title}`)}" classname="${xmlText(`conformance.${r.guideSection}`)}" time="${seconds(r.durationMs)}">${props}${outcome(r)}${out ? `<system-out>${xmlText(out)}</system-out>` : ''}</testcase>`;
}

/**
 * `junit.xml`: one testcase per requirement, grouped by guide section, so CI systems list
 * requirements rather than test titles. A `<failure>` appears exactly where the run's exit code
 * is decided (gating failures, gating requirements not run, and unexpected passes when they
 * gate); advisory failures, expected failures, not-applicable and unselected requirements are
 * `<skipped>` with the reason. Checks not performed and notes are `not-checked` and `note`
 * properties of the requirement's testcase, and lines of its `<system-out>`.
 *
 * @example
 * writeFileSync('reports/junit.xml', conformanceJunit(report));
 */
export function conformanceJunit(report: ConformanceReport): string {
  const sections = [...new Set(report.requirements.map((r) => r.guideSection))];
  const failures = (rs: RequirementResult[]) => rs.filter((r) => r.blocking).length;
  const skipped = (rs: RequirementResult[]) => rs.filter((r) => !r.blocking && r.status !== 'passed').length;
  const time = (rs: RequirementResult[]) => seconds(rs.reduce((sum, r) => sum + r.durationMs, 0));
  const suites: string[] = sections.map((section) => {
    const rs = report.requirements.filter((r) => r.guideSection === section);
    return [
      `  <testsuite name="${xmlText(section)}" tests="${rs.length}" failures="${failures(rs)}" errors="0" skipped="${skipped(rs)}" time="${time(rs)}" timestamp="${report.run.startTime}">`,
      ...rs.map(testcase),
      '  </testsuite>',
    ].join('\n');
  });
  const all = report.requirements;
  const errors = report.errors.length + report.verdict.unmappedFailures.length;
  const outside = [
    ...report.verdict.unmappedFailures.map(
      (title) =>
        `    <testcase name="${xmlText(title)}" classname="outside the catalogue"><error type="test-failed" message="a test that names no requirement failed"/></testcase>`,
    ),
    ...report.errors.map(
      (e, i) =>
        `    <testcase name="${xmlText(`${e.source} error ${i + 1}`)}" classname="outside the catalogue"><error type="${e.source}" message="${xmlText(firstLine(e.message, 400))}">${xmlText(e.message)}</error></testcase>`,
    ),
  ];
  if (outside.length) {
    suites.push(
      [
        `  <testsuite name="outside the catalogue" tests="${outside.length}" failures="0" errors="${outside.length}" skipped="0" time="0.000" timestamp="${report.run.startTime}">`,
        ...outside,
        '  </testsuite>',
      ].join('\n'),
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="link-harness conformance" tests="${all.length + outside.length}" failures="${failures(all)}" errors="${errors}" skipped="${skipped(all)}" time="${seconds(report.run.durationMs)}" timestamp="${report.run.startTime}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
