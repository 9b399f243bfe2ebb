import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectationsSource, loadExpectations } from './expectations.ts';

const ids = ['OTP-04', 'PRIV-01'];
const dir = mkdtempSync(join(tmpdir(), 'expectations-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return { path, explicit: true };
};

describe('expectationsSource', () => {
  it('defaults to conformance-expectations.json next to the config, not required to exist', () => {
    expect(expectationsSource({ env: {}, cwd: '/cwd', configDir: '/repo' })).toEqual({ path: '/repo/conformance-expectations.json', explicit: false });
  });

  it('LINK_HARNESS_EXPECTATIONS wins, relative to the working directory, and must exist', () => {
    expect(expectationsSource({ env: { LINK_HARNESS_EXPECTATIONS: 'shop/expect.json' }, cwd: '/cwd', configDir: '/repo', option: 'x.json' })).toEqual({
      path: '/cwd/shop/expect.json',
      explicit: true,
    });
  });

  it('the reporter option is relative to the config', () => {
    expect(expectationsSource({ env: {}, cwd: '/cwd', configDir: '/repo/harness', option: '../e.json' }).path).toBe('/repo/e.json');
  });
});

describe('loadExpectations', () => {
  it('reads requirement, reason and link', () => {
    const loaded = loadExpectations(
      file('ok.json', JSON.stringify({ expectedFailures: [{ requirement: 'OTP-04', reason: ' no fallback ', link: 'https://x/1' }] })),
      ids,
    );
    expect(loaded.expectations).toEqual([{ requirement: 'OTP-04', reason: 'no fallback', link: 'https://x/1' }]);
    expect(loaded.errors).toEqual([]);
    expect(loaded.file).toMatch(/ok\.json$/);
  });

  it('a missing default file is no expectations and no error; a missing named file is an error', () => {
    expect(loadExpectations({ path: join(dir, 'absent.json'), explicit: false }, ids)).toEqual({ file: null, expectations: [], errors: [] });
    const named = loadExpectations({ path: join(dir, 'absent.json'), explicit: true }, ids);
    expect(named.errors).toHaveLength(1);
    expect(named.errors[0]?.source).toBe('expectations');
  });

  it('keeps the valid entries and reports each bad one: unknown ID, no reason or link, duplicates', () => {
    const loaded = loadExpectations(
      file(
        'mixed.json',
        JSON.stringify({
          expectedFailures: [
            { requirement: 'OTP-04', reason: 'r', link: 'l' },
            { requirement: 'NOPE-01', reason: 'r', link: 'l' },
            { requirement: 'PRIV-01', reason: '', link: 'l' },
            { requirement: 'OTP-04', reason: 'again', link: 'l' },
            null,
          ],
        }),
      ),
      ids,
    );
    expect(loaded.expectations.map((e) => e.requirement)).toEqual(['OTP-04']);
    expect(loaded.errors).toHaveLength(4);
  });

  it('malformed JSON or a wrong shape is an error, never a throw', () => {
    expect(loadExpectations(file('bad.json', '{ nope'), ids).errors).toHaveLength(1);
    expect(loadExpectations(file('shape.json', '[]'), ids).errors).toHaveLength(1);
    expect(loadExpectations(file('null.json', 'null'), ids).expectations).toEqual([]);
  });
});
