/**
 * docs/conformance-report.png, the README's picture of conformance.html for a run with failures:
 * runs the browserless fixture project with its CONFIRM-02 fault, opens the page, checks that it
 * requests nothing beyond itself, and screenshots the top of it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { docsFile, expectSmallPicture } from './docs-file.ts';

const repo = resolve(fileURLToPath(new URL('../..', import.meta.url)));

test('README: the conformance report of a run with a failure', async ({ page }) => {
  const out = mkdtempSync(join(tmpdir(), 'conformance-screenshot-'));
  const run = spawnSync(
    process.execPath,
    [join(repo, 'node_modules/@playwright/test/cli.js'), 'test', '-c', 'harness/reporter/sharding-fixture/playwright.config.ts'],
    { cwd: repo, env: { ...process.env, FIXTURE_OUT: out, FIXTURE_FAULT: '1', FORCE_COLOR: '0' }, encoding: 'utf8' },
  );
  expect(run.status, `the faulty fixture run should exit 1:\n${run.stdout}${run.stderr}`).toBe(1);

  const report = pathToFileURL(join(out, 'reports', 'conformance.html')).href;
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(report);
  expect(
    requested.filter((url) => url !== report),
    'conformance.html must be self-contained',
  ).toEqual([]);
  const path = docsFile('conformance-report.png');
  // The top of the page: verdict, summary bar, filters, and the table down past the first failure.
  await page.screenshot({ path, animations: 'disabled' });
  expectSmallPicture(path, 200 * 1024);
});
