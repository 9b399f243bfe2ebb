import type { TestCase } from '@playwright/test/reporter';
import { foldRequirements, type CatalogueEntry } from './fold.ts';
import {
  conformanceSchemaVersion,
  requirementStatuses,
  type ConformanceReport,
  type Expectation,
  type ReportError,
  type RequirementResult,
  type RunInfo,
  type ScenarioResult,
} from './glossary.ts';
import { requirementsNamedBy } from './requirement-ids.ts';
import { scenarioResult, type ReportPlaces } from './scenario-result.ts';
import { verdictOf } from './verdict.ts';

/** Everything a report is made of. */
export interface ReportInput {
  /** Every test of the run (all projects, all shards when merged). */
  tests: readonly TestCase[];
  catalogue: readonly CatalogueEntry[];
  expectations: readonly Expectation[];
  places: ReportPlaces;
  run: RunInfo;
  /** Errors met so far: global errors, the expectations file, reporter steps. */
  errors: readonly ReportError[];
  failOnUnexpectedPass?: boolean;
}

/** Spec order, so that one machine and merged shards list scenarios the same way. */
const bySpecOrder = (a: ScenarioResult, b: ScenarioResult) =>
  a.file.localeCompare(b.file) || a.line - b.line || a.project.localeCompare(b.project) || a.title.localeCompare(b.title);

function countsOf(requirements: readonly RequirementResult[]): ConformanceReport['counts'] {
  const counts = Object.fromEntries(requirementStatuses.map((s) => [s, 0])) as ConformanceReport['counts'];
  for (const r of requirements) counts[r.status] += 1;
  counts.total = requirements.length;
  counts.flaky = requirements.filter((r) => r.flaky).length;
  counts.notChecked = requirements.filter((r) => r.notes.some((n) => n.kind === 'not-checked')).length;
  return counts;
}

/**
 * Builds `conformance.json` from a run's tests: each test becomes a scenario under the
 * requirements it names, the catalogue is folded, and the verdict is taken.
 *
 * @example
 * const report = buildReport({ tests: suite.allTests(), catalogue: requirements, expectations: [], places, run, errors: [] });
 */
export function buildReport(input: ReportInput): ConformanceReport {
  const ids = input.catalogue.map((r) => r.id);
  const errors = [...input.errors];
  const mapped: ScenarioResult[] = [];
  const unmapped: ScenarioResult[] = [];
  for (const test of input.tests) {
    const named = requirementsNamedBy(test.title, test.tags, ids);
    const scenario = scenarioResult(test, named.ids, input.places);
    if (named.unknown.length) {
      errors.push({
        source: 'scenarios',
        message: `link-harness: "${test.title}" (${scenario.file}:${scenario.line}) names ${named.unknown.join(', ')}, which the catalogue (harness/requirements/requirements.ts) does not have.`,
      });
    }
    (named.ids.length ? mapped : unmapped).push(scenario);
  }
  mapped.sort(bySpecOrder);
  unmapped.sort(bySpecOrder);
  const requirements = foldRequirements({
    catalogue: input.catalogue,
    scenarios: mapped,
    expectations: input.expectations,
    selection: input.run.selection,
    failOnUnexpectedPass: input.failOnUnexpectedPass ?? false,
  });
  return {
    schemaVersion: conformanceSchemaVersion,
    run: input.run,
    verdict: verdictOf(requirements, unmapped, errors),
    counts: countsOf(requirements),
    requirements,
    unmappedScenarios: unmapped,
    errors,
  };
}
