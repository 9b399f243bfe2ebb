import { firstLine, formatDuration, runLine, statusIcon, statusText } from './format.ts';
import { requirementStatuses, type ConformanceReport } from './glossary.ts';

/** Table cells hold one line, and a pipe would end the cell. */
const cell = (text: string) => text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');

/** A fenced block that no backticks in the message can close early. */
function fenced(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${text}\n${fence}`;
}

/**
 * `conformance.md`: the verdict, the counts and one row per requirement, for pasting into a pull
 * request; failure messages follow the table.
 *
 * @example
 * writeFileSync('reports/conformance.md', conformanceMarkdown(report));
 */
export function conformanceMarkdown(report: ConformanceReport): string {
  const { run, verdict, counts } = report;
  const lines: string[] = [];
  const headline = verdict.passed ? '✅ passed' : '❌ failed';
  lines.push(`## Link conformance: ${headline}${run.partial ? ` (partial: run ${run.playwrightStatus})` : ''}`, '');
  lines.push(cell(runLine(run)), '');
  lines.push(`Started ${run.startTime}, took ${formatDuration(run.durationMs)}. Selection: ${run.selection.mode}${run.selection.because.length ? ` (${cell(run.selection.because.join('; '))})` : ''}.`, '');
  for (const reason of verdict.reasons) lines.push(`- **${cell(reason)}**`);
  if (verdict.reasons.length) lines.push('');

  lines.push(`| ${requirementStatuses.join(' | ')} | flaky |`, `|${' ---: |'.repeat(requirementStatuses.length + 1)}`);
  lines.push(`| ${requirementStatuses.map((s) => counts[s]).join(' | ')} | ${counts.flaky} |`, '');

  lines.push('| ID | requirement | guide section | gates | status | scenarios | time |', '| --- | --- | --- | --- | --- | ---: | ---: |');
  for (const r of report.requirements) {
    const status = `${statusIcon[r.status]} ${statusText(r)}`;
    const id = r.blocking ? `**${r.id}**` : r.id;
    lines.push(`| ${id} | ${cell(r.title)} | ${cell(r.guideSection)} | ${r.gates ? 'yes' : 'advisory'} | ${cell(status)} | ${r.scenarios.length} | ${formatDuration(r.durationMs)} |`);
  }

  const failures = report.requirements.filter((r) => r.firstFailure);
  if (failures.length) lines.push('', '### Failures');
  for (const r of failures) {
    const deviation = r.expectation ? ` (expected: ${cell(r.expectation.reason)}, ${r.expectation.link})` : '';
    lines.push('', `**${r.id}**${r.gates ? '' : ' (advisory)'}, in _${cell(r.firstFailure?.scenario ?? '')}_${deviation}`, '', fenced(r.firstFailure?.message ?? ''));
    if (r.evidence.length) lines.push('', r.evidence.map((e) => `[${e.kind}](${encodeURI(e.path)})`).join(' · '));
  }

  const notes = report.requirements.filter((r) => (r.status === 'not-applicable' || (r.status === 'not-run' && r.shouldRun)) && r.reason);
  if (notes.length) lines.push('', '### Not applicable or not run', '');
  for (const r of notes) lines.push(`- **${r.id}** ${r.status}: ${cell(firstLine(r.reason ?? '', 300))}`);

  if (verdict.unmappedFailures.length) {
    lines.push('', '### Failing tests outside the catalogue', '');
    for (const title of verdict.unmappedFailures) lines.push(`- ${cell(title)}`);
  }
  if (report.errors.length) lines.push('', '### Errors', '');
  for (const e of report.errors) lines.push(`- ${e.source}: ${cell(firstLine(e.message, 400))}`);
  return `${lines.join('\n')}\n`;
}
