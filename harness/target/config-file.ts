import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { HarnessConfig } from './glossary.ts';
import { TargetError } from './target-error.ts';

/** The config file looked for at the project root when LINK_HARNESS_CONFIG does not name one. */
export const configFileName = 'link-harness.config.ts';

const knownKeys = ['account', 'chargeUrl', 'checkout'] as const;
const knownSteps = [
  'signUp',
  'openSavePage',
  'submitSavePage',
  'confirmError',
  'readOutcome',
  'chargeLater',
  'readChargeRecord',
  'openAuthentication',
  'stripeAccount',
] as const;

/**
 * Types a `link-harness.config.ts` (the identity function, for editor help).
 *
 * @example
 * // link-harness.config.ts
 * export default defineHarnessConfig({
 *   account: 'sk_test_myshop',
 *   checkout: { signUp: async (page, shopper) => { await page.goto('/register'); … } },
 * });
 */
export const defineHarnessConfig = (config: HarnessConfig): HarnessConfig => config;

/** Checks what a config module exported, naming anything the harness would silently ignore. */
export function validateHarnessConfig(value: unknown, file: string): HarnessConfig {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new TargetError(`link-harness: ${file} must default-export an object (export default defineHarnessConfig({ … })).`);
  const unknown = Object.keys(value).filter((k) => !(knownKeys as readonly string[]).includes(k));
  if (unknown.length > 0) throw new TargetError(`link-harness: ${file} has unknown setting(s) ${unknown.join(', ')}; known: ${knownKeys.join(', ')}.`);
  const config = value as Record<string, unknown>;
  for (const key of ['account', 'chargeUrl'] as const)
    if (config[key] !== undefined && typeof config[key] !== 'string') throw new TargetError(`link-harness: ${file}: ${key} must be a string.`);
  const steps = config.checkout;
  if (steps !== undefined) {
    if (typeof steps !== 'object' || steps === null)
      throw new TargetError(`link-harness: ${file}: checkout must be an object of steps (${knownSteps.join(', ')}).`);
    for (const [name, step] of Object.entries(steps)) {
      if (!(knownSteps as readonly string[]).includes(name))
        throw new TargetError(`link-harness: ${file}: checkout.${name} is not a step the harness knows; known: ${knownSteps.join(', ')}.`);
      if (typeof step !== 'function') throw new TargetError(`link-harness: ${file}: checkout.${name} must be a function.`);
    }
  }
  return config as HarnessConfig;
}

/**
 * Loads the config file: `LINK_HARNESS_CONFIG` (which must exist), else `link-harness.config.ts`
 * in `root` when there is one. Resolves `{}` without a file.
 *
 * @example
 * const { config, file } = await loadHarnessConfig(process.cwd(), process.env);
 */
export async function loadHarnessConfig(root: string, env: Record<string, string | undefined>): Promise<{ config: HarnessConfig; file?: string }> {
  const named = env.LINK_HARNESS_CONFIG?.trim();
  const file = named ? (isAbsolute(named) ? named : resolve(root, named)) : join(root, configFileName);
  if (!existsSync(file)) {
    if (named) throw new TargetError(`link-harness: LINK_HARNESS_CONFIG names ${file}, but there is no such file.`);
    return { config: {} };
  }
  let loaded: { default?: unknown };
  try {
    loaded = (await import(pathToFileURL(file).href)) as { default?: unknown };
  } catch (cause) {
    throw new TargetError(`link-harness: could not load ${file}: ${(cause as Error).message}`, { cause });
  }
  return { config: validateHarnessConfig(loaded.default, file), file };
}
