import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserVersion, describeConformanceRun, harnessVersion } from './run-metadata.ts';

const dir = mkdtempSync(join(tmpdir(), 'run-metadata-'));
const executable = (name: string, script: string) => {
  const path = join(dir, name);
  writeFileSync(path, `#!/bin/sh\n${script}\n`);
  chmodSync(path, 0o755);
  return path;
};

describe('browserVersion', () => {
  it('reads name and version from --version, ignoring stderr noise', () => {
    const chromium = executable('chromium', 'echo "warning" >&2; echo "Chromium 156.0.8078.108 built on Debian GNU/Linux 12 (bookworm)"');
    expect(browserVersion(chromium)).toEqual({ name: 'Chromium', version: '156.0.8078.108' });
    expect(browserVersion(executable('chrome', 'echo "Google Chrome 131.0.6778.85 "'))).toEqual({ name: 'Google Chrome', version: '131.0.6778.85' });
  });

  it('answers nulls for a browser that cannot say', () => {
    expect(browserVersion(executable('broken', 'exit 3'))).toEqual({ name: null, version: null });
    expect(browserVersion(join(dir, 'absent'))).toEqual({ name: null, version: null });
    expect(browserVersion(null)).toEqual({ name: null, version: null });
  });
});

describe('describeConformanceRun', () => {
  it('records target, backend, API version, browser and harness version', () => {
    const env: Record<string, string | undefined> = { STRIPE_SECRET_KEY: 'sk_test_shop' };
    const run = describeConformanceRun(
      { targetUrl: 'https://shop.test', referenceCheckout: false, browserExecutable: executable('c2', 'echo "Chromium 150.0.1"') },
      env,
    );
    expect(run).toMatchObject({
      target: { url: 'https://shop.test', kind: 'checkout-url' },
      stripe: { backend: 'stripe-test-mode', apiVersion: expect.stringMatching(/^\d{4}-\d{2}-\d{2}/) },
      browser: { name: 'Chromium', version: '150.0.1' },
    });
    expect(describeConformanceRun({ targetUrl: 'http://localhost:4242', referenceCheckout: true }, {})).toMatchObject({
      target: { kind: 'reference-checkout' },
      stripe: { backend: 'emulator' },
    });
  });

  it('describes the run once: processes started by this one reuse the answer', () => {
    const env: Record<string, string | undefined> = {};
    const first = describeConformanceRun({ targetUrl: 'http://a.test', referenceCheckout: false }, env);
    expect(env.LINK_HARNESS_RUN_METADATA).toBeDefined();
    expect(describeConformanceRun({ targetUrl: 'http://other.test', referenceCheckout: false }, env)).toEqual(first);
    const foreign = { LINK_HARNESS_RUN_METADATA: JSON.stringify({ pid: -1, metadata: first }) };
    expect(describeConformanceRun({ targetUrl: 'http://other.test', referenceCheckout: false }, foreign).target.url).toBe('http://other.test');
  });

  it('knows the harness version from package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(harnessVersion()).toBe(pkg.version);
  });
});
