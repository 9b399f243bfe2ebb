import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gateOnReport } from './gate.ts';

const dir = mkdtempSync(join(tmpdir(), 'gate-'));
const report = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(content));
  return path;
};

describe('gateOnReport', () => {
  it('exits 0 on a passed verdict', () => {
    expect(gateOnReport(report('ok.json', { schemaVersion: 1, verdict: { passed: true, reasons: [] }, run: { partial: false } })).exitCode).toBe(0);
  });

  it('exits 1 on a failed verdict, listing the reasons', () => {
    const { exitCode, lines } = gateOnReport(
      report('bad.json', { schemaVersion: 1, verdict: { passed: false, reasons: ['gating requirements failed: SETUP-03'] }, run: { partial: false } }),
    );
    expect(exitCode).toBe(1);
    expect(lines.join('\n')).toContain('SETUP-03');
  });

  it('exits 1 on a partial report, even one that says passed', () => {
    expect(
      gateOnReport(
        report('partial.json', { schemaVersion: 1, verdict: { passed: true, reasons: [] }, run: { partial: true, playwrightStatus: 'interrupted' } }),
      ).exitCode,
    ).toBe(1);
  });

  it('exits 1 when the report is missing, unreadable or of another schema version', () => {
    expect(gateOnReport(join(dir, 'absent.json')).exitCode).toBe(1);
    expect(gateOnReport(report('v2.json', { schemaVersion: 2, verdict: { passed: true } })).exitCode).toBe(1);
  });
});
