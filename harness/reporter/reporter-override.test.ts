import { describe, expect, it } from 'vitest';
import { reporterOverrideWarning } from './reporter-override.ts';

const run = (...args: string[]) => ['node', '/app/node_modules/.bin/playwright', 'test', ...args];

describe('reporterOverrideWarning', () => {
  it('warns when --reporter leaves the conformance reporter out, and says how to keep it', () => {
    for (const argv of [run('--reporter=dot'), run('--reporter', 'dot'), run('--grep', '@SAFE-01', '--reporter=line,html')]) {
      const warning = reporterOverrideWarning(argv);
      expect(warning).toMatch(/replaces every reporter of the config, the conformance reporter too/);
      expect(warning).toMatch(/no conformance reports/);
    }
    expect(reporterOverrideWarning(run('--reporter=dot'))).toContain('--reporter=dot,./harness/reporter/index.ts');
  });

  it('stays quiet when the conformance reporter is named, however it is spelled', () => {
    for (const name of ['./harness/reporter/index.ts', 'harness/reporter/index.ts', './harness/reporter', '/app/harness/reporter/index.ts'])
      expect(reporterOverrideWarning(run(`--reporter=dot,${name}`))).toBeUndefined();
    expect(reporterOverrideWarning(run('--reporter', `list, ./harness/reporter/index.ts`))).toBeUndefined();
  });

  it('stays quiet without --reporter, for a listing, and outside `playwright test` (workers load the config too)', () => {
    expect(reporterOverrideWarning(run())).toBeUndefined();
    expect(reporterOverrideWarning(run('--grep', 'reporter'))).toBeUndefined();
    expect(reporterOverrideWarning(run('--list', '--reporter=dot'))).toBeUndefined();
    expect(reporterOverrideWarning(['node', '/app/node_modules/playwright/lib/worker/workerMain.js'])).toBeUndefined();
  });
});
