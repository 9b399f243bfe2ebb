import { findChromium, type ChromiumProbe, type FoundChromium, machineProbe, ChromiumNotFoundError } from '../target/chromium.ts';

/** What this machine has and may do, as far as getting a browser onto it goes. */
export interface BrowserFacts {
  /** A full Chromium (the Safari-like model and headed runs need one), if found. */
  full: FoundChromium | undefined;
  /** What a headless run would use, if anything is found. */
  headless: FoundChromium | undefined;
  /** Whether Playwright's download host answers. */
  downloadReachable: boolean;
  /** How system packages could be installed: as root, with passwordless sudo, or not at all. */
  packageInstall: 'root' | 'sudo' | 'none';
  /** Whether `apt-get` is on this machine (Debian and Ubuntu). */
  apt: boolean;
}

/** One thing the set-up does about the browser. */
export type BrowserSetupStep =
  | { kind: 'ready'; said: string }
  | { kind: 'playwright-install'; commands: string[][]; said: string }
  | { kind: 'apt-install'; commands: string[][]; packages: string[]; said: string }
  | { kind: 'tell'; said: string };

const isHeadlessShell = (found: FoundChromium | undefined) => found !== undefined && /headless[-_]shell/.test(found.executablePath);

/** Whether headless runs have their fast browser: a headless shell, Playwright's build (which has one), or the user's own choice. */
const headlessReady = (found: Pick<BrowserFacts, 'headless'>) =>
  isHeadlessShell(found.headless) || found.headless?.source === 'playwright' || found.headless?.source === 'CHROMIUM_PATH';

/** Whether nothing is missing: a full Chromium, and a headless shell or Playwright's build. */
export const browsersComplete = (found: Pick<BrowserFacts, 'full' | 'headless'>): boolean => found.full !== undefined && headlessReady(found);

/**
 * What to do to have the browsers the suite runs in: Playwright's own Chromium where its download
 * host is reachable, else Debian's `chromium` and `chromium-headless-shell` where packages can be
 * installed (as root or with sudo), else say what to run. A machine with a full Chromium and a
 * headless shell (or Playwright's build, which has both) needs nothing.
 *
 * @example
 * browserSetupPlan({ full: undefined, headless: undefined, downloadReachable: false, packageInstall: 'root', apt: true })
 * // { kind: 'apt-install', packages: ['chromium', 'chromium-headless-shell'], … }
 */
export function browserSetupPlan(facts: BrowserFacts): BrowserSetupStep {
  const shellReady = headlessReady(facts);
  if (facts.full && shellReady)
    return {
      kind: 'ready',
      said: `Chromium: ${facts.full.executablePath}${facts.headless && facts.headless.executablePath !== facts.full.executablePath ? `, headless: ${facts.headless.executablePath}` : ''}`,
    };
  const sudo = facts.packageInstall === 'sudo' ? ['sudo'] : [];
  const canApt = facts.apt && facts.packageInstall !== 'none';
  if (!facts.full && facts.downloadReachable) {
    // With rights to install packages, Playwright also installs the libraries its build needs.
    const command = canApt ? [...sudo, 'npx', 'playwright', 'install', '--with-deps', 'chromium'] : ['npx', 'playwright', 'install', 'chromium'];
    return { kind: 'playwright-install', commands: [command], said: "installing Playwright's Chromium" };
  }
  if (canApt) {
    const packages = [...(facts.full ? [] : ['chromium']), ...(shellReady ? [] : ['chromium-headless-shell'])];
    return {
      kind: 'apt-install',
      packages,
      commands: [
        [...sudo, 'apt-get', 'update'],
        [...sudo, 'apt-get', 'install', '-y', ...packages],
      ],
      said: `installing Debian's ${packages.join(' and ')}${facts.full ? ' (the headless shell runs the suite about a third faster)' : ''}`,
    };
  }
  if (facts.full) return { kind: 'ready', said: `Chromium: ${facts.full.executablePath} (no headless shell: the suite runs, somewhat slower)` };
  return {
    kind: 'tell',
    said: [
      'No Chromium here, and none can be installed from this process.',
      'Run one of: `npx playwright install chromium` (needs its download host),',
      '`sudo apt-get install -y chromium chromium-headless-shell` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome.',
    ].join('\n'),
  };
}

const tryFind = (probe: ChromiumProbe, headlessShell: boolean): FoundChromium | undefined => {
  try {
    return findChromium(probe, { headlessShell });
  } catch (err) {
    if (err instanceof ChromiumNotFoundError) return undefined;
    throw err;
  }
};

/** The browsers found on this machine: the full one and the one a headless run takes. */
export function browsersFound(probe: ChromiumProbe = machineProbe): Pick<BrowserFacts, 'full' | 'headless'> {
  return { full: tryFind(probe, false), headless: tryFind(probe, true) };
}
