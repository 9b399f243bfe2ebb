import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ConformanceRunMetadata } from './glossary.ts';
import { selectionFromArgv } from './selection.ts';

/** What the config knows about the run that a reporter cannot find out on its own. */
export interface RunDescription {
  /** The checkout under test. */
  targetUrl: string | null;
  /** True when it is the embedded reference checkout (no CHECKOUT_URL). */
  referenceCheckout: boolean;
  /** The browser executable the projects launch, to ask for its version. */
  browserExecutable?: string | null;
}

/** Runner, loader and worker processes all load the config: the first one describes the run, its children reuse that. */
const cacheVariable = 'LINK_HARNESS_RUN_METADATA';

/** The API version the `stripe` client the harness drives pins (and the emulator answers with). Loaded lazily: only the runner asks. */
function stripeApiVersion(): string | null {
  try {
    const stripe = createRequire(import.meta.url)('stripe') as { API_VERSION?: unknown; default?: { API_VERSION?: unknown } };
    const version = stripe.API_VERSION ?? stripe.default?.API_VERSION;
    return typeof version === 'string' ? version : null;
  } catch {
    return null;
  }
}

/** The harness's own version, from its package.json. */
export function harnessVersion(): string | null {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : null;
  } catch {
    return null;
  }
}

/**
 * The name and version a browser executable reports (`Chromium 156.0.8078.108 built on Debian`),
 * or nulls when it cannot be asked.
 */
export function browserVersion(executable: string | null | undefined): { name: string | null; version: string | null } {
  if (!executable) return { name: null, version: null };
  try {
    const out = execFileSync(executable, ['--version'], { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] });
    const match = /^(.*?)\s+v?(\d+(?:\.\d+)+)/m.exec(out.trim());
    return match ? { name: match[1]?.trim() ?? null, version: match[2] ?? null } : { name: out.trim() || null, version: null };
  } catch {
    return { name: null, version: null };
  }
}

/**
 * The run's description for the conformance report, for the playwright config's
 * `metadata.linkHarness`: target, Stripe backend and API version, browser and version, harness
 * version, and whether the command line filtered the tests. Config metadata travels inside blob
 * reports, so a report merged from shards still knows all this. Computed once per run: child
 * processes that load the config again reuse the runner's answer.
 *
 * @example
 * export default defineConfig({
 *   metadata: { linkHarness: describeConformanceRun({ targetUrl, referenceCheckout: !process.env.CHECKOUT_URL, browserExecutable }) },
 * });
 */
export function describeConformanceRun(description: RunDescription, env: Record<string, string | undefined> = process.env): ConformanceRunMetadata {
  const cached = env[cacheVariable];
  if (cached) {
    try {
      const { pid, metadata } = JSON.parse(cached) as { pid: number; metadata: ConformanceRunMetadata };
      if (pid === process.ppid || pid === process.pid) return metadata;
    } catch {
      // A stale or foreign value: describe the run afresh.
    }
  }
  const metadata: ConformanceRunMetadata = {
    target: { url: description.targetUrl, kind: description.referenceCheckout ? 'reference-checkout' : description.targetUrl ? 'checkout-url' : 'unknown' },
    stripe: { backend: env.STRIPE_SECRET_KEY ? 'stripe-test-mode' : 'emulator', apiVersion: stripeApiVersion() },
    browser: browserVersion(description.browserExecutable),
    harnessVersion: harnessVersion(),
    selection: selectionFromArgv(process.argv, env),
  };
  env[cacheVariable] = JSON.stringify({ pid: process.pid, metadata });
  return metadata;
}
