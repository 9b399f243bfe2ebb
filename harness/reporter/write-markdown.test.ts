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
    const { md } = await runReporter({
      tests: [fakeTest({ title: 'SAFE-01 x', tags: ['@SAFE-01'], attempts: [{ status: 'failed', error: 'expected ```json``` here' }] })],
    });
    expect(md).toContain('````text\nexpected ```json``` here\n````');
  });

  it('counts checks not performed in the status cell and lists each once, on one line', async () => {
    const annotations = [
      { type: 'not-checked', description: 'SAFE-01: live keys not tried:\nno live key given' },
      { type: 'not-checked', description: 'SAFE-01: restricted keys not tried' },
    ];
    const tests = ['chromium', 'webkit'].map((project) =>
      fakeTest({ title: 'SAFE-01 x', tags: ['@SAFE-01'], project, attempts: [{ status: 'passed', annotations }] }),
    );
    const { md } = await runReporter({ tests });
    expect(md).toMatch(/^\| SAFE-01 \|.*\| ✅ passed · 2 checks not performed \|/m);
    expect(md).toContain('### Checks not performed\n\n- **SAFE-01**: live keys not tried: no live key given\n- **SAFE-01**: restricted keys not tried\n');
    expect(md.match(/- \*\*SAFE-01\*\*: restricted keys/g)).toHaveLength(1);
  });

  it('lists why gating requirements did not run, but not the ones nobody selected', async () => {
    const { md } = await runReporter({ tests: [fakeTest({ title: 'SAFE-01 x', tags: ['@SAFE-01'], attempts: [{ status: 'passed' }] })] });
    expect(md).toContain('- **SETUP-01** not-run: no scenario for it was selected in this run');
  });
});
