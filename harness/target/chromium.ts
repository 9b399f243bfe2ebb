import { existsSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium, devices } from '@playwright/test';

/** Where a Chromium was found, and by which rule. */
export interface FoundChromium {
  executablePath: string;
  source: 'CHROMIUM_PATH' | 'playwright' | 'system';
}

/** What the search looks at; the defaults read the real machine, tests pass fakes. */
export interface ChromiumProbe {
  env: Record<string, string | undefined>;
  /** True when a file exists at this path. */
  exists(path: string): boolean;
  /** Where Playwright's own Chromium would be installed, or undefined when Playwright cannot say. */
  playwrightExecutable(): string | undefined;
}

/** The one command that gets a browser onto this machine (and installs the rest of the set-up). */
export const browserFixCommand = 'npm run setup';

/**
 * Raised when no Chromium can be found. The message says so in at most three lines with the one
 * command that fixes it; `tried` keeps every place searched (shown with `DEBUG=link-harness`, and
 * by `npx link-harness doctor`).
 */
export class ChromiumNotFoundError extends Error {
  override name = 'ChromiumNotFoundError';
  constructor(
    message: string,
    readonly tried: readonly string[] = [],
  ) {
    super(message);
  }
}

/** Whether `DEBUG` asks for the harness's details (`DEBUG=link-harness`, `DEBUG=*`, or a list naming it). */
export function debugging(env: Record<string, string | undefined> = process.env): boolean {
  return (env.DEBUG ?? '').split(/[\s,]+/).some((name) => name === '*' || name === 'link-harness' || name === 'link-harness:*');
}

/**
 * What a Playwright config says when no Chromium is found: the error's short message, plus every
 * place searched when `DEBUG=link-harness` asks for it. No stack trace: the run stops here.
 */
export function noChromiumMessage(err: ChromiumNotFoundError, env: Record<string, string | undefined> = process.env): string {
  if (!debugging(env) || err.tried.length === 0) return err.message;
  return `${err.message}\nSearched:\n${err.tried.map((place) => `  ${place}`).join('\n')}`;
}

/**
 * The system browsers looked for, by absolute path first, then by name on PATH. A headless run
 * looks for Chromium's headless shell first (Debian's `chromium-headless-shell`, the build
 * Playwright itself runs headless): measured here, the conformance run takes about a third less
 * time in it than in a full Chromium started headless.
 */
export const systemHeadlessShellPaths = ['/usr/bin/chromium-headless-shell'];
export const systemHeadlessShellNames = ['chromium-headless-shell'];
export const systemChromiumPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
export const systemChromiumNames = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

const isFile = (path: string) => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/** The probe of this machine: its environment, its files and Playwright's install location. */
export const machineProbe: ChromiumProbe = {
  env: process.env,
  exists: (path) => existsSync(path) && isFile(path),
  playwrightExecutable: () => {
    try {
      return chromium.executablePath();
    } catch {
      // Playwright throws on platforms it has no build for; that only means "not installed".
      return undefined;
    }
  },
};

/**
 * Finds the Chromium the suite drives, in the order the harness promises: `CHROMIUM_PATH` (which
 * must exist), Playwright's own Chromium when installed, then a system Chromium (its headless
 * shell first, when `headlessShell` allows one).
 *
 * @example
 * const { executablePath } = findChromium();
 * const browser = await chromium.launch({ executablePath, args: chromiumLaunchArgs() });
 */
export function findChromium(probe: ChromiumProbe = machineProbe, { headlessShell = true }: { headlessShell?: boolean } = {}): FoundChromium {
  const configured = probe.env.CHROMIUM_PATH;
  if (configured) {
    if (probe.exists(configured)) return { executablePath: configured, source: 'CHROMIUM_PATH' };
    throw new ChromiumNotFoundError(
      `link-harness: CHROMIUM_PATH is set to ${configured}, but no file is there. Point it at a Chromium or Chrome executable, or unset it to let the harness look for one.`,
    );
  }
  const tried: string[] = [];
  const playwrightPath = probe.playwrightExecutable();
  if (playwrightPath) {
    if (probe.exists(playwrightPath)) return { executablePath: playwrightPath, source: 'playwright' };
    tried.push(`${playwrightPath} (Playwright's Chromium)`);
  }
  const pathDirs = (probe.env.PATH ?? '').split(delimiter).filter((dir) => dir !== '');
  const onPath = (names: string[]) => pathDirs.flatMap((dir) => names.map((name) => join(dir, name)));
  const candidates = [
    ...(headlessShell ? [...systemHeadlessShellPaths, ...onPath(systemHeadlessShellNames)] : []),
    ...systemChromiumPaths,
    ...onPath(systemChromiumNames),
  ];
  for (const candidate of [...new Set(candidates)]) {
    if (probe.exists(candidate)) return { executablePath: candidate, source: 'system' };
    tried.push(candidate);
  }
  throw new ChromiumNotFoundError(
    [
      `link-harness: no ${headlessShell ? 'Chromium' : 'full Chromium (not a headless shell)'} found to run the suite in.`,
      `Fix: ${browserFixCommand}   (Playwright's Chromium, or Debian's chromium as root), or set CHROMIUM_PATH.`,
      `Where it looked: DEBUG=link-harness npx playwright test, or npx link-harness doctor.`,
    ].join('\n'),
    tried,
  );
}

