import { createRequire } from 'node:module';
import { closestName } from './closest-name.ts';
import { exitCode, type CliIo, type Command } from './command.ts';
import { commandHelp, mainHelp } from './help.ts';
import { parseOptions, splitOwnOptions } from './parse-options.ts';
import { UsageError } from './usage-error.ts';

/** A command as the CLI knows it before loading it: its name, and how to load the rest. */
interface ListedCommand {
  name: string;
  load(): Promise<Command>;
}

/**
 * The commands `link-harness` offers, in the order its help lists them. Each is loaded only when
 * it runs (or for help): `link-harness emulator` then starts without the browser lookup,
 * the checkout, the self-test and the bench.
 */
export const commandList: readonly ListedCommand[] = [
  { name: 'setup', load: async () => (await import('./setup-command.ts')).setupCommand },
  { name: 'test', load: async () => (await import('./test-command.ts')).testCommand },
  { name: 'init', load: async () => (await import('./init-command.ts')).initCommand },
  { name: 'doctor', load: async () => (await import('./doctor-command.ts')).doctorCommand },
  { name: 'emulator', load: async () => (await import('./emulator-command.ts')).emulatorCommand },
  { name: 'listen', load: async () => (await import('./listen-command.ts')).listenCommand },
  { name: 'serve', load: async () => (await import('./serve-command.ts')).serveCommand },
  { name: 'selftest', load: async () => (await import('./selftest-command.ts')).selftestCommand },
  { name: 'bench', load: async () => (await import('./bench-command.ts')).benchCommand },
];

/** Every command, loaded: for the list in the main help. */
export const loadCommands = (): Promise<Command[]> => Promise.all(commandList.map((c) => c.load()));

const version = () => (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

async function findCommand(name: string): Promise<Command> {
  const listed = commandList.find((c) => c.name === name);
  if (listed) return listed.load();
  const names = commandList.map((c) => c.name);
  const guess = closestName(name, names);
  throw new UsageError(
    `link-harness: unknown command '${name}'${guess ? ` (did you mean '${guess}'?)` : ''}.`,
    `Run 'link-harness --help' for the commands (${names.join(', ')}).`,
  );
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h') {
    io.out(mainHelp(await loadCommands()));
    return exitCode.ok;
  }
  if (first === '--version' || first === '-v') {
    io.out(version());
    return exitCode.ok;
  }
  if (first === 'help') {
    io.out(rest[0] === undefined ? mainHelp(await loadCommands()) : commandHelp(await findCommand(rest[0])));
    return exitCode.ok;
  }
  if (first.startsWith('-'))
    throw new UsageError(`link-harness: unknown option '${first}'; a command comes first.`, "Run 'link-harness --help' for the commands.");
  const command = await findCommand(first);
  const { own, passedOn } = command.passesOn ? splitOwnOptions(rest, command.options) : { own: rest, passedOn: [] };
  const options = parseOptions(command.name, own, command.options);
  if (options.help) {
    io.out(commandHelp(command));
    return exitCode.ok;
  }
  return command.run(options, io, passedOn);
}

/**
 * Runs `link-harness` with the arguments after the program name and resolves with the exit code:
 * 0 done, 1 the command failed, 2 it was called wrongly (the message says how to call it).
 *
 * @example
 * process.exitCode = await runCli(process.argv.slice(2), processIo);
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.err(`${err.message}\n${err.hint}`);
    return exitCode.usage;
  }
}
