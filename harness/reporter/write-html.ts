import { checksNotPerformed, firstLine, formatDuration, runLine, statusNotes } from './format.ts';
import { requirementStatuses, type ConformanceReport, type RequirementResult, type ScenarioResult } from './glossary.ts';
import { pageScript, pageStyle } from './html-assets.ts';
import { outcomeFor } from './requirement-outcome.ts';

/** Text safe in HTML elements and attributes. */
export function htmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Only web links and relative paths become links: never `javascript:` or other schemes. */
function link(href: string, label: string): string {
  const safe = /^https?:\/\//i.test(href) || !/^[a-z][a-z0-9+.-]*:/i.test(href);
  return safe ? `<a href="${htmlText(href)}">${htmlText(label)}</a>` : htmlText(`${label} (${href})`);
}

const badge = (status: string, label = status) => `<span class="badge s-${status}">${htmlText(label)}</span>`;

/** A scenario in a list; under a requirement, with its outcome for that requirement (a scenario naming several can fail one and pass another). */
function scenarioItem(s: ScenarioResult, requirement?: string): string {
  const outcome = requirement === undefined ? s : outcomeFor(s, requirement);
  const evidence = [...s.evidence.map((e) => link(e.path, e.kind)), ...(s.htmlReport ? [link(s.htmlReport, 'Playwright report')] : [])];
  const own = outcome.status === s.status ? '' : ` <span class="note">(the scenario ${htmlText(s.status)})</span>`;
  const reason = outcome.reason ? ` <span class="note">${htmlText(outcome.reason)}</span>` : '';
  return `<li>${badge(outcome.status)}${own}${s.flaky ? ' <span class="note">flaky</span>' : ''} ${htmlText(s.title)} <span class="note">${htmlText(`${s.file}:${s.line}${s.project ? ` · ${s.project}` : ''} · ${formatDuration(s.durationMs)}`)}</span>${reason}${evidence.length ? ` · ${evidence.join(' · ')}` : ''}</li>`;
}

/** Checks not performed and notes, always shown under the requirement: a pass that left a check out must not look complete. */
function notesRow(r: RequirementResult): string {
  if (!r.notes.length) return '';
  const items = r.notes.map(
    (n) =>
      `<li class="kind-${n.kind}"><span class="label">${n.kind === 'not-checked' ? 'check not performed' : 'note'}</span> ${htmlText(n.text)} <span class="note">(${htmlText(n.scenario)})</span></li>`,
  );
  return `<tr class="notes"><td></td><td colspan="6"><ul class="notes">${items.join('')}</ul></td></tr>`;
}

/** A full-width row under the requirement, for what needs reading: the failure, the deviation, why it did not run. */
function details(r: RequirementResult): string {
  const parts: string[] = [];
  if (r.expectation)
    parts.push(
      `<p>Expected failure: ${htmlText(r.expectation.reason)} (${link(r.expectation.link, r.expectation.link)})${r.unexpectedPass ? ' <strong>but it passed: update the expectations file.</strong>' : ''}</p>`,
    );
  if (r.reason) parts.push(`<p>${htmlText(r.status === 'not-applicable' ? 'Not applicable: ' : 'Not run: ')}${htmlText(r.reason)}</p>`);
  if (r.firstFailure) parts.push(`<p>First failure, in <em>${htmlText(r.firstFailure.scenario)}</em>:</p><pre>${htmlText(r.firstFailure.message)}</pre>`);
  if (!parts.length) return '';
  if (r.evidence.length) parts.push(`<p>${r.evidence.map((e) => link(e.path, `${e.kind}: ${e.scenario}`)).join(' · ')}</p>`);
  const open = r.status === 'failed' || r.blocking ? ' open' : '';
  const summary = r.firstFailure ? firstLine(r.firstFailure.message, 120) : firstLine(r.expectation?.reason ?? r.reason ?? '', 120);
  return `<tr class="details"><td></td><td colspan="6"><details${open}><summary>${htmlText(summary)}</summary>${parts.join('')}</details></td></tr>`;
}

/** The requirement's title opens the list of its scenarios, so the table stays one line per requirement. */
function titleCell(r: RequirementResult): string {
  if (!r.scenarios.length) return htmlText(r.title);
  return `<details class="scenarios"><summary>${htmlText(r.title)}</summary><ul class="scenarios">${r.scenarios.map((s) => scenarioItem(s, r.id)).join('')}</ul></details>`;
}

