import { checksNotPerformed, firstLine, formatDuration, runLine, statusIcon, statusText } from './format.ts';
import { requirementStatuses, type ConformanceReport, type NoteKind } from './glossary.ts';

/** Table cells hold one line, and a pipe would end the cell. */
const cell = (text: string) => text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');

/** A list item holds one line. */
const oneLine = (text: string) => text.replace(/\s*\r?\n\s*/g, ' ');

/** `- **ID**: text` for each note of a kind, once per requirement and text. */
function noteItems(report: ConformanceReport, kind: NoteKind): string[] {
  const items = report.requirements.flatMap((r) => r.notes.filter((n) => n.kind === kind).map((n) => `- **${r.id}**: ${oneLine(n.text)}`));
  return [...new Set(items)];
}

/** A fenced block that no backticks in the message can close early. */
function fenced(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${text}\n${fence}`;
}

/**
 * `conformance.md`: the verdict, the counts and one row per requirement, for pasting into a pull
 * request; failure messages, checks not performed, reasons and notes follow the table.
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
  lines.push(
    `Started ${run.startTime}, took ${formatDuration(run.durationMs)}. Selection: ${run.selection.mode}${run.selection.because.length ? ` (${cell(run.selection.because.join('; '))})` : ''}.`,
    '',
  );
  for (const reason of verdict.reasons) lines.push(`- **${cell(reason)}**`);
  if (verdict.reasons.length) lines.push('');

  lines.push(`| ${requirementStatuses.join(' | ')} | flaky | with checks not performed |`, `|${' ---: |'.repeat(requirementStatuses.length + 2)}`);
  lines.push(`| ${requirementStatuses.map((s) => counts[s]).join(' | ')} | ${counts.flaky} | ${counts.notChecked} |`, '');

  lines.push('| ID | requirement | guide section | gates | status | scenarios | time |', '| --- | --- | --- | --- | --- | ---: | ---: |');
  for (const r of report.requirements) {
    const notChecked = checksNotPerformed(r);
    const status = `${statusIcon[r.status]} ${statusText(r)}${notChecked ? ` · ${notChecked}` : ''}`;
    const id = r.blocking ? `**${r.id}**` : r.id;
    lines.push(
      `| ${id} | ${cell(r.title)} | ${cell(r.guideSection)} | ${r.gates ? 'yes' : 'advisory'} | ${cell(status)} | ${r.scenarios.length} | ${formatDuration(r.durationMs)} |`,
    );
  }

  const failures = report.requirements.filter((r) => r.firstFailure);
  if (failures.length) lines.push('', '### Failures');
  for (const r of failures) {
    const deviation = r.expectation ? ` (expected: ${cell(r.expectation.reason)}, ${r.expectation.link})` : '';
    lines.push(
      '',
      `**${r.id}**${r.gates ? '' : ' (advisory)'}, in _${cell(r.firstFailure?.scenario ?? '')}_${deviation}`,
      '',
      fenced(r.firstFailure?.message ?? ''),
    );
    if (r.evidence.length) lines.push('', r.evidence.map((e) => `[${e.kind}](${encodeURI(e.path)})`).join(' · '));
  }

  const notChecked = noteItems(report, 'not-checked');
  if (notChecked.length) lines.push('', '### Checks not performed', '', ...notChecked);

  const notRun = report.requirements.filter((r) => (r.status === 'not-applicable' || (r.status === 'not-run' && r.shouldRun)) && r.reason);
  if (notRun.length) lines.push('', '### Not applicable or not run', '');
  for (const r of notRun) lines.push(`- **${r.id}** ${r.status}: ${cell(firstLine(r.reason ?? '', 300))}`);

  const notes = noteItems(report, 'note');
  if (notes.length) lines.push('', '### Notes', '', ...notes);

  if (verdict.unmappedFailures.length) {
    lines.push('', '### Failing tests outside the catalogue', '');
    for (const title of verdict.unmappedFailures) lines.push(`- ${cell(title)}`);
  }
  if (report.errors.length) lines.push('', '### Errors', '');
  for (const e of report.errors) lines.push(`- ${e.source}: ${cell(firstLine(e.message, 400))}`);
  return `${lines.join('\n')}\n`;
}
