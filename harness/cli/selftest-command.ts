import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CheckoutStartError, faultCatalogue, parseFaults, UnknownFaultError } from '../checkout/index.ts';
import { EmulatorStartError } from '../emulator/index.ts';
import { runSelftest, selftestTable, type PlannedFault } from '../selftest/index.ts';
import { exitCode, type Command, type ParsedOptions } from './command.ts';
import { parseCount } from './numbers.ts';
import { UsageError } from './usage-error.ts';

/** The project root, where playwright.config.ts is. */
const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** A self-test as the command line asks for it. */
export interface SelftestSettings {
  faults: PlannedFault[];
  parallel: number;
  workers: number;
  outDir: string;
  runTimeoutMs: number;
}

/**
 * Reads the selftest command's options: `--faults a,b` (default: every fault of
 * harness/checkout/faults.ts, in its order), `--parallel`, `--workers`, `--out`, `--timeout`.
 * An unknown fault is a UsageError that lists the known ones.
 *
 * @example
 * selftestSettings({ faults: 'no-cookie' }).faults // [{ name: 'no-cookie', requirement: 'COOKIE-01' }]
 */
export function selftestSettings(options: ParsedOptions): SelftestSettings {
  const value = (name: string) => (typeof options[name] === 'string' ? (options[name] as string) : undefined);
  let chosen;
  try {
    chosen = parseFaults(value('faults'));
  } catch (err) {
    if (err instanceof UnknownFaultError) throw new UsageError(err.message.replace('link-harness checkout:', 'link-harness selftest:'), "Run 'link-harness selftest --help' for its options.");
    throw err;
  }
  if (value('faults') !== undefined && chosen.size === 0) throw new UsageError('link-harness selftest: --faults names no fault.', "Run 'link-harness selftest --help' for its options.");
  const faults = faultCatalogue.filter((f) => chosen.size === 0 || chosen.has(f.name)).map((f) => ({ name: f.name, requirement: f.requirement, alsoBreaks: f.alsoBreaks }));
  return {
    faults,
    parallel: parseCount('selftest', 'parallel', value('parallel') ?? '2', 8),
    workers: parseCount('selftest', 'workers', value('workers') ?? '1', 8),
    outDir: resolve(value('out') ?? 'reports/selftest'),
    runTimeoutMs: parseCount('selftest', 'timeout', value('timeout') ?? '300', 3600) * 1000,
  };
}

/** `link-harness selftest`: proves the conformance suite detects each named fault of the reference checkout. */
export const selftestCommand: Command = {
  name: 'selftest',
  summary: 'Prove the conformance suite notices each named fault of the reference checkout (also `npm run selftest`)',
  description: [
    'For each named fault of the reference checkout (harness/checkout/faults.ts, or --faults), starts',
    'the checkout with that fault on a free port and runs the scenarios tagged with the requirement it',
    'breaks, and with those it breaks end to end (the table\'s "also fails"), against it:',
    '`playwright test --grep @<ID>` in a child process, with LINK_HARNESS_CHECKOUT_PORT',
    'and LINK_HARNESS_EMULATOR_PORT pointing the suite at that checkout and at an emulator of the',
    "self-test's own (so other runs on the machine, and their ports 4242 and 12111, are left alone), and",
    'LINK_HARNESS_FAULTS naming the fault for scenarios that start the checkout themselves. Each of those',
    'requirements counts as detected when one of its scenarios fails with a message that names it.',
    'One clean run of the same requirements must pass. Prints a line per run, then a table; exits with 1',
    'when a requirement goes undetected or the clean run fails.',
  ].join('\n'),
  options: [
    { name: 'faults', kind: 'value', placeholder: 'a,b', description: 'Faults to check (default: all of them)' },
    { name: 'parallel', kind: 'value', placeholder: 'n', defaultValue: '2', description: 'Playwright runs at once' },
    { name: 'workers', kind: 'value', placeholder: 'n', defaultValue: '1', description: 'Playwright workers per run' },
    { name: 'out', kind: 'value', placeholder: 'dir', defaultValue: 'reports/selftest', description: 'Where each run keeps its JSON report, and summary.json' },
    { name: 'timeout', kind: 'value', placeholder: 's', defaultValue: '300', description: 'Stops a Playwright run that takes longer' },
  ],
  examples: ['npm run selftest', 'npx link-harness selftest --faults no-cookie,cookie-not-secure', 'npx link-harness selftest --parallel 1 --workers 2'],
  async run(options, io) {
    const settings = selftestSettings(options);
    io.err(`link-harness selftest: ${settings.faults.length} fault(s), ${settings.parallel} run(s) at once; reports in ${settings.outDir}`);
    let report;
    try {
      report = await runSelftest({ ...settings, root: projectRoot, env: process.env, log: (line) => io.err(line) });
    } catch (err) {
      if (!(err instanceof EmulatorStartError || err instanceof CheckoutStartError)) throw err;
      io.err(err.message);
      return exitCode.failed;
    }
    await mkdir(settings.outDir, { recursive: true });
    await writeFile(join(settings.outDir, 'summary.json'), `${JSON.stringify(report, null, 2)}\n`);
    io.out(selftestTable(report));
    return report.ok ? exitCode.ok : exitCode.failed;
  },
};
