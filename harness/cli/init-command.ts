import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { configFileName } from '../target/config-file.ts';
import { exitCode, type Command } from './command.ts';
import { configTemplate, workflowTemplate, type InitSettings } from './init-templates.ts';
import { UsageError } from './usage-error.ts';

/** Where `init` writes its CI workflow. */
export const workflowPath = '.github/workflows/link-conformance.yml';

const helpHint = "Run 'link-harness init --help' for its options.";

/** Reads init's options, refusing a checkout URL that is not http(s) and a live or malformed key. */
export function initSettings(options: Record<string, string | true | undefined>): InitSettings {
  const value = (name: string, fallback: string) => (typeof options[name] === 'string' ? (options[name] as string).trim() : fallback);
  const checkoutUrl = value('checkout', 'http://localhost:3000');
  if (!/^https?:\/\/[^/\s]+/.test(checkoutUrl))
    throw new UsageError(`link-harness init: --checkout should be an http(s) URL, e.g. http://localhost:3000; got '${checkoutUrl}'.`, helpHint);
  const account = value('account', 'sk_test_myshop');
  if (!/^sk_test_\w+$/.test(account))
    throw new UsageError(`link-harness init: --account should be a secret test key of the emulator, sk_test_<name>; got '${account.slice(0, 12)}…'.`, helpHint);
  return { checkoutUrl: checkoutUrl.replace(/\/+$/, ''), account, startCommand: value('start', 'npm start') };
}

/** `link-harness init`: a commented config and a CI workflow, in the merchant's repository. */
export const initCommand: Command = {
  name: 'init',
  summary: `Write a commented ${configFileName} and a CI workflow that gates on the conformance verdict`,
  description: [
    `Writes ${configFileName} (the account your server uses, the charge-later hook, and every adapter`,
    'step with its default, commented out) and .github/workflows/link-conformance.yml (installs,',
    'starts your server against the emulator, runs `npx link-harness test`, keeps the reports and',
    'fails the job when a requirement fails) in the working directory. Existing files are kept unless',
    '--force.',
  ].join('\n'),
  options: [
    {
      name: 'checkout',
      kind: 'value',
      placeholder: 'url',
      defaultValue: 'http://localhost:3000',
      description: 'Where your checkout runs when started for the suite',
    },
    { name: 'account', kind: 'value', placeholder: 'key', defaultValue: 'sk_test_myshop', description: 'The emulator key your server uses in CI' },
    { name: 'start', kind: 'value', placeholder: 'command', defaultValue: 'npm start', description: 'How CI starts your server' },
    { name: 'force', kind: 'flag', description: 'Overwrite files that exist' },
  ],
  examples: ['npx link-harness init', "npx link-harness init --checkout http://localhost:8080 --start 'node server.js'"],
  async run(options, io) {
    const settings = initSettings(options);
    const cwd = process.cwd();
    const files: [string, string][] = [
      [join(cwd, configFileName), configTemplate(settings)],
      [join(cwd, workflowPath), workflowTemplate(settings)],
    ];
    const existing = files.filter(([path]) => existsSync(path)).map(([path]) => relative(cwd, path));
    if (existing.length > 0 && options.force !== true) {
      io.err(`link-harness init: ${existing.join(' and ')} already exist${existing.length === 1 ? 's' : ''}; nothing written. Use --force to overwrite.`);
      return exitCode.failed;
    }
    for (const [path, text] of files) {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, text);
      io.out(`wrote ${relative(cwd, path)}`);
    }
    io.out(`Next: start your checkout against the emulator, then npx link-harness test --checkout ${settings.checkoutUrl}`);
    return exitCode.ok;
  },
};
