import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CheckoutStartError } from '../checkout/index.ts';
import { EmulatorStartError } from '../emulator/index.ts';
import { runSelftest, selftestCheckouts, selftestTable, type SelftestCheckout, type PlannedFault } from '../selftest/index.ts';
import { exitCode, type Command, type ParsedOptions } from './command.ts';
import { parseCount } from './numbers.ts';
import { UsageError } from './usage-error.ts';

/** The project root, where playwright.config.ts is. */
const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** A self-test as the command line asks for it. */
export interface SelftestSettings {
  checkouts: { checkout: SelftestCheckout; faults: PlannedFault[] }[];
  /** False with --skip-clean. */
  clean: boolean;
  /** Scenarios at once (Playwright workers). */
  workers: number;
  outDir: string;
  runTimeoutMs: number;
}

const helpHint = "Run 'link-harness selftest --help' for its options.";
const list = (text: string | undefined) =>
  (text ?? '')
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n !== '');

/**
 * Reads the selftest command's options: `--checkout a,b` (default: every checkout the self-test
 * knows, the reference checkout first), `--faults a,b` (default: every fault of each; a name
 * picks that fault in every chosen checkout that has it), `--parallel`, `--workers`, `--out`,
 * `--timeout`. An unknown checkout or fault is a UsageError that lists the known ones.
 *
 * @example
 * selftestSettings({ checkout: 'thimble', faults: 'no-link' }).checkouts[0]!.faults // [{ name: 'no-link', requirement: 'SETUP-02', … }]
 */
export function selftestSettings(options: ParsedOptions): SelftestSettings {
  const value = (name: string) => (typeof options[name] === 'string' ? (options[name] as string) : undefined);
  const names = list(value('checkout'));
  if (value('checkout') !== undefined && names.length === 0) throw new UsageError('link-harness selftest: --checkout names no checkout.', helpHint);
  const unknownCheckouts = names.filter((n) => !selftestCheckouts.some((c) => c.name === n));
  if (unknownCheckouts.length > 0)
    throw new UsageError(
      `link-harness selftest: unknown checkout ${unknownCheckouts.map((n) => `'${n}'`).join(', ')}. Known checkouts: ${selftestCheckouts.map((c) => c.name).join(', ')}.`,
      helpHint,
    );
  const chosen = selftestCheckouts.filter((c) => names.length === 0 || names.includes(c.name));

  const faultNames = list(value('faults'));
  if (value('faults') !== undefined && faultNames.length === 0) throw new UsageError('link-harness selftest: --faults names no fault.', helpHint);
  const known = [...new Set(chosen.flatMap((c) => c.faults.map((f) => f.name)))];
  const unknownFaults = faultNames.filter((n) => !known.includes(n));
  if (unknownFaults.length > 0)
    throw new UsageError(
      `link-harness selftest: unknown fault${unknownFaults.length > 1 ? 's' : ''} ${unknownFaults.map((n) => `'${n}'`).join(', ')} (checkouts: ${chosen.map((c) => c.name).join(', ')}). Known faults: ${known.join(', ')}.`,
      helpHint,
    );
  const checkouts = chosen
    .map((checkout) => ({ checkout, faults: checkout.faults.filter((f) => faultNames.length === 0 || faultNames.includes(f.name)).map((f) => ({ ...f })) }))
    .filter((c) => c.faults.length > 0);
  return {
    checkouts,
    clean: options['skip-clean'] !== true,
    workers: workersOption(value('workers'), value('parallel')) ?? (options['skip-clean'] === true ? WORKERS_FAULTS_ONLY : WORKERS_DEFAULT),
    outDir: resolve(value('out') ?? 'reports/selftest'),
    runTimeoutMs: parseCount('selftest', 'timeout', value('timeout') ?? '900', 3600) * 1000,
  };
}

/**
 * Scenarios at once, as in the conformance run: with the clean runs, whose scenarios all pass,
 * the browsers keep both cores of this machine busy; a third worker measured no faster
 * (3 min 47 s–3 min 59 s against 3 min 41 s) and slowed a clean run's pages past an adapter's 5 s wait.
 */
