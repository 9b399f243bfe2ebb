import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configFileName } from '../target/config-file.ts';
import { exitCode, type Command, type ParsedOptions } from './command.ts';
import { UsageError } from './usage-error.ts';

const require = createRequire(import.meta.url);
/** The conformance suite's Playwright config, shipped with the package. */
export const suiteConfig = fileURLToPath(new URL('../../playwright.config.ts', import.meta.url));
const helpHint = "Run 'link-harness test --help' for its options.";

function httpUrl(option: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`link-harness test: --${option} should be an absolute http(s) URL, e.g. http://localhost:3000; got '${value}'.`, helpHint);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new UsageError(`link-harness test: --${option} should be an http(s) URL; got '${value}'.`, helpHint);
  return value;
}

/**
 * The environment of the conformance run a `link-harness test` command line asks for: the
 * checkout, charge-later hook and account as the suite reads them (CHECKOUT_URL, CHARGE_URL,
 * LINK_HARNESS_ACCOUNT), the config file from the working directory (or `--config`), the reports
 * directory (`LINK_HARNESS_OUTPUT`, `./reports` by default), and TypeScript for a suite installed
 * under node_modules (where Playwright compiles nothing; tsx does).
 *
 * @example
 * testRunEnv({ checkout: 'http://localhost:3000' }, '/home/me/shop', {}).CHECKOUT_URL // 'http://localhost:3000'
 */
export function testRunEnv(options: ParsedOptions, cwd: string, env: Record<string, string | undefined>): Record<string, string | undefined> {
  const value = (name: string) => (typeof options[name] === 'string' ? (options[name] as string).trim() : undefined);
  const run: Record<string, string | undefined> = { ...env };
  const checkout = value('checkout');
  if (checkout !== undefined) run.CHECKOUT_URL = httpUrl('checkout', checkout);
  const chargeUrl = value('charge-url');
  if (chargeUrl !== undefined) run.CHARGE_URL = httpUrl('charge-url', chargeUrl);
  const account = value('account');
  if (account !== undefined) {
    if (/_live_/.test(account) || !/^(sk|pk|rk)_test_\w+$|^\w+$/.test(account))
      throw new UsageError(
        `link-harness test: --account should be a test key (sk_test_…, pk_test_…) or an account name (the harness is test-mode only); got '${account.slice(0, 12)}…'.`,
        helpHint,
      );
    run.LINK_HARNESS_ACCOUNT = account;
  }
  const config = value('config');
  if (config !== undefined) {
    const file = resolve(cwd, config);
    if (!existsSync(file)) throw new UsageError(`link-harness test: --config names ${file}, but there is no such file.`, helpHint);
    run.LINK_HARNESS_CONFIG = file;
  } else if (existsSync(resolve(cwd, configFileName))) run.LINK_HARNESS_CONFIG = resolve(cwd, configFileName);
  run.LINK_HARNESS_OUTPUT = resolve(cwd, value('output') ?? 'reports');
  const tsx = `--import ${JSON.stringify(require.resolve('tsx/esm'))}`;
  run.NODE_OPTIONS = run.NODE_OPTIONS?.includes('tsx') ? run.NODE_OPTIONS : [run.NODE_OPTIONS, tsx].filter(Boolean).join(' ');
  return run;
}

/** `link-harness test`: the conformance scenarios shipped in the package, on a checkout, from the merchant's own repository. */
export const testCommand: Command = {
  name: 'test',
  summary: 'Run the conformance suite on your checkout (or the embedded reference one) and exit with the verdict',
  description: [
    "Runs the conformance scenarios shipped with link-harness (`playwright test` with the suite's own",
    'config) against --checkout, with the emulator started for the run (or real Stripe test mode when',
    'STRIPE_SECRET_KEY and STRIPE_PUBLISHABLE_KEY are set). Reads link-harness.config.ts from the working',
    "directory (the adapter steps of your checkout; `import { defineHarnessConfig } from 'link-harness'`),",
    "writes conformance.json/.md/.html, junit.xml and Playwright's HTML report under ./reports (or",
    '--output), and exits 0 when the checkout conforms, 1 when a requirement fails.',
  ].join('\n'),
  options: [
    { name: 'checkout', kind: 'value', placeholder: 'url', description: 'The checkout under test (CHECKOUT_URL); without it, the embedded reference checkout' },
    {
      name: 'charge-url',
      kind: 'value',
      placeholder: 'url',
      description: 'Your charge-later hook (CHARGE_URL), if the default chargeLater step should post to it',
    },
    {
      name: 'account',
      kind: 'value',
      placeholder: 'key',
      description: 'The emulator account your server uses (LINK_HARNESS_ACCOUNT): sk_test_<x>, pk_test_<x> or <x>',
    },
    {
      name: 'config',
      kind: 'value',
      placeholder: 'file',
      defaultValue: `./${configFileName} when there is one`,
      description: 'The adapter config (LINK_HARNESS_CONFIG)',
    },
    { name: 'output', kind: 'value', placeholder: 'dir', defaultValue: './reports', description: 'Where the reports go (LINK_HARNESS_OUTPUT)' },
  ],
  passesOn: 'Any other option goes to `playwright test`: --grep, --project, --shard, --headed, --reporter, --workers, --repeat-each, …',
  examples: [
    'npx link-harness test --checkout http://localhost:3000 --charge-url http://localhost:3000/charge-later --account sk_test_myshop',
    'npx link-harness test --checkout http://localhost:3000 --grep @SETUP-01 --headed',
    'npx link-harness test --checkout http://localhost:3000 --shard 1/2 --output reports/shard-1',
  ],
  async run(options, io, passedOn = []) {
    const env = testRunEnv(options, process.cwd(), process.env);
    io.err(
      `link-harness test: ${env.CHECKOUT_URL ?? 'the embedded reference checkout'}${env.LINK_HARNESS_CONFIG ? ` with ${env.LINK_HARNESS_CONFIG}` : ''}; reports in ${env.LINK_HARNESS_OUTPUT}`,
    );
    const cli = require.resolve('@playwright/test/cli');
    const code = await new Promise<number>((done) => {
      const child = spawn(process.execPath, [cli, 'test', '-c', suiteConfig, ...passedOn], { stdio: 'inherit', env });
      const stop = (signal: NodeJS.Signals) => child.kill(signal);
      process.once('SIGINT', stop).once('SIGTERM', stop);
      child.on('exit', (status, signal) => {
        process.off('SIGINT', stop).off('SIGTERM', stop);
        done(status ?? (signal ? 130 : 1));
      });
    });
    return code === 0 ? exitCode.ok : exitCode.failed;
  },
};
