import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { requirements } from '../requirements/requirements.ts';
import { faultCatalogue, isFaultName, parseFaults, UnknownFaultError } from './faults.ts';

describe('named faults', () => {
  it('reads a comma-separated list, ignoring blanks and spaces', () => {
    expect([...parseFaults(' no-cookie, ,cookie-year-long,')]).toEqual(['no-cookie', 'cookie-year-long']);
    expect(parseFaults(undefined).size).toBe(0);
    expect(parseFaults('').size).toBe(0);
  });

  it('refuses an unknown name and lists the known ones', () => {
    let caught: unknown;
    try {
      parseFaults('no-cookie,no-cokie,leak-everything');
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(UnknownFaultError);
    const message = (caught as Error).message;
    expect(message).toContain("'no-cokie', 'leak-everything'");
    for (const f of faultCatalogue) expect(message).toContain(f.name);
  });

  it('names a requirement of the catalogue for every fault, with unique names', () => {
    const ids = new Set<string>(requirements.map((r) => r.id));
    for (const f of faultCatalogue) expect(ids.has(f.requirement), `${f.name} → ${f.requirement}`).toBe(true);
    for (const f of faultCatalogue) for (const also of f.alsoBreaks) expect(ids.has(also) && also !== f.requirement, `${f.name} also → ${also}`).toBe(true);
    expect(new Set(faultCatalogue.map((f) => f.name)).size).toBe(faultCatalogue.length);
    expect(isFaultName('no-cookie')).toBe(true);
    expect(isFaultName('constructor')).toBe(false);
  });

  it('has at least one fault for every requirement a checkout can break', () => {
    // The others are Stripe.js's part (OTP, funding sources, 3DS), the browser's (COOKIE-04/05), or
    // EMAIL-02 (follows from EMAIL-01 here).
    const checkoutBreakable = [
      'SETUP-01',
      'SETUP-02',
      'SETUP-03',
      'SETUP-04',
      'EMAIL-01',
      'FORM-01',
      'CONFIRM-01',
      'CONFIRM-02',
      'CONFIRM-03',
      'COOKIE-01',
      'COOKIE-02',
      'COOKIE-03',
      'OFF-01',
      'OFF-02',
      'OFF-03',
      'SAFE-01',
      'PRIV-01',
    ];
    const covered = new Set(faultCatalogue.map((f) => f.requirement));
    expect(checkoutBreakable.filter((id) => !covered.has(id))).toEqual([]);
  });

  it('breaks every requirement, named or as an end-to-end consequence, but OTP-04', () => {
    // OTP-04's card fallback after a Link lockout is Stripe.js's, and stays open whatever the
    // checkout does (a checkout without cards would be SETUP-02's fault).
    const broken = new Set(faultCatalogue.flatMap((f) => [f.requirement, ...f.alsoBreaks]));
    expect(requirements.map((r) => r.id).filter((id) => !broken.has(id))).toEqual(['OTP-04']);
  });

  it("matches the README's fault table, row for row", () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const from = readme.indexOf('### Named faults');
    const to = readme.indexOf('\n#', from + 1);
    const section = readme.slice(from, to < 0 ? undefined : to);
    // Cells are split on '|' and trimmed, so a formatter's column padding changes nothing.
    const rows = section
      .split('\n')
      .map((line) => line.split('|').map((cell) => cell.trim()))
      .filter((cells) => /^`[a-z0-9-]+`$/.test(cells[1] ?? ''))
      .map((cells) => [cells[1]!.slice(1, -1), cells[2], cells.at(-2)]);
    expect(rows).toEqual(faultCatalogue.map((f) => [f.name, f.requirement, f.alsoBreaks.join(', ')]));
  });
});