const WORKERS_DEFAULT = 2;

/**
 * Without the clean runs (`--skip-clean`), one more: a fault run's scenario spends much of its time
 * waiting on an expectation its fault keeps from coming true, and two workers left the cores idle
 * half of the time then (2 min 45 s–2 min 56 s; three: 2 min 17 s).
 */
const WORKERS_FAULTS_ONLY = 3;

/**
 * `--workers`, or `--parallel`, its older name (runs at once, when each run was a Playwright run
 * of its own); both at once must agree. Undefined when neither is given.
 */
function workersOption(workers: string | undefined, parallel: string | undefined): number | undefined {
  const w = workers === undefined ? undefined : parseCount('selftest', 'workers', workers, 8);
  const p = parallel === undefined ? undefined : parseCount('selftest', 'parallel', parallel, 8);
  if (w !== undefined && p !== undefined && w !== p)
    throw new UsageError('link-harness selftest: --parallel is the older name of --workers (scenarios at once); give one of them.', helpHint);
  return w ?? p;
}

/** `link-harness selftest`: proves the conformance suite detects each named fault of the reference checkout. */
export const selftestCommand: Command = {
  name: 'selftest',
  summary: 'Prove the conformance suite notices each named fault of the example checkouts (also `npm run selftest`)',
  description: [
    'For each named fault of the reference checkout (harness/checkout/faults.ts) and of Thimble & Twine,',
    'the example checkout built unlike it (fixtures/checkouts/thimble/faults.ts), or those --checkout and',
    '--faults choose, starts the checkout with that fault on a free port, and runs against it the scenarios',
    'tagged with the requirement it breaks and with those it breaks end to end (the table\'s "also fails").',
    "Every checkout is up at once, on an emulator of the self-test's own (other runs on the machine, and",
    'their ports 4242 and 12111, are left alone), and one `playwright test` child process takes them all:',
    'each run is a group of projects pointed at its checkout (the reference one by',
    'LINK_HARNESS_CHECKOUT_PORT; Thimble & Twine as a user points the suite at their own checkout, by',
    'CHECKOUT_URL and its link-harness.config.ts). Each of those requirements counts as detected when one',
    'of its scenarios fails with a message that names it. One clean run of each checkout over the same',
    'requirements must pass. Prints a line per run as it ends, then a table; exits with 1 when a',
    'requirement goes undetected or a clean run fails.',
  ].join('\n'),
  options: [
    { name: 'checkout', kind: 'value', placeholder: 'a,b', description: 'Checkouts to prove the suite on: reference, thimble (default: both)' },
    { name: 'faults', kind: 'value', placeholder: 'a,b', description: 'Faults to check (default: all of each checkout)' },
    { name: 'skip-clean', kind: 'flag', description: 'Leave out the clean runs, where a conformance run of each checkout has just passed (as in .ci/run)' },
    {
      name: 'workers',
      kind: 'value',
      placeholder: 'n',
      defaultValue: '2, 3 with --skip-clean',
      description: 'Scenarios at once (Playwright workers, each with its own browser)',
    },
    { name: 'parallel', kind: 'value', placeholder: 'n', description: 'The older name of --workers' },
    { name: 'out', kind: 'value', placeholder: 'dir', defaultValue: 'reports/selftest', description: 'Where each run keeps its JSON report, and summary.json' },
    { name: 'timeout', kind: 'value', placeholder: 's', defaultValue: '900', description: "Stops the self-test's Playwright run when it takes longer" },
  ],
  examples: [
    'npm run selftest',
    'npx link-harness selftest --checkout reference --faults no-cookie,cookie-not-secure',
    'npx link-harness selftest --checkout thimble',
    'npx link-harness selftest --workers 3',
  ],
  async run(options, io) {
    const settings = selftestSettings(options);
    const counts = settings.checkouts.map((c) => `${c.faults.length} of ${c.checkout.name}`).join(', ');
    io.err(`link-harness selftest: faults ${counts}; ${settings.workers} scenario(s) at once; reports in ${settings.outDir}`);
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
