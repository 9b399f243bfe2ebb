// `npm run test:package`: link-harness as a merchant installs it. Packs this project (`npm pack`),
// installs the tarball beside a copy of Fernhill Paper Co. (fixtures/checkouts/fernhill, a checkout
// with its own repository layout and a link-harness.config.ts importing 'link-harness'), starts the
// shop, type-checks its config against the package's declarations, and runs `npx link-harness test` there twice: on the shop as it is (exit 0, a passing
// verdict in ./reports) and with a fault that breaks OFF-01 (exit 1, OFF-01 failed). Exits 1 when
// either is not so. `--keep` leaves the temporary project for a look.
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../bench/free-port.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const shopSource = join(root, 'fixtures/checkouts/fernhill');
/** Two requirements that between them take every step of the config (sign-up, save with Link, outcome, charge job, history): enough to prove the installed suite runs it and gates. */
const requirements = ['SETUP-02', 'OFF-01'];

const started = Date.now();
const say = (text: string) => process.stdout.write(`test:package [${((Date.now() - started) / 1000).toFixed(0)} s] ${text}\n`);

function run(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; quiet?: boolean }): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      output += chunk.toString();
      if (!options.quiet) process.stdout.write(chunk);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (err) => resolve({ code: 127, output: `${output}${err.message}` }));
    child.on('exit', (code) => resolve({ code: code ?? 1, output }));
  });
}

function startShop(dir: string, env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const shop = spawn(process.execPath, ['server.mjs'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the shop did not start within 15 s:\n${output}`)), 15_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (/listening on/.test(output)) {
        clearTimeout(timer);
        resolve(shop);
      }
    };
    shop.stdout.on('data', read);
    shop.stderr.on('data', read);
    shop.once('exit', (code) => reject(new Error(`the shop exited (${code}) before listening:\n${output}`)));
  });
}

interface Verdict {
  verdict: { passed: boolean };
  requirements: { id: string; status: string }[];
}

async function main(): Promise<number> {
  const work = await mkdtemp(join(tmpdir(), 'link-harness-package-'));
  const shopDir = join(work, 'fernhill');
  let shop: ChildProcess | undefined;
  const problems: string[] = [];
  try {
    say(`packing ${root} into ${work}`);
    const packed = await run('npm', ['pack', '--pack-destination', work, '--silent'], { cwd: root, quiet: true });
    const tarball = packed.output.trim().split('\n').pop() ?? '';
    if (packed.code !== 0 || !tarball.endsWith('.tgz')) throw new Error(`npm pack failed:\n${packed.output}`);

    say(`installing ${tarball} into a copy of Fernhill Paper Co.`);
    await cp(shopSource, shopDir, { recursive: true, filter: (path) => !/[/\\](node_modules|data|reports)$/.test(path) });
    const installed = await run('npm', ['install', '--save-dev', '--prefer-offline', '--no-audit', '--no-fund', join(work, tarball)], {
      cwd: shopDir,
      quiet: true,
    });
    if (installed.code !== 0) throw new Error(`npm install failed:\n${installed.output}`);

    say("type-checking the shop's link-harness.config.ts against the package's declarations");
    await writeFile(
      join(shopDir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noEmit: true,
          typeRoots: [join(root, 'node_modules/@types')],
          types: ['node'],
        },
        include: ['link-harness.config.ts'],
      }),
    );
    const typed = await run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', shopDir], { cwd: shopDir, quiet: true });
    if (typed.code !== 0) problems.push(`the shop's config does not type-check against the installed package:\n${typed.output}`);

    const [shopPort, emulatorPort] = [await freePort(), await freePort()];
    const account = 'sk_test_fernhill';
    shop = await startShop(shopDir, {
      ...process.env,
      PORT: String(shopPort),
      STRIPE_SECRET_KEY: account,
      STRIPE_PUBLISHABLE_KEY: account.replace('sk_', 'pk_'),
      STRIPE_API_BASE: `http://127.0.0.1:${emulatorPort}`,
      SHOP_DATA_DIR: join(work, 'data'),
    });
    const checkout = `http://localhost:${shopPort}`;
    // CI=1: the run starts its own emulator on its own port, as the merchant's CI would.
    const env = { ...process.env, CI: '1', LINK_HARNESS_EMULATOR_PORT: String(emulatorPort), SHOP_DATA_DIR: join(work, 'data') };
    const grep = requirements.map((id) => `@${id}`).join('|');

    say(`npx link-harness test --checkout ${checkout} --grep '${grep}'`);
    const clean = await run('npx', ['link-harness', 'test', '--checkout', checkout, '--grep', grep], { cwd: shopDir, env });
    const report = JSON.parse(await readFile(join(shopDir, 'reports/conformance.json'), 'utf8')) as Verdict;
    const passed = report.requirements.filter((r) => r.status === 'passed').map((r) => r.id);
    if (clean.code !== 0) problems.push(`the clean run exited ${clean.code}, not 0`);
    if (!report.verdict.passed) problems.push("the clean run's verdict in ./reports/conformance.json is not a pass");
    for (const id of requirements)
      if (!passed.includes(id)) problems.push(`${id} did not pass on the clean shop (${report.requirements.find((r) => r.id === id)?.status})`);

    say('with FERNHILL_FAULT=on-session: npx link-harness test --grep @OFF-01 --output reports/fault');
    const faulty = await run('npx', ['link-harness', 'test', '--checkout', checkout, '--grep', '@OFF-01', '--output', 'reports/fault'], {
      cwd: shopDir,
      env: { ...env, FERNHILL_FAULT: 'on-session' },
      quiet: true,
    });
    const faultReport = JSON.parse(await readFile(join(shopDir, 'reports/fault/conformance.json'), 'utf8')) as Verdict;
    if (faulty.code !== 1) problems.push(`the run with the fault exited ${faulty.code}, not 1`);
    if (faultReport.requirements.find((r) => r.id === 'OFF-01')?.status !== 'failed') problems.push('OFF-01 is not failed in reports/fault/conformance.json');
  } finally {
    shop?.kill('SIGTERM');
    if (process.argv.includes('--keep')) say(`kept ${work}`);
    else await rm(work, { recursive: true, force: true });
  }
  if (problems.length > 0) {
    say(`FAILED:\n  ${problems.join('\n  ')}`);
    return 1;
  }
  say(
    `passed: the installed package ran ${requirements.join(', ')} on Fernhill from its own directory (exit 0, verdict pass), and failed OFF-01 with the fault (exit 1)`,
  );
  return 0;
}

process.exitCode = await main().catch((err: unknown) => {
  say(`FAILED: ${(err as Error).message}`);
  return 1;
});
