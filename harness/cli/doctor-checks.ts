import { createConnection } from 'node:net';
import { browserModelLaunchOptions } from '../target/browser-models.ts';
import { ChromiumNotFoundError, chromiumLaunchOptions, type ChromiumLaunchOptions } from '../target/chromium.ts';
import { loadHarnessConfig } from '../target/config-file.ts';
import { resolveTarget } from '../target/resolve.ts';
import { browserFixCommand } from '../target/chromium.ts';

/** One line of the doctor's answer: what was checked, how it stands, and what to do about it. */
export interface DoctorCheck {
  name: string;
  status: 'ok' | 'warn' | 'fail';
  said: string;
  fix?: string;
  /** Lines shown under the check, e.g. every place searched. */
  details?: string[];
}

/** The oldest Node the harness runs on (package.json `engines`). */
export const minimumNode = '20.19.0';

const newer = (version: string, minimum: string) => {
  const [a, b] = [version, minimum].map((v) => v.replace(/^v/, '').split('.').map(Number));
  for (let i = 0; i < 3; i++) if ((a![i] ?? 0) !== (b![i] ?? 0)) return (a![i] ?? 0) > (b![i] ?? 0);
  return true;
};

/** Node itself. */
export function nodeCheck(version: string = process.versions.node): DoctorCheck {
  return newer(version, minimumNode)
    ? { name: 'node', status: 'ok', said: `Node ${version}` }
    : { name: 'node', status: 'fail', said: `Node ${version} is older than ${minimumNode}`, fix: `install Node ${minimumNode} or newer` };
}

const described = (options: ChromiumLaunchOptions) => options.executablePath ?? "Playwright's own Chromium (its headless shell when headless)";

/** Which browser each project of the conformance run starts, or where the harness looked. */
export function browserChecks(
  lookup: { headless: () => ChromiumLaunchOptions; model: (model: 'chrome-like' | 'safari-like') => ChromiumLaunchOptions } = {
    headless: () => chromiumLaunchOptions(),
    model: browserModelLaunchOptions,
  },
): DoctorCheck[] {
  const runs: [string, () => ChromiumLaunchOptions][] = [
    ['browser (chromium project, headless)', lookup.headless],
    ['browser (chrome-like model)', () => lookup.model('chrome-like')],
    ['browser (safari-like model, a full Chromium)', () => lookup.model('safari-like')],
  ];
  const shown = new Set<string>();
  return runs.map(([name, find]) => {
    try {
      return { name, status: 'ok', said: described(find()) };
    } catch (err) {
      if (!(err instanceof ChromiumNotFoundError)) throw err;
      // Each place once, under the first check that searched it.
      const details = err.tried.filter((place) => !shown.has(place));
      for (const place of details) shown.add(place);
      return {
        name,
        status: 'fail',
        said: err.message.split('\n')[0]!.replace(/^link-harness: /, ''),
        fix: browserFixCommand,
        ...(details.length > 0 ? { details: ['searched:', ...details.map((p) => `  ${p}`)] } : {}),
      };
    }
  });
}

/** Whether something accepts connections on 127.0.0.1:port. */
export function listening(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host });
    socket.setTimeout(1500);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
    socket.once('error', () => resolve(false));
  });
}

async function answers(url: string): Promise<Record<string, unknown> | undefined> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(3000) });
    return res.ok ? ((await res.json()) as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The emulator's port: free (the suite starts its own), a running emulator (reused outside CI), or taken by something else. */
export async function emulatorPortCheck(port: number): Promise<DoctorCheck> {
  const name = `port ${port} (emulator)`;
  if (!(await listening(port))) return { name, status: 'ok', said: 'free: the suite starts its own emulator there' };
  const health = await answers(`http://127.0.0.1:${port}/_harness/health`);
  if (health?.ok === true)
    return { name, status: 'ok', said: `a link-harness emulator answers (${String(health.accounts)} accounts); outside CI the suite uses it` };
  return {
    name,
    status: 'fail',
    said: 'taken by something that is not the emulator',
    fix: `stop it, or run the suite with LINK_HARNESS_EMULATOR_PORT=<another port>`,
  };
}

/** The reference checkout's port, when the suite tests the embedded reference checkout. */
export async function checkoutPortCheck(port: number, checkoutUrl: string | undefined): Promise<DoctorCheck> {
  const name = `port ${port} (reference checkout)`;
  if (checkoutUrl) return { name, status: 'ok', said: `not needed: CHECKOUT_URL is ${checkoutUrl}` };
  if (!(await listening(port))) return { name, status: 'ok', said: 'free: the suite starts the reference checkout there' };
  const health = await answers(`http://127.0.0.1:${port}/healthz`);
  if (health && typeof health.publishable_key === 'string')
    return { name, status: 'ok', said: 'a checkout with /healthz answers; outside CI the suite tests it' };
  return {
    name,
    status: 'fail',
    said: 'taken by something that is not the reference checkout',
    fix: 'stop it, or run the suite with LINK_HARNESS_CHECKOUT_PORT=<another port>',
  };
}

/** The config file, if any, loaded and checked as the suite would; and the target it makes. */
export async function configCheck(root: string, env: Record<string, string | undefined>): Promise<DoctorCheck[]> {
  try {
    const { config, file } = await loadHarnessConfig(root, env);
    const target = resolveTarget(env, config, file);
    const backend =
      target.backend.kind === 'emulator'
        ? `the emulator at ${target.backend.url}${target.backend.account ? `, account ${target.backend.account}` : ''}`
        : 'real Stripe test mode (STRIPE_SECRET_KEY is set)';
    return [
      { name: 'config', status: 'ok', said: file ? `${file}: valid` : 'no link-harness.config.ts: every adapter step keeps its default' },
      {
        name: 'target',
        status: target.backend.kind === 'emulator' ? 'ok' : 'warn',
        said: `${target.checkout.kind === 'reference' ? 'the embedded reference checkout' : target.checkout.url}, against ${backend}`,
      },
    ];
  } catch (err) {
    return [
      {
        name: 'config',
        status: 'fail',
        said: (err as Error).message.replace(/^link-harness: /, ''),
        fix: 'correct it (the message says what), then run doctor again',
      },
    ];
  }
}

/** The checkout under test answers at its URL (any HTTP status: a sign-in page or redirect is fine). */
export async function checkoutAnswersCheck(url: string): Promise<DoctorCheck> {
  const name = 'checkout';
  try {
    const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(5000) });
    return { name, status: 'ok', said: `${url} answers (${res.status})` };
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause?.code ?? (err as Error).message;
    return { name, status: 'fail', said: `${url} does not answer (${cause})`, fix: 'start your checkout (against the emulator) before the run' };
  }
}
