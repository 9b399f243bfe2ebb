import type { Command, OptionSpec } from './command.ts';

const optionLabel = (o: OptionSpec) => `${o.short ? `-${o.short}, ` : '    '}--${o.name}${o.kind === 'value' ? ` <${o.placeholder ?? 'value'}>` : ''}`;

function table(rows: [string, string][]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}

/** The help of one command: usage, what it does, options with their defaults, examples. */
export function commandHelp(command: Command): string {
  const options: OptionSpec[] = [...command.options, { name: 'help', short: 'h', kind: 'flag', description: 'Show this help' }];
  return [
    `Usage: link-harness ${command.name} [options]`,
    '',
    command.description,
    '',
    'Options:',
    ...table(options.map((o) => [optionLabel(o), `${o.description}${o.defaultValue !== undefined ? ` (default: ${o.defaultValue})` : ''}`])),
    ...(command.passesOn ? ['', command.passesOn] : []),
    '',
    'Examples:',
    ...command.examples.map((e) => `  ${e}`),
  ].join('\n');
}

/** The CLI's own help: what it is, its commands, global options and examples. */
export function mainHelp(commands: readonly Command[]): string {
  return [
    'link-harness: conformance suite and Stripe test-mode emulator for Stripe Link "set up future payments" integrations',
    '',
    'Usage: link-harness <command> [options]',
    '',
    'Commands:',
    ...table(commands.map((c) => [c.name, c.summary])),
    '',
    'Options:',
    ...table([
      ['-h, --help', "Show this help; 'link-harness <command> --help' shows a command's"],
      ['-v, --version', 'Print the version'],
    ]),
    '',
    'Examples:',
    '  npx link-harness emulator                 start the emulator on http://127.0.0.1:12111',
    '  npx link-harness emulator --port 0        start it on a free port',
    '  npx link-harness bench --count 500        measure the emulator with 500 requests per workload',
    '',
    '  npx link-harness test --checkout http://localhost:3000   the conformance suite on your checkout',
    '',
    'In this project the conformance suite also runs with `npx playwright test`.',
  ].join('\n');
}
