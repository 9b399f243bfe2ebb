import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitOwnOptions } from './parse-options.ts';
import { testCommand, testRunEnv } from './test-command.ts';
import { UsageError } from './usage-error.ts';

describe('link-harness test', () => {
  it('keeps its own options and passes every other one on to Playwright, in order', () => {
    const { own, passedOn } = splitOwnOptions(
      ['--checkout', 'http://localhost:3000', '--grep', '@SETUP-01', '--workers=1', '--output=out', '--headed', '--shard', '1/2', '--', '--checkout', 'x'],
      testCommand.options,
    );
    expect(own).toEqual(['--checkout', 'http://localhost:3000', '--output=out']);
    expect(passedOn).toEqual(['--grep', '@SETUP-01', '--workers=1', '--headed', '--shard', '1/2', '--checkout', 'x']);
  });

  it("sets the run up from the merchant's directory: checkout, hook, account, config, reports and TypeScript", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'test-cmd-'));
    expect(testRunEnv({}, dir, {}).LINK_HARNESS_CONFIG).toBeUndefined();
    await writeFile(join(dir, 'link-harness.config.ts'), 'export default {};\n');
    const env = testRunEnv({ checkout: 'http://localhost:3000', 'charge-url': 'http://localhost:3000/hook', account: 'sk_test_shop' }, dir, {
      NODE_OPTIONS: '--max-old-space-size=4096',
    });
    expect(env).toMatchObject({
      CHECKOUT_URL: 'http://localhost:3000',
      CHARGE_URL: 'http://localhost:3000/hook',
      LINK_HARNESS_ACCOUNT: 'sk_test_shop',
      LINK_HARNESS_CONFIG: join(dir, 'link-harness.config.ts'),
      LINK_HARNESS_OUTPUT: join(dir, 'reports'),
    });
    expect(env.NODE_OPTIONS).toMatch(/^--max-old-space-size=4096 --import ".*tsx.*"$/);
    expect(testRunEnv({ output: 'out/ci' }, dir, {}).LINK_HARNESS_OUTPUT).toBe(join(dir, 'out/ci'));
  });

  it('refuses a checkout that is not an http(s) URL, a missing config and a live key', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'test-cmd-'));
    expect(() => testRunEnv({ checkout: 'localhost:3000' }, dir, {})).toThrow(UsageError);
    expect(() => testRunEnv({ config: 'nope.ts' }, dir, {})).toThrow(/no such file/);
    expect(() => testRunEnv({ account: 'sk_live_abc' }, dir, {})).toThrow(/test key/);
  });
});
