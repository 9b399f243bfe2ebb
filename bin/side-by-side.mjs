#!/usr/bin/env node
// `npm test`'s static checks, side by side: `node bin/side-by-side.mjs typecheck format:check lint deps`
// runs each `npm run <script>` at once (each mostly one core: about 40 s one after another on
// 2 cores, under 30 s side by side), prints each one's output whole as it ends, and exits 1 when
// any failed, naming which. Plain JavaScript with no dependencies.
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);
if (scripts.length === 0 || scripts.includes('--help')) {
  process.stdout.write('Usage: node bin/side-by-side.mjs <npm script> [<npm script> ...]\nRuns the npm scripts at once; exits 1 when any fails.\n');
  process.exit(scripts.length === 0 ? 2 : 0);
}

/** Runs one npm script with its output kept, and prints it whole once it ends. */
function runScript(name) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', name], { stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let ended = false;
    const finish = (code, why) => {
      if (ended) return;
      ended = true;
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const verdict = code === 0 ? 'passed' : `FAILED (${why})`;
      process.stdout.write(`\n--- npm run ${name}: ${verdict} in ${seconds} s\n${output.trimEnd()}${output.trim() ? '\n' : ''}`);
      resolve({ name, ok: code === 0 });
    };
    child.once('error', (err) => finish(1, err.message));
    child.once('close', (code, signal) => finish(code, signal ? `stopped by ${signal}` : `exit ${code}`));
  });
}

const results = await Promise.all(scripts.map(runScript));
const failed = results.filter((r) => !r.ok).map((r) => r.name);
if (failed.length > 0) {
  process.stderr.write(`\nside-by-side: ${failed.join(', ')} failed.\n`);
  process.exit(1);
}
