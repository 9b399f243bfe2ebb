import { testCommandLine } from './selection.ts';

/** The conformance reporter as a command line names it. */
const conformanceReporter = './harness/reporter/index.ts';

/**
 * The warning for a `playwright test` command line whose `--reporter` leaves the conformance
 * reporter out, or undefined. Playwright lets `--reporter` replace every reporter of the config,
 * so such a run writes no conformance reports and exits with Playwright's status instead of the
 * verdict; nothing else would say so. A listing (`--list`) writes no reports anyway.
 *
 * @example
 * reporterOverrideWarning(['node', 'playwright', 'test', '--reporter=dot'])
 * // 'link-harness: --reporter=dot replaces … --reporter=dot,./harness/reporter/index.ts'
 */
export function reporterOverrideWarning(argv: readonly string[]): string | undefined {
  const args = testCommandLine(argv);
  if (!args || args.some((arg) => 'name' in arg && arg.name === '--list')) return undefined;
  const reporters = args.findLast((arg): arg is { name: string; value?: string } => 'name' in arg && arg.name === '--reporter')?.value;
  if (reporters === undefined || reporters.split(',').some((name) => /(^|[\\/])harness[\\/]reporter([\\/]index\.ts)?$/.test(name.trim()))) return undefined;
  return [
    `link-harness: --reporter=${reporters} replaces every reporter of the config, the conformance reporter too:`,
    "this run writes no conformance reports, and its exit code is Playwright's, not the conformance verdict.",
    `Keep the verdict with --reporter=${reporters},${conformanceReporter}`,
  ].join('\n  ');
}
