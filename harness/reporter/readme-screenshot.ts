/**
 * Makes docs/conformance-report.png, the README's picture of conformance.html for a run with
 * failures: runs the browserless fixture project with its CONFIRM-02 fault, opens the page in
 * Chromium, checks that it requests nothing beyond itself, and screenshots it.
 * Run: `npx tsx harness/reporter/readme-screenshot.ts`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../target/chromium.ts';

const repo = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const out = mkdtempSync(join(tmpdir(), 'conformance-screenshot-'));
const run = spawnSync(
  process.execPath,
  [join(repo, 'node_modules/@playwright/test/cli.js'), 'test', '-c', 'harness/reporter/sharding-fixture/playwright.config.ts'],
  {
    cwd: repo,
    env: { ...process.env, FIXTURE_OUT: out, FIXTURE_FAULT: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
  },
);
if (run.status !== 1) throw new Error(`readme-screenshot: the faulty fixture run should exit 1, got ${run.status}:\n${run.stdout}${run.stderr}`);

const page = join(out, 'reports', 'conformance.html');
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const tab = await browser.newPage({ viewport: { width: 1280, height: 1000 }, deviceScaleFactor: 1 });
  const requested: string[] = [];
  tab.on('request', (request) => requested.push(request.url()));
  await tab.goto(pathToFileURL(page).href);
  const others = requested.filter((url) => url !== pathToFileURL(page).href);
  if (others.length) throw new Error(`readme-screenshot: conformance.html requested ${others.join(', ')}; it must be self-contained`);
  const path = join(repo, 'docs', 'conformance-report.png');
  // The top of the page: verdict, summary bar, filters, and the table down past the first failure.
  await tab.screenshot({ path, animations: 'disabled' });
  const size = statSync(path).size;
  if (size > 200 * 1024) throw new Error(`readme-screenshot: ${path} is ${size} bytes; keep it under 200 KB`);
  process.stdout.write(`readme-screenshot: wrote ${path} (${Math.round(size / 1024)} KB); the page made no requests of its own\n`);
} finally {
  await browser.close();
}
