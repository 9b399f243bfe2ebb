/**
 * The public types of the conformance report: what `reports/conformance.json` holds (its schema is
 * `conformance.schema.json`, documented in SCHEMA.md) and how the reporter is configured.
 */

/** Schema version of `conformance.json`. Bumped on any change that is not purely additive. */
export const conformanceSchemaVersion = 1;

/**
 * The fixed list of statuses, as web-platform-tests keeps one. A requirement is `passed` only when
 * a scenario really checked it; a target that cannot exercise it is `not-applicable`, never
 * `passed`; `expected-fail` is a failure declared in the expectations file.
 */
export const requirementStatuses = ['passed', 'failed', 'expected-fail', 'not-applicable', 'not-run'] as const;
export type RequirementStatus = (typeof requirementStatuses)[number];

/** A scenario (one Playwright test in one project) is one of these; `expected-fail` is a requirement verdict only. */
export type ScenarioStatus = Exclude<RequirementStatus, 'expected-fail'>;

/** A file a scenario attached that helps with a failure, as a path relative to the reports folder. */
export interface EvidenceLink {
  kind: 'trace' | 'screenshot';
  /** The title of the scenario that attached it. */
  scenario: string;
  /** Relative to the folder of `conformance.json` (so the HTML page can link it), or absolute when elsewhere on another drive. */
  path: string;
}

/** What a scenario can say besides its status: a check it could not perform for this target, or a plain note. */
export const noteKinds = ['not-checked', 'note'] as const;
export type NoteKind = (typeof noteKinds)[number];

/** A `{type: 'not-checked' | 'note', description}` annotation of a scenario (`notChecked()` adds the first kind). */
export interface ScenarioNote {
  kind: NoteKind;
  /** The requirement the description starts with (`COOKIE-02: …`) when the scenario names it; null when it names none of them. */
  requirement: string | null;
  /** The description without that `ID:` prefix. */
  text: string;
}

/** A scenario's note under a requirement: the ones about it, and the ones that name none of the scenario's requirements. */
export interface RequirementNote {
  kind: NoteKind;
  /** The title of the scenario that added it. */
  scenario: string;
  text: string;
}

/** What a scenario says about one requirement it names. Differs from the scenario's own status only when a scenario naming several requirements failed (see SCHEMA.md). */
export interface RequirementOutcome {
  status: ScenarioStatus;
  /** Why it is `not-applicable` or `not-run` for this requirement. */
  reason: string | null;
  /** The failure message that fails this requirement, without terminal colours. */
  error: string | null;
}

/** One Playwright test, as the report shows it under each requirement it names. */
export interface ScenarioResult {
  title: string;
  /** The spec file, relative to the run's working directory, and the test's line. */
  file: string;
  line: number;
  project: string;
  /** Requirement IDs the test names by tag or title prefix (catalogue IDs only). */
  requirements: string[];
  status: ScenarioStatus;
  /** Its outcome for each requirement in `requirements`; the fold reads this, not `status`. */
  byRequirement: Record<string, RequirementOutcome>;
  /** True when an attempt failed and a retry passed: counted as passed, shown as flaky. */
  flaky: boolean;
  /** Number of attempts Playwright made (1 without retries). */
  attempts: number;
  /** All attempts together, in milliseconds. */
  durationMs: number;
  /** The first error of the last failing attempt, without terminal colours. */
  error: string | null;
  /** Why the scenario does not apply (`not-applicable`) or did not run (`not-run`). */
  reason: string | null;
  evidence: EvidenceLink[];
  /** This test in Playwright's HTML report, relative to the reports folder. */
  htmlReport: string | null;
  /** Checks it did not perform for this target, and other notes, from its last attempt. */
  notes: ScenarioNote[];
}

/** An expected deviation from the expectations file, as web-platform-tests records them. */
export interface Expectation {
  requirement: string;
  reason: string;
  /** An issue or document that explains the deviation. */
  link: string;
}

