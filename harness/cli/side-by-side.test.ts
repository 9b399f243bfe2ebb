import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../bin/side-by-side.mjs', import.meta.url));

/** A package whose scripts pass, fail, and take a while, to run side by side. */
function shop(): string {
  const dir = mkdtempSync(join(tmpdir(), 'side-by-side-'));
  const scripts = {
    slow: `node -e "setTimeout(() => console.log('slow done'), 600)"`,
    quick: `node -e "console.log('quick done')"`,
    broken: `node -e "console.error('type error in a.ts'); process.exit(3)"`,
  };
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'shop', version: '1.0.0', scripts }));
  return dir;
}

const run = (args: string[], cwd: string) => spawnSync(process.execPath, [script, ...args], { cwd, encoding: 'utf8' });

describe('bin/side-by-side.mjs', () => {
  it('runs the scripts at once, prints each as it ends, and passes when all pass', () => {
    const result = run(['slow', 'quick'], shop());
    expect(result.status).toBe(0);
    // The quick one ends first although named second: they ran at once.
    expect(result.stdout.indexOf('npm run quick: passed')).toBeLessThan(result.stdout.indexOf('npm run slow: passed'));
    expect(result.stdout).toMatch(/npm run quick: passed in [\d.]+ s\nquick done/);
    expect(result.stdout).toMatch(/npm run slow: passed in [\d.]+ s\nslow done/);
  });

  it('fails naming the script that failed, with its output, and still runs the others', () => {
    const result = run(['broken', 'slow'], shop());
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/npm run broken: FAILED \(exit 3\) in [\d.]+ s\ntype error in a\.ts/);
    expect(result.stdout).toMatch(/npm run slow: passed/);
    expect(result.stderr).toMatch(/side-by-side: broken failed\./);
  });

  it('says how it is used when given no script', () => {
    const result = run([], shop());
    expect(result.status).toBe(2);
    expect(result.stdout).toMatch(/^Usage: node bin\/side-by-side\.mjs <npm script>/);
  });
});
