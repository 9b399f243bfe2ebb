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
  const start = argv.indexOf('test');
  if (start < 0) return undefined;
  const args = argv.slice(start + 1);
  if (args.includes('--list')) return undefined;
  let reporters: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--reporter') reporters = args[++i];
    else if (arg.startsWith('--reporter=')) reporters = arg.slice('--reporter='.length);
  }
  if (reporters === undefined || reporters.split(',').some((name) => /(^|[\\/])harness[\\/]reporter([\\/]index\.ts)?$/.test(name.trim()))) return undefined;
  return [
    `link-harness: --reporter=${reporters} replaces every reporter of the config, the conformance reporter too:`,
    'this run writes no conformance reports, and its exit code is Playwright\'s, not the conformance verdict.',
    `Keep the verdict with --reporter=${reporters},${conformanceReporter}`,
  ].join('\n  ');
}