function requirementRows(r: RequirementResult): string {
  const main = `<tr class="${r.blocking ? 'blocking' : ''}"><td class="id">${htmlText(r.id)}</td><td>${titleCell(r)}</td><td class="section">${htmlText(r.guideSection)}</td><td>${r.gates ? 'gates' : '<span class="note">advisory</span>'}</td><td class="status">${badge(r.status)}${statusNotes(
    r,
  )
    .map((n) => `<div class="note">${htmlText(n)}</div>`)
    .join(
      '',
    )}${checksNotPerformed(r) ? `<div class="not-checked">${htmlText(checksNotPerformed(r))}</div>` : ''}</td><td class="num">${r.scenarios.length}</td><td class="num">${formatDuration(r.durationMs)}</td></tr>`;
  return `<tbody data-status="${r.status}" id="${htmlText(r.id)}">${main}${notesRow(r)}${details(r)}</tbody>`;
}

function summaryBar(report: ConformanceReport): string {
  const total = Math.max(1, report.counts.total);
  const segments = requirementStatuses
    .filter((s) => report.counts[s] > 0)
    .map((s) => {
      const share = report.counts[s] / total;
      // Narrow segments keep their colour and tooltip; the filter buttons below carry every count.
      return `<span class="s-${s}" style="width:${(share * 100).toFixed(2)}%" title="${s}: ${report.counts[s]}">${share >= 0.12 ? `${report.counts[s]} ${s}` : ''}</span>`;
    });
  const buttons = [
    `<button type="button" data-filter="all">all ${report.counts.total}</button>`,
    ...requirementStatuses.map((s) => `<button type="button" data-filter="${s}" class="s-${s}"><span class="dot"></span>${s} ${report.counts[s]}</button>`),
  ];
  return `<div class="bar" role="img" aria-label="${requirementStatuses.map((s) => `${report.counts[s]} ${s}`).join(', ')}">${segments.join('')}</div><div class="filters" role="group" aria-label="Filter by status">${buttons.join('')}</div>${notCheckedSummary(report)}`;
}

/** Under the bar: how many requirements left a check out, linking each, since their status alone does not show it. */
function notCheckedSummary(report: ConformanceReport): string {
  const ids = report.requirements.filter((r) => r.notes.some((n) => n.kind === 'not-checked')).map((r) => r.id);
  if (!ids.length) return '';
  return `<p class="not-checked-summary"><span class="count">${report.counts.notChecked}</span> with checks not performed: ${ids.map((id) => `<a href="#${htmlText(id)}">${htmlText(id)}</a>`).join(', ')}</p>`;
}

function extras(report: ConformanceReport): string {
  const parts: string[] = [];
  if (report.unmappedScenarios.length)
    parts.push(`<h2>Tests outside the catalogue</h2><ul class="scenarios">${report.unmappedScenarios.map((s) => scenarioItem(s)).join('')}</ul>`);
  if (report.errors.length)
    parts.push(`<h2>Errors outside the tests</h2>${report.errors.map((e) => `<p>${htmlText(e.source)}:</p><pre>${htmlText(e.message)}</pre>`).join('')}`);
  return parts.join('');
}

/**
 * `conformance.html`: one self-contained page (inline CSS and script, a content security policy
 * that forbids any fetch) with the verdict, a summary bar, status filters, the requirement table,
 * checks not performed and notes under each requirement, and failure details.
 *
 * @example
 * writeFileSync('reports/conformance.html', conformanceHtml(report));
 */
export function conformanceHtml(report: ConformanceReport): string {
  const { run, verdict } = report;
  const verdictClass = verdict.passed ? 'pass' : 'fail';
  const partial = run.partial ? ` <span class="verdict partial">partial: ${htmlText(run.playwrightStatus)}</span>` : '';
  const reasons = verdict.reasons.length ? `<ul class="reasons">${verdict.reasons.map((r) => `<li>${htmlText(r)}</li>`).join('')}</ul>` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>Link conformance: ${verdict.passed ? 'passed' : 'failed'}</title>
<style>${pageStyle}</style>
</head>
<body>
<main>
<h1>Link conformance <span class="verdict ${verdictClass}">${verdict.passed ? 'passed' : 'failed'}</span>${partial}</h1>
<p class="run">${htmlText(runLine(run))}<br>${htmlText(`Started ${run.startTime} · took ${formatDuration(run.durationMs)} · selection: ${run.selection.mode}${run.selection.because.length ? ` (${run.selection.because.join('; ')})` : ''}`)}</p>
${reasons}
${summaryBar(report)}
<table>
<thead><tr><th>ID</th><th>requirement</th><th>guide section</th><th>gates</th><th>status</th><th>scenarios</th><th>time</th></tr></thead>
${report.requirements.map(requirementRows).join('\n')}
</table>
${extras(report)}
<footer>conformance.json schema version ${report.schemaVersion} · Playwright ${htmlText(run.playwrightVersion ?? '?')}${run.expectationsFile ? ` · expectations: ${htmlText(run.expectationsFile)}` : ''}</footer>
</main>
<script>${pageScript}</script>
</body>
</html>
`;
}