/** The verdict and everything behind it for one catalogue requirement. */
export interface RequirementResult {
  id: string;
  title: string;
  guideSection: string;
  /** True when a failure fails the run; false for advisory requirements (PRIV-01). */
  gates: boolean;
  status: RequirementStatus;
  /** At least one scenario naming this requirement was selected for the run. */
  selected: boolean;
  /** The run was expected to check it: selected, or the run was a full one (see SCHEMA.md). */
  shouldRun: boolean;
  /** This requirement alone makes the run fail. */
  blocking: boolean;
  /** A scenario passed only on retry. */
  flaky: boolean;
  /** The declared deviation, when the expectations file lists this requirement. */
  expectation: Expectation | null;
  /** Declared as an expected failure but passed: the expectations file needs updating. */
  unexpectedPass: boolean;
  /** Why it is `not-applicable` or `not-run`. */
  reason: string | null;
  durationMs: number;
  /** The first scenario that failed this requirement (not one that failed another of its requirements). */
  firstFailure: { scenario: string; message: string } | null;
  scenarios: ScenarioResult[];
  evidence: EvidenceLink[];
  /** Checks not performed and notes of its scenarios, without repeats: a `passed` with a `not-checked` note was not fully checked. */
  notes: RequirementNote[];
}

/** How the tests were chosen, which decides which requirements "should run". */
export interface Selection {
  /** `full`: every catalogue requirement should run. `selected`: only those with a selected scenario. */
  mode: 'full' | 'selected';
  /** Why: the CLI filters seen (`--grep @SAFE-01`), `shard 1/2`, or an override. */
  because: string[];
}

/** What the playwright config records about the run (config `metadata.linkHarness`), so that merged shards still know it. */
export interface ConformanceRunMetadata {
  target: { url: string | null; kind: 'reference-checkout' | 'checkout-url' | 'unknown' };
  stripe: { backend: 'emulator' | 'stripe-test-mode'; apiVersion: string | null };
  browser: { name: string | null; version: string | null };
  harnessVersion: string | null;
  selection: Selection;
}

/** The run the report is about. */
export interface RunInfo extends ConformanceRunMetadata {
  playwrightVersion: string | null;
  startTime: string;
  endTime: string;
  durationMs: number;
  /** Playwright's own status of the run, before the conformance verdict. */
  playwrightStatus: 'passed' | 'failed' | 'timedout' | 'interrupted';
  /** True when the run was interrupted or timed out: results are incomplete. */
  partial: boolean;
  /** `{current, total}` for one shard's own report, `{merged}` for a report merged from blobs, null otherwise. */
  shard: { current: number; total: number } | { merged: number } | null;
  /** The expectations file read, relative to the working directory, or null when none. */
  expectationsFile: string | null;
}

/** Why the run passes or fails. */
export interface Verdict {
  passed: boolean;
  /** Gating requirements that failed. */
  failed: string[];
  /** Gating requirements that should have run and did not. */
  notRun: string[];
  /** Advisory requirements that failed (reported, never gating). */
  advisoryFailed: string[];
  /** Requirements declared as expected failures that passed. */
  unexpectedPasses: string[];
  /** Titles of failing tests that name no catalogue requirement (harness self-tests). */
  unmappedFailures: string[];
  /** Human-readable reasons, one per line, empty when the run passes. */
  reasons: string[];
}

/** Something that went wrong outside the tests: a global error, a bad expectations file, a reporter step. */
export interface ReportError {
  source: 'playwright' | 'expectations' | 'reporter' | 'scenarios';
  message: string;
}

/** The whole of `conformance.json`. */
export interface ConformanceReport {
  schemaVersion: typeof conformanceSchemaVersion;
  run: RunInfo;
  verdict: Verdict;
  /** Requirements per status; `notChecked`: requirements with at least one `not-checked` note, whatever their status. */
  counts: Record<RequirementStatus, number> & { total: number; flaky: number; notChecked: number };
  requirements: RequirementResult[];
  /** Tests that name no catalogue requirement: not part of the verdict except for failures. */
  unmappedScenarios: ScenarioResult[];
  errors: ReportError[];
}

/** Options of the reporter, as given in the playwright config: `['./harness/reporter/index.ts', { outputDir: 'reports' }]`. */
export interface ConformanceReporterOptions {
  /** Where the four report files go; relative to the config file's folder. Default `reports`. */
  outputDir?: string;
  /** Playwright's HTML report, for per-scenario links; relative to the config file's folder. Default `<outputDir>/html`; null for no links. */
  htmlReportDir?: string | null;
  /** The expectations file; relative to the config file's folder. Default `conformance-expectations.json` there. `LINK_HARNESS_EXPECTATIONS` wins. */
  expectationsFile?: string;
  /** The requirement catalogue; default `harness/requirements/requirements.ts`. */
  catalogue?: readonly { id: string; title: string; guideSection: string; gates: boolean }[];
  /** Print the end-of-run summary (default true). */
  printSummary?: boolean;
  /** Fail the run when an expected failure passes (default false: it is flagged only). */
  failOnUnexpectedPass?: boolean;
}
