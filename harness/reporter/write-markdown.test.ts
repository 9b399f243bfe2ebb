import { describe, expect, it } from 'vitest';
import { fakeTest, runReporter } from './testing.ts';
import { conformanceMarkdown } from './write-markdown.ts';

describe('conformanceMarkdown', () => {
  it('keeps table cells on one line and escapes pipes', async () => {
    const { json } = await runReporter({ tests: [fakeTest({ title: 'SAFE-01 x', tags: ['@SAFE-01'], attempts: [{ status: 'passed' }] })] });
    const first = json.requirements[0];
    if (!first) throw new Error('no requirement');
    const md = conformanceMarkdown({ ...json, requirements: [{ ...first, title: 'a | b\nc' }] });
    expect(md).toContain('| a \\| b c |');
  });

  it('fences failure messages so backticks in them cannot break out', async () => {
    const { md } = await runReporter({ tests: [fakeTest({ title: 'SAFE-01 x', tags: ['@SAFE-01'], attempts: [{ status: 'failed', error: 'expected ```json``` here' }] })] });
    expect(md).toContain('````text\nexpected ```json``` here\n````');
  });

  it('lists why gating requirements did not run, but not the ones nobody selected', async () => {
    const { md } = await runReporter({ tests: [fakeTest({ title: 'SAFE-01 x', tags: ['@SAFE-01'], attempts: [{ status: 'passed' }] })] });
    expect(md).toContain('- **SETUP-01** not-run: no scenario for it was selected in this run');
  });
});
