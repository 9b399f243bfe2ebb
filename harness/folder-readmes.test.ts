import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Each harness folder in the import table opens with a README: its role, the process it runs in
// and what it may import. The import line must name exactly the table's folders, so a change to
// the table without its README (or the other way round) fails here.

/** The import table of .dependency-cruiser.cjs: folder -> the project folders it may import. */
interface ImportTable {
  mayImport: Record<string, string[]>;
  testsMayAlsoImport: Record<string, string[]>;
}

const { mayImport, testsMayAlsoImport } = createRequire(import.meta.url)('../.dependency-cruiser.cjs') as ImportTable;
const repo = fileURLToPath(new URL('..', import.meta.url));
const harnessFolders = Object.keys(mayImport).filter((folder) => folder === 'harness' || folder.startsWith('harness/'));
const nothing = 'nothing outside this folder';

/** The folders a `<label>: ` line names: code spans separated by commas, or none. Undefined without such a line. */
function foldersNamed(readme: string, label: string): string[] | undefined {
  const lines = readme.split('\n').filter((line) => line.startsWith(`${label}: `));
  expect(lines.length, `at most one "${label}:" line`).toBeLessThanOrEqual(1);
  const text = lines[0]?.slice(label.length + 2).trim();
  if (text === undefined) return undefined;
  if (text === nothing) return [];
  const spans = text.split(', ');
  for (const span of spans) expect(span, `"${label}:" lists code spans separated by ", ", or says "${nothing}"`).toMatch(/^`[^`]+`$/);
  return spans.map((span) => span.slice(1, -1)).sort();
}

describe('harness folder READMEs', () => {
  it('covers the harness folders of the import table', () => {
    expect(harnessFolders).toContain('harness/emulator/browser');
    expect(harnessFolders).toContain('harness/checkout');
  });

  it.each(harnessFolders)('%s/README.md says its role, the process it runs in and what it may import', (folder) => {
    const path = `${repo}${folder}/README.md`;
    expect(existsSync(path), `${folder}/README.md is missing: every folder with a row in .dependency-cruiser.cjs opens with one`).toBe(true);
    const readme = readFileSync(path, 'utf8');
    const lines = readme.split('\n');
    expect(lines[0]).toBe(`# ${folder}`);

    const runsIn = lines.findIndex((line) => line.startsWith('Runs in: '));
    expect(runsIn, 'a "Runs in:" line').toBeGreaterThan(0);
    expect(lines[runsIn]!.slice('Runs in: '.length).trim(), 'the process it runs in').not.toBe('');
    expect(lines.slice(1, runsIn).join(' ').trim(), 'a few sentences on its role before "Runs in:"').not.toBe('');

    expect(foldersNamed(readme, 'May import'), `"May import:" names exactly the table's row for ${folder}`).toEqual([...mayImport[folder]!].sort());
    const testsAlso = testsMayAlsoImport[folder];
    expect(foldersNamed(readme, 'Its tests may also import'), `"Its tests may also import:" names exactly testsMayAlsoImport['${folder}']`).toEqual(
      testsAlso && [...testsAlso].sort(),
    );
  });
});
