/**
 * `tsx harness/reporter/gate-cli.ts [reports/conformance.json]`: exits 1 unless the report's
 * verdict passed. Used after `playwright merge-reports` (see the conformance:merge script).
 */
import { gateOnReport } from './gate.ts';

const { exitCode, lines } = gateOnReport(process.argv[2] ?? 'reports/conformance.json');
(exitCode === 0 ? process.stdout : process.stderr).write(`${lines.join('\n')}\n`);
process.exitCode = exitCode;
