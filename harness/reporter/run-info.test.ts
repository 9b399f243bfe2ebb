import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergedShards } from './run-info.ts';
import { fakeConfig } from './testing.ts';

describe('mergedShards', () => {
  it('counts the blob zips in the folder given to merge-reports, shards without tests included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'blobs-'));
    for (const name of ['report-1.zip', 'report-2.zip', 'report-3.zip', 'notes.txt']) writeFileSync(join(dir, name), '');
    expect(mergedShards(fakeConfig(), ['node', 'cli.js', 'merge-reports', '--config', 'merge.config.ts', dir], '/')).toBe(3);
    expect(mergedShards(fakeConfig(), ['node', 'cli.js', 'merge-reports', '-c', 'x.ts', '--reporter', 'dot', basename(dir)], dirname(dir))).toBe(3);
  });

  it('falls back on copies of a project when the folder cannot be read', () => {
    expect(mergedShards(fakeConfig({ projects: ['chromium', 'stripe-js', 'chromium'] }), ['node', 'cli.js', 'merge-reports', '/nonexistent/blobs'], '/')).toBe(
      2,
    );
  });
});
