/** One Playwright run of the self-test: a checkout with one fault (or none), and the requirements it greps. */
export interface SelftestRun {
  /** `clean` or the fault's name; another checkout's than the reference's are prefixed `thimble/`. */
  name: string;
  /** The checkout's `--checkout` name (`reference`, `thimble`). */
  checkout: string;
  /** The fault switched on, or null for a clean run. */
  fault: string | null;
  /** The requirement IDs whose scenarios run (`--grep @ID`); for a fault run, the one it names first, then its consequences. */
  requirements: string[];
}

/** A scenario's result, flattened from Playwright's JSON report (one per test and project). */
export interface ScenarioOutcome {
  title: string;
  project: string;
  /** Tags without the `@` (`COOKIE-02`, `safari-like`). */
  tags: string[];
  /** Playwright's verdict: `expected`, `unexpected`, `flaky` or `skipped`. */
  status: 'expected' | 'unexpected' | 'flaky' | 'skipped';
  /** The error messages of the last attempt, without colours, source snippet or stack. */
  errors: string[];
  /** The reason of a `not-applicable` annotation, when the scenario declared one. */
  notApplicable: string | undefined;
}

/** What one fault run showed for one requirement it breaks. */
export interface FaultVerdict {
  /** The fault's name; another checkout's than the reference's prefixed `thimble/`. */
  fault: string;
  requirement: string;
  /** True for an end-to-end consequence (faults.ts `alsoBreaks`), false for the requirement the fault names. */
  consequence: boolean;
  /** True when a scenario of the requirement failed with a message that names it. */
  detected: boolean;
  /** The failure message that named the requirement, or why the fault went unnoticed. */
  excerpt: string;
  durationMs: number;
}

/** What a clean run showed. */
export interface CleanVerdict {
  name: string;
  /** True when the run ended and no scenario failed. */
  passed: boolean;
  counts: { passed: number; failed: number; skipped: number };
  /** The failures, one line each, or why the run did not end. */
  problems: string[];
  durationMs: number;
}

/** The whole self-test. */
export interface SelftestReport {
  faults: FaultVerdict[];
  clean: CleanVerdict[];
  durationMs: number;
  /** True when every fault was detected and every clean run passed. */
  ok: boolean;
}
