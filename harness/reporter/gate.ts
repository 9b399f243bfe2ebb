import { readFileSync } from 'node:fs';
import { conformanceSchemaVersion } from './glossary.ts';

/** What the gate decided, and the lines to print. */
export interface GateResult {
  exitCode: 0 | 1;
  lines: string[];
}

/**
 * The CI gate on a written report: exit code 0 when `conformance.json` says the run passed, 1
 * when it failed, is partial, or cannot be read. `playwright merge-reports` ignores reporters'
 * verdicts (its exit code only tells whether merging worked), so merged shards are gated with this.
 *
 * @example
 * const { exitCode, lines } = gateOnReport('reports/conformance.json');
 */
export function gateOnReport(path: string): GateResult {
  let report: { schemaVersion?: unknown; verdict?: { passed?: unknown; reasons?: unknown }; run?: { partial?: unknown; playwrightStatus?: unknown } };
  try {
    report = JSON.parse(readFileSync(path, 'utf8')) as typeof report;
  } catch (err) {
    return {
      exitCode: 1,
      lines: [
        `link-harness gate: cannot read ${path} (${err instanceof Error ? err.message : String(err)}). Run the tests or merge the shards first; the reporter writes it.`,
      ],
    };
  }
  if (report.schemaVersion !== conformanceSchemaVersion) {
    return {
      exitCode: 1,
      lines: [
        `link-harness gate: ${path} has schema version ${String(report.schemaVersion)}, this gate reads ${conformanceSchemaVersion}. Regenerate the report with this version of the harness.`,
      ],
    };
  }
  if (report.run?.partial === true) {
    return {
      exitCode: 1,
      lines: [`link-harness gate: ${path} is partial (the run was ${String(report.run.playwrightStatus)}): conformance was not established.`],
    };
  }
  if (report.verdict?.passed === true) return { exitCode: 0, lines: [`link-harness gate: ${path}: conformance passed.`] };
  const reasons = Array.isArray(report.verdict?.reasons) ? report.verdict.reasons.map(String) : [];
  return { exitCode: 1, lines: [`link-harness gate: ${path}: conformance failed.`, ...reasons.map((r) => `  ${r}`)] };
}
