import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const browserDir = dirname(fileURLToPath(import.meta.url));

describe('checkout page scripts', () => {
  it("import only each other (and types): they run in the shopper's browser", () => {
    const offending: string[] = [];
    for (const name of readdirSync(browserDir).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts'))) {
      const text = readFileSync(join(browserDir, name), 'utf8');
      for (const m of text.matchAll(/^\s*(?:import|export)(\s+type\b)?[^'"]*?from\s*['"]([^'"]+)['"]/gm)) {
        if (m[1]) continue;
        if (!m[2]!.startsWith('./')) offending.push(`${name} imports ${m[2]}`);
      }
    }
    expect(offending).toEqual([]);
  });
});