/**
 * The flags every Chromium the harness launches gets: no background traffic to Google (the
 * machines we run on have no internet, and it would only add noise), and no sandbox when running
 * as root, where Chromium refuses to start with one.
 *
 * @example
 * chromiumLaunchArgs({ root: true }) // [...quietFlags, '--no-sandbox']
 */
export function chromiumLaunchArgs({ root = process.getuid?.() === 0 }: { root?: boolean } = {}): string[] {
  const args = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
  return root ? [...args, '--no-sandbox'] : args;
}

/**
 * Whether this Playwright run shows its browser: `--headed`, `--debug`, `--ui` or `PWDEBUG`.
 * Playwright's workers load the config again with their own command line, so the runner's answer
 * travels to them in `LINK_HARNESS_HEADED` (which a user may also set to `1` or `0`).
 *
 * @example
 * headedRun(['node', 'playwright', 'test', '--headed'], {}) // true
 */
export function headedRun(argv: readonly string[] = process.argv, env: Record<string, string | undefined> = process.env): boolean {
  const told = env.LINK_HARNESS_HEADED;
  if (told === '1' || told === '0') return told === '1';
  const headed =
    (env.PWDEBUG !== undefined && env.PWDEBUG !== '' && env.PWDEBUG !== '0') ||
    argv.some((arg) => arg === '--headed' || arg === '--debug' || arg === '--ui' || arg.startsWith('--ui-'));
  env.LINK_HARNESS_HEADED = headed ? '1' : '0';
  return headed;
}

/** What a Playwright project or a test launches Chromium with. */
export interface ChromiumLaunchOptions {
  /** Absent when Playwright picks its own build. */
  executablePath?: string;
  args: string[];
}

/**
 * Launch options for the Chromium found here, with the harness's flags unless others are given
 * (e.g. a browser model's). A headless shell is used when `headlessShell` allows it and the run is
 * not headed (the shell cannot show a window). Playwright's own Chromium is then left to
 * Playwright, which picks its headless shell; otherwise its full build is named.
 *
 * @example
 * const browser = await chromium.launch(chromiumLaunchOptions());
 */
export function chromiumLaunchOptions(
  args: string[] = chromiumLaunchArgs(),
  { headlessShell = true, headed = headedRun(), probe = machineProbe }: { headlessShell?: boolean; headed?: boolean; probe?: ChromiumProbe } = {},
): ChromiumLaunchOptions {
  const shell = headlessShell && !headed;
  const found = findChromium(probe, { headlessShell: shell });
  return found.source === 'playwright' && shell ? { args } : { executablePath: found.executablePath, args };
}

/**
 * The `use` of a Playwright project in the Chromium found here: Desktop Chrome's settings and
 * launch options (the harness's own unless given, e.g. a browser model's). Given as a lookup, a
 * Chromium that cannot be found ends the run with a short message (`stopWithoutChromium`).
 *
 * @example
 * projects: [{ name: 'chromium', use: chromiumProjectUse() }, { name: 'safari-like', use: chromiumProjectUse(() => browserModelLaunchOptions('safari-like')) }]
 */
export function chromiumProjectUse(launchOptions: ChromiumLaunchOptions | (() => ChromiumLaunchOptions) = chromiumLaunchOptions) {
  return { ...devices['Desktop Chrome'], launchOptions: typeof launchOptions === 'function' ? stopWithoutChromium(() => launchOptions()) : launchOptions };
}

/**
 * Runs a Playwright config's browser lookup; when no Chromium is found, says so (three lines, no
 * stack trace) and ends the process, since no scenario can run.
 *
 * @example
 * const launchOptions = stopWithoutChromium(() => chromiumLaunchOptions());
 */
export function stopWithoutChromium<T>(lookup: () => T): T {
  try {
    return lookup();
  } catch (err) {
    if (!(err instanceof ChromiumNotFoundError)) throw err;
    process.stderr.write(`${noChromiumMessage(err)}\n`);
    process.exit(1);
  }
}
