import { createRequire } from 'node:module';
import { benchCommand } from './bench-command.ts';
import { doctorCommand } from './doctor-command.ts';
import { closestName } from './closest-name.ts';
import { exitCode, type CliIo, type Command } from './command.ts';
import { emulatorCommand } from './emulator-command.ts';
import { listenCommand } from './listen-command.ts';
import { serveCommand } from './serve-command.ts';
import { selftestCommand } from './selftest-command.ts';
import { setupCommand } from './setup-command.ts';
import { testCommand } from './test-command.ts';
import { initCommand } from './init-command.ts';
import { commandHelp, mainHelp } from './help.ts';
import { parseOptions, splitOwnOptions } from './parse-options.ts';
import { UsageError } from './usage-error.ts';

/** The commands `link-harness` offers, in the order its help lists them. */
export const commands: readonly Command[] = [
  setupCommand,
  testCommand,
  initCommand,
  doctorCommand,
  emulatorCommand,
  listenCommand,
  serveCommand,
  selftestCommand,
  benchCommand,
];

const version = () => (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

function findCommand(name: string): Command {
  const command = commands.find((c) => c.name === name);
  if (command) return command;
  const guess = closestName(
    name,
    commands.map((c) => c.name),
  );
  throw new UsageError(
    `link-harness: unknown command '${name}'${guess ? ` (did you mean '${guess}'?)` : ''}.`,
    `Run 'link-harness --help' for the commands (${commands.map((c) => c.name).join(', ')}).`,
  );
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h') {
    io.out(mainHelp(commands));
    return exitCode.ok;
  }
  if (first === '--version' || first === '-v') {
    io.out(version());
    return exitCode.ok;
  }
  if (first === 'help') {
    io.out(rest[0] === undefined ? mainHelp(commands) : commandHelp(findCommand(rest[0])));
    return exitCode.ok;
  }
  if (first.startsWith('-'))
    throw new UsageError(`link-harness: unknown option '${first}'; a command comes first.`, "Run 'link-harness --help' for the commands.");
  const command = findCommand(first);
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
