import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { browserSetupPlan, browsersComplete, browsersFound } from './browser-setup.ts';
import { exitCode, type CliIo, type Command } from './command.ts';
import { downloadHostReachable, onPath, packageInstallRight } from './machine-facts.ts';

/** The project root, where the conformance suite's playwright.config.ts is. */
const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Runs a command with this terminal, resolving with its exit code. */
function runVisibly(command: readonly string[], io: CliIo): Promise<number> {
  io.out(`$ ${command.join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(command[0]!, command.slice(1), { cwd: projectRoot, stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    child.on('error', () => resolve(127));
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

/**
 * Gets the browsers the suite needs onto this machine (browser-setup.ts says how), and checks
 * that they are there afterwards. Resolves false when the suite still has no browser.
 */
export async function setUpBrowser(io: CliIo): Promise<boolean> {
  const found = browsersFound();
  // The machine is only asked (download host, rights, apt) when something is missing.
  const plan = browserSetupPlan(
    browsersComplete(found)
      ? { ...found, downloadReachable: false, packageInstall: 'none', apt: false }
      : { ...found, downloadReachable: found.full ? false : await downloadHostReachable(), packageInstall: packageInstallRight(), apt: onPath('apt-get') },
  );
  io.out(`link-harness setup: ${plan.said}`);
  if (plan.kind === 'tell') return false;
  if (plan.kind === 'ready') return true;
  for (const command of plan.commands) {
    const code = await runVisibly(command, io);
    if (code !== 0) io.err(`link-harness setup: \`${command.join(' ')}\` exited with ${code}.`);
  }
  let after = browsersFound();
  // Only Chromium itself is needed: when the pair could not be installed together, Chromium alone.
  if (!after.full && plan.kind === 'apt-install' && plan.packages.length > 1) {
    await runVisibly([...plan.commands.at(-1)!.slice(0, -plan.packages.length), 'chromium'], io);
    after = browsersFound();
  }
  if (!after.full) {
    io.err('link-harness setup: still no Chromium after installing; see the output above, or set CHROMIUM_PATH.');
    return false;
  }
  if (plan.kind === 'apt-install' && plan.packages.includes('chromium-headless-shell') && after.headless?.executablePath === after.full.executablePath)
    io.err('link-harness setup: warning: no headless shell was installed; the suite runs in the full Chromium, somewhat slower.');
  io.out(
    `link-harness setup: Chromium: ${after.full.executablePath}${after.headless && after.headless.executablePath !== after.full.executablePath ? `, headless: ${after.headless.executablePath}` : ''}`,
  );
  return true;
}

/** `link-harness setup`: what a fresh machine lacks, then the conformance suite on the embedded default. */
export const setupCommand: Command = {
  name: 'setup',
  summary: 'Set up what this machine lacks (a browser), then run the conformance suite on the embedded default (also `npm run setup`)',
  description: [
    "Finds the Chromium the suite runs in, or installs one: Playwright's own where its download host",
    "answers, else Debian's `chromium` and `chromium-headless-shell` when running as root or with",
    'passwordless sudo, else says what to run. Then runs `npx playwright test` (the conformance suite on',
    'the embedded emulator and reference checkout) and exits with its verdict.',
    '`npm run setup` also runs `npm ci` first when node_modules is missing or older than package-lock.json.',
  ].join('\n'),
  options: [{ name: 'no-run', kind: 'flag', description: 'Only set up; do not run the conformance suite' }],
  examples: ['npm run setup', 'npx link-harness setup --no-run'],
  async run(options, io) {
    if (!(await setUpBrowser(io))) return exitCode.failed;
    if (options['no-run'] === true) return exitCode.ok;
    return (await runVisibly(['npx', 'playwright', 'test'], io)) === 0 ? exitCode.ok : exitCode.failed;
  },
};
