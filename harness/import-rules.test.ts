import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `npm run deps` (part of `npm test`) checks the import rules of .dependency-cruiser.cjs. These
// tests run those rules on a small tree of their own, so a rule that stops catching what it is for
// fails here, whatever the real tree looks like.
const repo = fileURLToPath(new URL('..', import.meta.url));
let tree: string;

const files: Record<string, string> = {
  'harness/emulator/domain/a.ts': "import { b } from './b.ts';\nexport const a = () => b;\n",
  'harness/emulator/domain/b.ts': "import { a } from './a.ts';\nexport const b = () => a;\n",
  'harness/emulator/domain/reaches-out.ts': "import { t } from '../../target/t.ts';\nexport const r = t;\n",
  'harness/emulator/browser/page.ts': "import { readFileSync } from 'node:fs';\nexport const p = readFileSync;\n",
  'harness/emulator/browser/types-only.ts': "import type { Server } from 'node:http';\nexport type S = Server;\n",
  'harness/emulator/index.ts': 'export const emulator = 1;\n',
  'harness/emulator/test-side.ts': 'export const testSide = 1;\n',
  'harness/target/t.ts': "import { testSide } from '../emulator/test-side.ts';\nexport const t = testSide;\n",
  'harness/inspect/i.ts': "import { emulator } from '../emulator/index.ts';\nexport const i = emulator;\n",
  'fixtures/uses-scenario.ts': "import { s } from '../scenarios/s.ts';\nexport const f = s;\n",
  'scenarios/s.ts': 'export const s = 1;\n',
};

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

function violations(): Violation[] {
  const run = spawnSync(
    process.execPath,
    [
      join(repo, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'),
      '-c',
      join(repo, '.dependency-cruiser.cjs'),
      '--output-type',
      'json',
      'harness',
      'fixtures',
      'scenarios',
    ],
    { cwd: tree, encoding: 'utf8' },
  );
  const out = JSON.parse(run.stdout) as { summary: { violations: Violation[] } };
  return out.summary.violations;
}

describe('the import rules (.dependency-cruiser.cjs)', () => {
  let found: Violation[];
  beforeAll(() => {
    tree = mkdtempSync(join(tmpdir(), 'import-rules-'));
    cpSync(join(repo, 'tsconfig.json'), join(tree, 'tsconfig.json'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(tree, path)), { recursive: true });
      writeFileSync(join(tree, path), text);
    }
    found = violations();
  }, 60_000);
  afterAll(() => rmSync(tree, { recursive: true, force: true }));

  const named = (rule: string) => found.filter((v) => v.rule.name === rule).map((v) => `${v.from} -> ${v.to}`);

  it('refuse a cycle between two files', () => {
    expect(named('no-circular')).toEqual(expect.arrayContaining(['harness/emulator/domain/a.ts -> harness/emulator/domain/b.ts']));
  });

  it("refuse an import across a boundary the table does not allow: the emulator's domain reaching into the harness around it", () => {
    expect(named('boundary:harness/emulator/domain')).toEqual(['harness/emulator/domain/reaches-out.ts -> harness/target/t.ts']);
  });

  it('refuse a Node module in code that runs in the page, but let type-only imports through', () => {
    expect(named('browser-code-no-node-core')).toEqual(['harness/emulator/browser/page.ts -> fs']);
  });

  it('refuse any import of the scenarios', () => {
    expect(named('nothing-imports-scenarios')).toEqual(['fixtures/uses-scenario.ts -> scenarios/s.ts']);
  });

  it("refuse the emulator's index in what every Playwright worker loads: it takes the test-side names instead", () => {
    expect(named('workers-load-no-emulator')).toEqual(['harness/inspect/i.ts -> harness/emulator/index.ts']);
  });

  it('let an import the table allows through', () => {
    expect(found.filter((v) => v.from === 'harness/target/t.ts')).toEqual([]);
  });
});
