import { describe, expect, it } from 'vitest';
import { selectionFromArgv, testCommandLine } from './selection.ts';

const run = (...args: string[]) => selectionFromArgv(['node', '/x/playwright/cli.js', 'test', ...args], {});

describe('selectionFromArgv', () => {
  it('a plain run is full, whatever options that do not filter it carries', () => {
    expect(run()).toEqual({ mode: 'full', because: [] });
    expect(run('--workers', '2', '--reporter=list', '--shard=1/2', '-c', 'playwright.config.ts', '--retries', '1', '-u', 'all')).toEqual({
      mode: 'full',
      because: [],
    });
  });

  it('--grep, --project and --grep-invert select, in both spellings', () => {
    expect(run('--grep', '@SAFE-01')).toEqual({ mode: 'selected', because: ['--grep @SAFE-01'] });
    expect(run('-g', '@SAFE-01', '--project=chromium')).toEqual({ mode: 'selected', because: ['-g @SAFE-01', '--project chromium'] });
    expect(run('--grep-invert', '@slow').mode).toBe('selected');
    expect(run('--last-failed').because).toEqual(['--last-failed']);
  });

  it('file arguments select; option values are not taken for files', () => {
    expect(run('scenarios/safety.spec.ts')).toEqual({ mode: 'selected', because: ['file filter scenarios/safety.spec.ts'] });
    expect(run('--config', 'other.config.ts', '--output', 'out')).toEqual({ mode: 'full', because: [] });
    expect(run('--update-snapshots', 'scenarios/x.spec.ts').because).toEqual(['file filter scenarios/x.spec.ts']);
  });

  it('LINK_HARNESS_SELECTION overrides the command line', () => {
    expect(selectionFromArgv(['node', 'cli', 'test', '--grep', 'x'], { LINK_HARNESS_SELECTION: 'full' }).mode).toBe('full');
    expect(selectionFromArgv(['node', 'cli', 'test'], { LINK_HARNESS_SELECTION: 'selected' }).mode).toBe('selected');
  });

  it('outside `playwright test` only selected requirements count', () => {
    expect(selectionFromArgv(['node', 'cli', 'merge-reports', 'blobs'], {}).mode).toBe('selected');
  });
});

describe('testCommandLine', () => {
  it('reads options in both spellings, values that are optional, and file filters, in order', () => {
    expect(testCommandLine(['node', 'cli.js', 'test', '--reporter', 'dot', 'scenarios/otp.spec.ts', '--grep=@OTP-01', '-u', 'all', '--list'])).toEqual([
      { name: '--reporter', value: 'dot' },
      { file: 'scenarios/otp.spec.ts' },
      { name: '--grep', value: '@OTP-01' },
      { name: '-u', value: 'all' },
      { name: '--list' },
    ]);
  });

  it('is undefined for a command line that is not `playwright test`', () => {
    expect(testCommandLine(['node', '/x/playwright/lib/worker/workerMain.js'])).toBeUndefined();
  });
});
