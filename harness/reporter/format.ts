import type { RequirementResult, RequirementStatus, RunInfo } from './glossary.ts';

/** A glyph per status, for tables read at a glance (the status word is always next to it). */
export const statusIcon: Record<RequirementStatus, string> = {
  passed: '✅',
  failed: '❌',
  'expected-fail': '⚠️',
  'not-applicable': '➖',
  'not-run': '⏸️',
};

/**
 * A duration as people read it: `850 ms`, `12.3 s`, `2 min 5 s`.
 *
 * @example
 * formatDuration(12_345) // '12.3 s'
 */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const minutes = Math.floor(ms / 60_000);
  return `${minutes} min ${Math.round((ms - minutes * 60_000) / 1000)} s`;
}

/** What qualifies a status: flaky, advisory, an unexpected pass, not selected. */
export function statusNotes(r: RequirementResult): string[] {
  return [
    ...(r.flaky ? ['flaky'] : []),
    ...(r.unexpectedPass ? ['expected to fail: update the expectations'] : []),
    ...(!r.gates && r.status === 'failed' ? ['advisory'] : []),
    ...(r.status === 'not-run' && !r.shouldRun ? ['not selected'] : []),
  ];
}

/** The status as a sentence fragment, with its notes. */
export function statusText(r: RequirementResult): string {
  const notes = statusNotes(r);
  return notes.length ? `${r.status} (${notes.join(', ')})` : r.status;
}

/** How many checks of a requirement its scenarios did not perform, as a phrase: `1 check not performed`; empty when none. */
export function checksNotPerformed(r: RequirementResult): string {
  const count = r.notes.filter((n) => n.kind === 'not-checked').length;
  return count === 0 ? '' : `${count} ${count === 1 ? 'check' : 'checks'} not performed`;
}

/** One line about what was tested where: target, Stripe backend, browser, harness. */
export function runLine(run: RunInfo): string {
  const target = run.target.url ? `${run.target.url}${run.target.kind === 'reference-checkout' ? ' (reference checkout)' : ''}` : 'unknown target';
  const stripe = `${run.stripe.backend === 'emulator' ? 'Stripe emulator' : 'Stripe test mode'}${run.stripe.apiVersion ? `, API ${run.stripe.apiVersion}` : ''}`;
  const browser = [run.browser.name, run.browser.version].filter(Boolean).join(' ') || 'unknown browser';
  const shard =
    run.shard === null ? '' : 'merged' in run.shard ? ` · merged from ${run.shard.merged} shard(s)` : ` · shard ${run.shard.current}/${run.shard.total}`;
  return `${target} · ${stripe} · ${browser} · link-harness ${run.harnessVersion ?? '?'}${shard}`;
}

/** The first line of a message, for table cells and summaries. */
export function firstLine(text: string, max = 160): string {
  const line =
    text
      .split('\n')
      .find((l) => l.trim() !== '')
      ?.trim() ?? '';
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
