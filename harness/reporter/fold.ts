import type { Expectation, RequirementResult, RequirementStatus, ScenarioResult, Selection } from './glossary.ts';
import { outcomeFor } from './requirement-outcome.ts';
import { requirementNotes } from './scenario-notes.ts';

/** A catalogue entry, as `harness/requirements/requirements.ts` defines it. */
export interface CatalogueEntry {
  id: string;
  title: string;
  guideSection: string;
  gates: boolean;
}

/** What the fold needs besides the scenarios. */
export interface FoldInput {
  catalogue: readonly CatalogueEntry[];
  /** Every scenario of the run that names at least one catalogue requirement. */
  scenarios: readonly ScenarioResult[];
  expectations: readonly Expectation[];
  selection: Selection;
  failOnUnexpectedPass?: boolean;
}

/** The requirement's status from its scenarios' outcomes for it, before expectations, with the reason when one is due. */
function rawStatus(id: string, scenarios: readonly ScenarioResult[]): { status: RequirementStatus; reason: string | null } {
  if (scenarios.length === 0) return { status: 'not-run', reason: 'no scenario for it was selected in this run' };
  const outcomes = scenarios.map((s) => ({ scenario: s, ...outcomeFor(s, id) }));
  if (outcomes.some((o) => o.status === 'failed')) return { status: 'failed', reason: null };
  const notRun = outcomes.find((o) => o.status === 'not-run');
  if (notRun) {
    // A scenario that ran and failed on another requirement says so itself ("not reached: <title> failed first on …").
    const own = notRun.status === notRun.scenario.status;
    return { status: 'not-run', reason: own ? `${notRun.scenario.title}: ${notRun.reason ?? 'did not run'}` : (notRun.reason ?? 'not reached') };
  }
  if (outcomes.every((o) => o.status === 'not-applicable')) {
    const reasons = [...new Set(outcomes.map((o) => o.reason ?? 'not applicable'))];
    return { status: 'not-applicable', reason: reasons.join('; ') };
  }
  return { status: 'passed', reason: null };
}

/**
 * Folds scenario results into one verdict per catalogue requirement, in catalogue order.
 *
 * Each scenario counts with its outcome for the requirement (`outcomeFor`): a scenario naming
 * several requirements that failed on one of them need not fail the others. A requirement is
 * `failed` when any of its scenarios failed it, `not-run` when one did not run or reach it (or
 * none was selected), `not-applicable` when all of them declared so, and `passed` otherwise (at
 * least one scenario passed it, the rest not applicable). Its notes are its scenarios' notes
 * about it; they never change the status. An expectation turns `failed` into
 * `expected-fail`, and marks a pass as an unexpected pass. A requirement blocks the run when it
 * gates and failed, or should have run and did not.
 *
 * @example
 * foldRequirements({ catalogue: requirements, scenarios, expectations: [], selection: { mode: 'full', because: [] } })
 */
export function foldRequirements(input: FoldInput): RequirementResult[] {
  const expectationOf = new Map(input.expectations.map((e) => [e.requirement, e]));
  return input.catalogue.map((entry) => {
    const scenarios = input.scenarios.filter((s) => s.requirements.includes(entry.id));
    const raw = rawStatus(entry.id, scenarios);
    const expectation = expectationOf.get(entry.id) ?? null;
    const status: RequirementStatus = expectation && raw.status === 'failed' ? 'expected-fail' : raw.status;
    const unexpectedPass = expectation !== null && status === 'passed';
    const selected = scenarios.length > 0;
    const shouldRun = selected || input.selection.mode === 'full';
    const blocking = entry.gates && (status === 'failed' || (status === 'not-run' && shouldRun) || (unexpectedPass && input.failOnUnexpectedPass === true));
    const firstFailed = scenarios.find((s) => outcomeFor(s, entry.id).status === 'failed');
    return {
      id: entry.id,
      title: entry.title,
      guideSection: entry.guideSection,
      gates: entry.gates,
      status,
      selected,
      shouldRun,
      blocking,
      flaky: scenarios.some((s) => s.flaky),
      expectation,
      unexpectedPass,
      reason: status === 'not-run' || status === 'not-applicable' ? raw.reason : null,
      durationMs: scenarios.reduce((sum, s) => sum + s.durationMs, 0),
      firstFailure: firstFailed ? { scenario: firstFailed.title, message: outcomeFor(firstFailed, entry.id).error ?? firstFailed.error ?? 'failed' } : null,
      scenarios,
      evidence: scenarios.flatMap((s) => s.evidence),
      notes: requirementNotes(scenarios, entry.id),
    };
  });
}
