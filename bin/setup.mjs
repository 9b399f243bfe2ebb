#!/usr/bin/env node
// `npm run setup`: installs the project's dependencies when node_modules is missing or older than
// package-lock.json (`npm ci`), then runs `link-harness setup` (a browser, then the conformance
// suite). Plain JavaScript with no dependencies, since it runs before they are installed.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const minimum = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).engines.node.replace(/^>=\s*/, '');
const parts = (v) => v.split('.').map(Number);
const [have, need] = [parts(process.versions.node), parts(minimum)];
const tooOld = have[0] !== need[0] ? have[0] < need[0] : have[1] !== need[1] ? have[1] < need[1] : (have[2] ?? 0) < (need[2] ?? 0);
if (tooOld) {
  process.stderr.write(`link-harness setup: Node ${process.versions.node} is older than ${minimum}; install Node ${minimum} or newer.\n`);
  process.exit(1);
}

const modified = (path) => {
  try {
    return statSync(new URL(path, new URL('../', import.meta.url))).mtimeMs;
  } catch {
    return undefined;
  }
};
const installed = modified('node_modules/.package-lock.json');
const locked = modified('package-lock.json');
const run = (command, args) => spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' }).status ?? 1;

if (installed === undefined || (locked !== undefined && locked > installed)) {
  process.stdout.write('link-harness setup: installing the dependencies (npm ci)\n');
  const code = run('npm', ['ci', '--no-audit', '--no-fund']);
  if (code !== 0) process.exit(code);
} else {
  process.stdout.write('link-harness setup: dependencies installed\n');
}
process.exit(run(process.execPath, [fileURLToPath(new URL('./link-harness.js', import.meta.url)), 'setup', ...process.argv.slice(2)]));
