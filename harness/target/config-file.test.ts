import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { configFileName, loadHarnessConfig, validateHarnessConfig } from './config-file.ts';
import { TargetError } from './resolve.ts';

const dirs: string[] = [];
const projectWith = (files: Record<string, string>) => {
  const dir = mkdtempSync(join(tmpdir(), 'link-harness-config-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('loadHarnessConfig', () => {
  it('is empty without a config file', async () => {
    expect(await loadHarnessConfig(projectWith({}), {})).toEqual({ config: {} });
  });

  it('loads link-harness.config.ts at the root, steps included', async () => {
    const root = projectWith({
      [configFileName]: `export default { account: 'sk_test_myshop', chargeUrl: 'http://localhost:3000/charge', checkout: { signUp: async (_page: unknown, shopper: { email: string }) => void shopper.email } };`,
    });
    const { config, file } = await loadHarnessConfig(root, {});
    expect(file).toBe(join(root, configFileName));
    expect(config).toMatchObject({ account: 'sk_test_myshop', chargeUrl: 'http://localhost:3000/charge' });
    expect(typeof config.checkout?.signUp).toBe('function');
  });

  it('loads the file LINK_HARNESS_CONFIG names (relative to the root), and refuses a missing one', async () => {
    const root = projectWith({ 'other.config.ts': `export default { account: 'named' };` });
    expect((await loadHarnessConfig(root, { LINK_HARNESS_CONFIG: 'other.config.ts' })).config).toEqual({ account: 'named' });
    await expect(loadHarnessConfig(root, { LINK_HARNESS_CONFIG: 'missing.config.ts' })).rejects.toBeInstanceOf(TargetError);
  });

  it('refuses a config that does not load or exports something else, with a TargetError naming the file', async () => {
    for (const text of ['export default 42;', 'export const account = "x";', 'throw new Error("broken config");', "export default { acount: 'typo' };"]) {
      const root = projectWith({ [configFileName]: text });
      const err = await loadHarnessConfig(root, {}).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(TargetError);
      expect((err as Error).message).toContain(configFileName);
    }
  });
});

describe('validateHarnessConfig', () => {
  it('names unknown settings and steps, and steps that are not functions', () => {
    expect(() => validateHarnessConfig({ checkoutUrl: 'http://x' }, 'f.ts')).toThrow(/unknown setting.*checkoutUrl/);
    expect(() => validateHarnessConfig({ checkout: { signup: async () => {} } }, 'f.ts')).toThrow(/checkout\.signup/);
    expect(() => validateHarnessConfig({ checkout: { signUp: 'visit /register' } }, 'f.ts')).toThrow(/checkout\.signUp must be a function/);
    expect(() => validateHarnessConfig({ account: 42 }, 'f.ts')).toThrow(/account must be a string/);
    expect(validateHarnessConfig({}, 'f.ts')).toEqual({});
  });
});
