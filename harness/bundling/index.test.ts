import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserBundler } from './index.ts';

async function sources(): Promise<Record<'page' | 'broken', string>> {
  const dir = await mkdtemp(join(tmpdir(), 'bundling-'));
  await writeFile(join(dir, 'greet.ts'), 'export const greet = (name: string): string => `hello ${name} on ${__ORIGIN__}`;\n');
  await writeFile(
    join(dir, 'page.ts'),
    "import { greet } from './greet.ts';\ndeclare const __ORIGIN__: string;\n(globalThis as { said?: string }).said = greet('jenny');\n",
  );
  await writeFile(join(dir, 'broken.ts'), "import { nothing } from './missing.ts';\nconsole.log(nothing);\n");
  return { page: join(dir, 'page.ts'), broken: join(dir, 'broken.ts') };
}

describe('browserBundler', () => {
  it('bundles an entry with its imports into one script that runs, with the defines written in', async () => {
    const bundle = browserBundler(await sources(), { label: 'test', define: { __ORIGIN__: JSON.stringify('https://js.stripe.com') } });
    const { js, map } = await bundle('page');
    const scope: { said?: string } = {};
    new Function('globalThis', js)(scope);
    expect(scope.said).toBe('hello jenny on https://js.stripe.com');
    expect(map).toBeUndefined();
    expect(js).not.toContain('sourceMappingURL');
  });

  it('builds each bundle once, and keeps its source map out of the script when asked for one', async () => {
    const bundle = browserBundler(await sources(), { label: 'test', sourceMap: true, define: { __ORIGIN__: '"x"' } });
    const first = bundle('page');
    expect(bundle('page')).toBe(first);
    const { js, map } = await first;
    expect(js).not.toContain('sourceMappingURL');
    expect(JSON.parse(map!).sources.some((s: string) => s.endsWith('greet.ts'))).toBe(true);
  });

  it('fails a bundle whose imports do not resolve, and builds it again on the next request', async () => {
    const bundle = browserBundler(await sources(), { label: 'test' });
    const first = bundle('broken');
    await expect(first).rejects.toThrow();
    await Promise.resolve();
    expect(bundle('broken')).not.toBe(first);
    await expect(bundle('broken')).rejects.toThrow();
  });
});
