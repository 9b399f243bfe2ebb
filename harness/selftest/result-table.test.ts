import { describe, expect, it } from 'vitest';
import type { SelftestReport } from './glossary.ts';
import { cleanProgressLine, faultProgressLine, formatDuration, selftestTable } from './result-table.ts';

const report: SelftestReport = {
  faults: [
    {
      fault: 'no-cookie',
      requirement: 'COOKIE-01',
      consequence: false,
      detected: true,
      excerpt: 'COOKIE-01: no response set a cookie holding the token',
      durationMs: 21_000,
    },
    {
      fault: 'no-cookie',
      requirement: 'COOKIE-04',
      consequence: true,
      detected: true,
      excerpt: 'COOKIE-04: the returning shopper was asked for a code',
      durationMs: 21_000,
    },
    {
      fault: 'accept-live-keys',
      requirement: 'SAFE-01',
      consequence: false,
      detected: false,
      excerpt: 'all 7 scenario(s) of SAFE-01 passed',
      durationMs: 9_000,
    },
  ],
  clean: [{ name: 'clean', passed: true, counts: { passed: 9, failed: 0, skipped: 2 }, problems: [], durationMs: 40_000 }],
  durationMs: 125_000,
  ok: false,
};

describe('the self-test table', () => {
  it('lists fault, requirement, detected and the message excerpt in aligned columns, then the clean runs and a verdict', () => {
    expect(selftestTable(report).split('\n')).toEqual([
      'fault             requirement     detected  message excerpt',
      'no-cookie         COOKIE-01       yes       COOKIE-01: no response set a cookie holding the token',
      'no-cookie         also COOKIE-04  yes       COOKIE-04: the returning shopper was asked for a code',
      'accept-live-keys  SAFE-01         NO        all 7 scenario(s) of SAFE-01 passed',
      '',
      'clean: all passed (9 passed, 0 failed, 2 skipped)',
      '',
      'link-harness selftest: FAILED in 2 min 05 s; undetected: accept-live-keys.',
    ]);
  });

  it('says all passed when every fault was detected', () => {
    const all = { ...report, faults: report.faults.slice(0, 2), ok: true };
    expect(selftestTable(all).split('\n').at(-1)).toBe(
      'link-harness selftest: all 1 faults detected (2 requirement checks), clean runs passed, in 2 min 05 s.',
    );
    const missedConsequence = { ...all, faults: [report.faults[0]!, { ...report.faults[1]!, detected: false }], ok: false };
    expect(selftestTable(missedConsequence).split('\n').at(-1)).toBe('link-harness selftest: FAILED in 2 min 05 s; undetected: no-cookie (COOKIE-04).');
    const cleanFailed = { ...all, clean: [{ ...report.clean[0]!, passed: false }], ok: false };
    expect(selftestTable(cleanFailed).split('\n').at(-1)).toBe('link-harness selftest: FAILED in 2 min 05 s; clean runs that failed: clean.');
  });

  it('says when the clean runs were skipped', () => {
    const lines = selftestTable({ ...report, faults: report.faults.slice(0, 2), clean: [], ok: true }).split('\n');
    expect(lines.slice(-3)).toEqual([
      'clean runs: skipped (--skip-clean)',
      '',
      'link-harness selftest: all 1 faults detected (2 requirement checks), clean runs skipped, in 2 min 05 s.',
    ]);
  });

  it('prints one progress line per finished run', () => {
    expect(faultProgressLine([report.faults[2]!], 3, 22)).toBe('[3/22] accept-live-keys → SAFE-01: NOT DETECTED (9.0 s) all 7 scenario(s) of SAFE-01 passed');
    expect(faultProgressLine(report.faults.slice(0, 2), 4, 22)).toBe(
      '[4/22] no-cookie → COOKIE-01: detected (21.0 s) COOKIE-01: no response set a cookie holding the token\n    also detected: COOKIE-04',
    );
    expect(faultProgressLine([report.faults[0]!, { ...report.faults[1]!, detected: false, excerpt: 'all 1 scenario(s) of COOKIE-04 passed' }], 4, 22)).toBe(
      '[4/22] no-cookie → COOKIE-01: detected (21.0 s) COOKIE-01: no response set a cookie holding the token\n    also COOKIE-04: NOT DETECTED all 1 scenario(s) of COOKIE-04 passed',
    );
    expect(cleanProgressLine({ ...report.clean[0]!, passed: false, problems: ['[chromium] OFF-02: boom'] }, 1, 22)).toBe(
      '[1/22] clean: FAILED (9 passed, 0 failed, 2 skipped; 40.0 s)\n    [chromium] OFF-02: boom',
    );
  });

  it('formats durations in seconds, then minutes', () => {
    expect(formatDuration(5_432)).toBe('5.4 s');
    expect(formatDuration(60_000)).toBe('1 min 00 s');
    expect(formatDuration(487_600)).toBe('8 min 08 s');
  });
});
