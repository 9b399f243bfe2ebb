import type { OptionSpec, ParsedOptions } from './command.ts';
import { closestName } from './closest-name.ts';
import { UsageError } from './usage-error.ts';

const helpOption: OptionSpec = { name: 'help', short: 'h', kind: 'flag', description: 'Show this help' };

/**
 * Reads `--name value`, `--name=value`, `--flag` and `-h` style arguments against a command's
 * options; anything else is a UsageError naming the argument and the command's help.
 *
 * @example
 * parseOptions('emulator', ['--port', '0'], emulatorOptions) // { port: '0' }
 */
export function parseOptions(command: string, args: readonly string[], specs: readonly OptionSpec[]): ParsedOptions {
  const all = [...specs, helpOption];
  const hint = `Run 'link-harness ${command} --help' for its options.`;
  const parsed: ParsedOptions = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const long = /^--([^=]+)(?:=(.*))?$/s.exec(arg);
    const short = /^-([A-Za-z])$/.exec(arg);
    const spec = long ? all.find((s) => s.name === long[1]) : short ? all.find((s) => s.short === short[1]) : undefined;
    if (!long && !short) throw new UsageError(`link-harness ${command}: unexpected argument '${arg}'.`, hint);
    if (!spec) {
      const guess = long
        ? closestName(
            long[1]!,
            all.map((s) => s.name),
          )
        : undefined;
      throw new UsageError(`link-harness ${command}: unknown option '${arg.split('=')[0]}'${guess ? ` (did you mean --${guess}?)` : ''}.`, hint);
    }
    const inline = long?.[2];
    if (spec.kind === 'flag') {
      if (inline !== undefined) throw new UsageError(`link-harness ${command}: --${spec.name} takes no value.`, hint);
      parsed[spec.name] = true;
      continue;
    }
    const value = inline ?? args[i + 1];
    if (value === undefined || (inline === undefined && value.startsWith('--')))
      throw new UsageError(`link-harness ${command}: --${spec.name} needs a value (--${spec.name} <${spec.placeholder ?? 'value'}>).`, hint);
    if (inline === undefined) i++;
    parsed[spec.name] = value;
  }
  return parsed;
}

/**
 * Splits a command line into the command's own options and the rest, kept in order for the tool
 * it passes them on to (everything after `--` is passed on as is).
 *
 * @example
 * splitOwnOptions(['--checkout', 'http://x', '--grep', '@SETUP-01'], testOptions) // { own: ['--checkout', 'http://x'], passedOn: ['--grep', '@SETUP-01'] }
 */
export function splitOwnOptions(args: readonly string[], specs: readonly OptionSpec[]): { own: string[]; passedOn: string[] } {
  const all = [...specs, helpOption];
  const own: string[] = [];
  const passedOn: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      passedOn.push(...args.slice(i + 1));
      break;
    }
    const long = /^--([^=]+)(=.*)?$/s.exec(arg);
    const short = /^-([A-Za-z])$/.exec(arg);
    const spec = long ? all.find((s) => s.name === long[1]) : short ? all.find((s) => s.short === short[1]) : undefined;
    if (!spec) {
      passedOn.push(arg);
      continue;
    }
    own.push(arg);
    if (spec.kind === 'value' && !long?.[2] && i + 1 < args.length) own.push(args[++i]!);
  }
  return { own, passedOn };
}
