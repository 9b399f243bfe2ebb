import type { Selection } from './glossary.ts';

/** `playwright test` options that narrow which tests run. */
const filterOptions = new Set(['-g', '--grep', '-G', '--grep-invert', '--project', '--last-failed', '--only-changed', '--test-list', '--test-list-invert']);
/** Options that take a value in the next argument (so that value is not a file filter). */
const valueOptions = new Set([
  '-c',
  '--config',
  '-g',
  '--grep',
  '-G',
  '--grep-invert',
  '--project',
  '--reporter',
  '--shard',
  '-j',
  '--workers',
  '--retries',
  '--timeout',
  '--repeat-each',
  '--output',
  '--max-failures',
  '--global-timeout',
  '--trace',
  '--tsconfig',
  '--browser',
  '--update-source-method',
  '--test-list',
  '--test-list-invert',
  '--last-failed-file',
  '--ui-host',
  '--ui-port',
]);
/** Options whose value is optional, with the values they can take. */
const optionalValues: Record<string, (value: string) => boolean> = {
  '-u': (v) => ['all', 'changed', 'missing', 'none'].includes(v),
  '--update-snapshots': (v) => ['all', 'changed', 'missing', 'none'].includes(v),
  '--shuffle': (v) => /^\d+$/.test(v),
  '--only-changed': (v) => !v.startsWith('-'),
};

/** One argument of a `playwright test` command line: an option (with its value when it takes one), or a file filter. */
export type TestArgument = { name: string; value?: string } | { file: string };

/**
 * The arguments of a `playwright test` command line, in order (`--name=value` and `--name value`
 * alike), or undefined when `argv` is not one (a worker's, a merge's).
 *
 * @example
 * testCommandLine(['node', 'playwright', 'test', '--grep', '@SAFE-01', 'scenarios/setup.spec.ts'])
 * // [{ name: '--grep', value: '@SAFE-01' }, { file: 'scenarios/setup.spec.ts' }]
 */
export function testCommandLine(argv: readonly string[]): TestArgument[] | undefined {
  const start = argv.indexOf('test');
  if (start < 0) return undefined;
  const parsed: TestArgument[] = [];
  const args = argv.slice(start + 1);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('-')) {
      parsed.push({ file: arg });
      continue;
    }
    const [name = '', inlineValue] = arg.split(/=(.*)/s, 2);
    let value = inlineValue;
    if (value === undefined && valueOptions.has(name)) value = args[++i];
    const optional = optionalValues[name];
    if (value === undefined && optional && args[i + 1] !== undefined && optional(args[i + 1] ?? '')) value = args[++i];
    parsed.push(value === undefined ? { name } : { name, value });
  }
  return parsed;
}

/**
 * Which requirements a `playwright test` command line means to check. Playwright tells reporters
 * what was selected but not whether it was filtered, so the config reads its own command line:
 * with `--grep`, `--project`, file arguments and the like only requirements with a selected
 * scenario count ("selected"); a plain run must check the whole catalogue ("full").
 * `LINK_HARNESS_SELECTION=full|selected` overrides what the command line says.
 *
 * @example
 * selectionFromArgv(['node', 'playwright', 'test', '--grep', '@SAFE-01'], {})
 * // { mode: 'selected', because: ['--grep @SAFE-01'] }
 */
export function selectionFromArgv(argv: readonly string[], env: Record<string, string | undefined>): Selection {
  const forced = env.LINK_HARNESS_SELECTION?.trim();
  if (forced === 'full' || forced === 'selected') return { mode: forced, because: [`LINK_HARNESS_SELECTION=${forced}`] };
  const args = testCommandLine(argv);
  if (!args) return { mode: 'selected', because: ['not a `playwright test` command line'] };
  const because = args.flatMap((arg) => {
    if ('file' in arg) return [`file filter ${arg.file}`];
    if (!filterOptions.has(arg.name)) return [];
    return [arg.value === undefined ? arg.name : `${arg.name} ${arg.value}`];
  });
  return { mode: because.length ? 'selected' : 'full', because };
}
