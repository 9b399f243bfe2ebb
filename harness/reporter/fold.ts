import type { Expectation, RequirementResult, RequirementStatus, ScenarioResult, Selection } from './glossary.ts';

/** A catalogue entry, as `fixtures/requirements.ts` defines it. */
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

/** The requirement's status from its scenarios alone, before expectations, with the reason when one is due. */
function rawStatus(scenarios: readonly ScenarioResult[]): { status: RequirementStatus; reason: string | null } {
  if (scenarios.length === 0) return { status: 'not-run', reason: 'no scenario for it was selected in this run' };
  if (scenarios.some((s) => s.status === 'failed')) return { status: 'failed', reason: null };
  const notRun = scenarios.find((s) => s.status === 'not-run');
  if (notRun) return { status: 'not-run', reason: `${notRun.title}: ${notRun.reason ?? 'did not run'}` };
  if (scenarios.every((s) => s.status === 'not-applicable')) {
    const reasons = [...new Set(scenarios.map((s) => s.reason ?? 'not applicable'))];
    return { status: 'not-applicable', reason: reasons.join('; ') };
  }
  return { status: 'passed', reason: null };
}

/**
 * Folds scenario results into one verdict per catalogue requirement, in catalogue order.
 *
 * A requirement is `failed` when any of its scenarios failed, `not-run` when one did not run (or
 * none was selected), `not-applicable` when all of them declared so, and `passed` otherwise (at
 * least one scenario passed, the rest not applicable). An expectation turns `failed` into
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
    const raw = rawStatus(scenarios);
    const expectation = expectationOf.get(entry.id) ?? null;
    const status: RequirementStatus = expectation && raw.status === 'failed' ? 'expected-fail' : raw.status;
    const unexpectedPass = expectation !== null && status === 'passed';
    const selected = scenarios.length > 0;
    const shouldRun = selected || input.selection.mode === 'full';
    const blocking =
      entry.gates && (status === 'failed' || (status === 'not-run' && shouldRun) || (unexpectedPass && input.failOnUnexpectedPass === true));
    const firstFailed = scenarios.find((s) => s.status === 'failed');
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
      firstFailure: firstFailed ? { scenario: firstFailed.title, message: firstFailed.error ?? 'failed' } : null,
      scenarios,
      evidence: scenarios.flatMap((s) => s.evidence),
    };
  });
}
