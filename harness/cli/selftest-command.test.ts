import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { thimbleFaults } from '../../fixtures/checkouts/thimble/faults.ts';
import { faultCatalogue } from '../checkout/faults.ts';
import { recordingIo } from './recording-io.ts';
import { runCli } from './run-cli.ts';
import { selftestSettings } from './selftest-command.ts';
import { UsageError } from './usage-error.ts';

describe('link-harness selftest options', () => {
  it('checks every fault of both checkouts by default, the reference checkout first, two scenarios at once', () => {
    const settings = selftestSettings({});
    expect(settings.checkouts.map((c) => c.checkout.name)).toEqual(['reference', 'thimble']);
    expect(settings.checkouts[0]!.faults).toEqual(faultCatalogue.map((f) => ({ name: f.name, requirement: f.requirement, alsoBreaks: f.alsoBreaks })));
    expect(settings.checkouts[1]!.faults.map((f) => f.name)).toEqual(thimbleFaults.map((f) => f.name));
    expect(settings).toMatchObject({ clean: true, workers: 2, outDir: resolve('reports/selftest'), runTimeoutMs: 900_000 });
  });

  it("takes --faults as a list, kept in each catalogue's order, in every chosen checkout that has the fault", () => {
    const reference = selftestSettings({ checkout: 'reference', faults: 'no-privacy-page, no-cookie' });
    expect(reference.checkouts.map((c) => [c.checkout.name, c.faults])).toEqual([
      [
        'reference',
        [
          { name: 'no-cookie', requirement: 'COOKIE-01', alsoBreaks: ['COOKIE-04'] },
          { name: 'no-privacy-page', requirement: 'PRIV-01', alsoBreaks: [] },
        ],
      ],
    ]);
    const shared = selftestSettings({ faults: 'trust-query-string' });
    expect(shared.checkouts.map((c) => [c.checkout.name, c.faults.map((f) => `${f.name} ${f.requirement}`)])).toEqual([
      ['reference', ['trust-query-string CONFIRM-02']],
      ['thimble', ['trust-query-string CONFIRM-02']],
    ]);
    expect(selftestSettings({ faults: 'no-link' }).checkouts.map((c) => c.checkout.name)).toEqual(['thimble']);
  });

  it('takes --skip-clean, --workers, --out and --timeout', () => {
    expect(selftestSettings({ workers: '2', out: '/tmp/st', timeout: '60', 'skip-clean': true })).toMatchObject({
      clean: false,
      workers: 2,
      outDir: '/tmp/st',
      runTimeoutMs: 60_000,
    });
  });

  it('runs a scenario more at once without the clean runs, unless told how many', () => {
    expect(selftestSettings({ 'skip-clean': true }).workers).toBe(3);
    expect(selftestSettings({ 'skip-clean': true, workers: '1' }).workers).toBe(1);
  });

  it('takes --parallel as the older name of --workers, and both when they agree', () => {
    expect(selftestSettings({ parallel: '1' }).workers).toBe(1);
    expect(selftestSettings({ parallel: '4', workers: '4' }).workers).toBe(4);
  });

  it.each([
    [{ faults: 'no-cookie,not-a-fault' }, /unknown fault 'not-a-fault'.*Known faults: no-customer/s],
    [{ checkout: 'thimble', faults: 'no-cookie' }, /unknown fault 'no-cookie' \(checkouts: thimble\)/],
    [{ checkout: 'acme' }, /unknown checkout 'acme'\. Known checkouts: reference, thimble/],
    [{ checkout: ',' }, /--checkout names no checkout/],
    [{ faults: ' , ' }, /--faults names no fault/],
    [{ parallel: '0' }, /--parallel must be a whole number from 1 to 8/],
    [{ workers: 'many' }, /--workers must be a whole number from 1 to 8/],
    [{ workers: '2', parallel: '3' }, /--parallel is the older name of --workers/],
    [{ timeout: '-5' }, /--timeout must be a whole number/],
  ])('refuses %o', (options, message) => {
    expect(() => selftestSettings(options)).toThrow(UsageError);
    expect(() => selftestSettings(options)).toThrow(message);
  });

  it('exits 2 with the message and a hint for an unknown fault, before starting anything', async () => {
    const { io, err } = recordingIo();
    expect(await runCli(['selftest', '--faults', 'no-cooky'], io)).toBe(2);
    expect(err.join('\n')).toMatch(/^link-harness selftest: unknown fault 'no-cooky'/);
    expect(err.join('\n')).toMatch(/link-harness selftest --help/);
  });

  it('is listed in the CLI help and has its own', async () => {
    const main = recordingIo();
    await runCli(['--help'], main.io);
    expect(main.out.join('\n')).toMatch(/^\s+selftest\s+Prove the conformance suite notices each named fault/m);
    const own = recordingIo();
    expect(await runCli(['selftest', '--help'], own.io)).toBe(0);
    expect(own.out.join('\n')).toMatch(/Usage: link-harness selftest \[options\][\s\S]*--checkout <a,b>[\s\S]*--faults <a,b>[\s\S]*npm run selftest/);
  });
});
