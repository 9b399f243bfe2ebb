import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const browserDir = dirname(fileURLToPath(import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    // e2e/ holds the Playwright tests of the browser code and their pages: Node-side, never bundled.
    if (statSync(path).isDirectory()) return name === 'e2e' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('browser code boundary', () => {
  it('imports neither Node modules nor code outside harness/emulator/browser', () => {
    const offending: string[] = [];
    for (const file of sourceFiles(browserDir)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:import|export)(\s+type\b)?[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
        if (m[1]) continue; // type-only imports vanish from the bundle
        const spec = m[2] ?? m[3]!;
        const outside = spec.startsWith('.') && relative(browserDir, resolve(dirname(file), spec)).startsWith('..');
        const nodeModule = !spec.startsWith('.') && (spec.startsWith('node:') || !['react', 'react-dom', 'react-dom/client'].includes(spec));
        if (outside || nodeModule) offending.push(`${relative(browserDir, file)} imports ${spec}`);
      }
    }
    expect(offending).toEqual([]);
  });
});
