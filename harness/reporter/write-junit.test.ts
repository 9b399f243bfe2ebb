import { describe, expect, it } from 'vitest';
import { fakeTest, runReporter } from './testing.ts';
import { conformanceJunit, xmlText } from './write-junit.ts';

describe('xmlText', () => {
  it('escapes markup and drops characters XML cannot hold', () => {
    expect(xmlText(`<a href="x">'&'</a>\u0000\u001b[31m`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;[31m');
  });
});

describe('conformanceJunit', () => {
  it('groups requirements by guide section, one testcase each, with time and properties', async () => {
    const { json } = await runReporter({
      tests: [fakeTest({ title: 'SAFE-01 refuses live keys', tags: ['@SAFE-01'], attempts: [{ status: 'passed', durationMs: 1250 }] })],
    });
    const xml = conformanceJunit(json);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites ')).toBe(true);
    expect(xml.match(/<testsuite /g)).toHaveLength(new Set(json.requirements.map((r) => r.guideSection)).size);
    expect(xml.match(/<testcase /g)).toHaveLength(29);
    expect(xml).toMatch(
      /<testcase name="SAFE-01 [^"]+" classname="conformance.Test the integration" time="1.250"><properties><property name="status" value="passed"\/>/,
    );
    // A full run with one scenario: every other gating requirement is a failure (not run), PRIV-01 only skipped.
    expect(xml.match(/<failure type="not-run"/g)).toHaveLength(26);
    expect(xml).toMatch(/<testcase name="PRIV-01 [^>]*>.*<skipped message="not run: /);
  });

  it('carries checks not performed and notes as properties and system-out lines, escaped, without a failure', async () => {
    const annotations = [
      { type: 'not-checked', description: 'SAFE-01: keys with "quotes" & <brackets> not tried' },
      { type: 'note', description: 'the emulator stood in for Stripe' },
    ];
    const { junit } = await runReporter({ tests: [fakeTest({ title: 'SAFE-01 ok', tags: ['@SAFE-01'], attempts: [{ status: 'passed', annotations }] })] });
    const testcase = /<testcase name="SAFE-01 [^>]*>.*?<\/testcase>/s.exec(junit)?.[0] ?? '';
    expect(testcase).toContain(
      '<property name="not-checked" value="keys with &quot;quotes&quot; &amp; &lt;brackets&gt; not tried"/><property name="note" value="the emulator stood in for Stripe"/></properties>',
    );
    expect(testcase).toContain(
      'check not performed: keys with &quot;quotes&quot; &amp; &lt;brackets&gt; not tried (SAFE-01 ok)\nnote: the emulator stood in for Stripe (SAFE-01 ok)</system-out>',
    );
    expect(testcase).not.toContain('<failure');
  });

  it('marks an unexpected pass as a failure only when it gates', async () => {
    const { json } = await runReporter({ tests: [fakeTest({ title: 'SAFE-01 ok', tags: ['@SAFE-01'], attempts: [{ status: 'passed' }] })] });
    const safe = json.requirements.find((r) => r.id === 'SAFE-01');
    if (!safe) throw new Error('SAFE-01 missing');
    const flagged = {
      ...json,
      requirements: [{ ...safe, unexpectedPass: true, blocking: true, expectation: { requirement: 'SAFE-01', reason: 'r', link: 'https://x/1' } }],
    };
    expect(conformanceJunit(flagged)).toContain('<failure type="unexpected-pass" message="expected to fail (https://x/1) but passed"/>');
    expect(conformanceJunit({ ...flagged, requirements: [{ ...safe, unexpectedPass: true }] })).not.toContain('<failure');
  });
});
