import { describe, expect, it } from 'vitest';
import {
  ChromiumNotFoundError,
  chromiumLaunchArgs,
  chromiumLaunchOptions,
  debugging,
  findChromium,
  headedRun,
  machineProbe,
  noChromiumMessage,
  type ChromiumProbe,
} from './chromium.ts';

const playwrightChrome = '/home/qa/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';

/** A machine where only the listed files exist. */
function fakeMachine(files: string[], env: Record<string, string | undefined> = {}, playwright: string | undefined = playwrightChrome): ChromiumProbe {
  const existing = new Set(files);
  return { env: { PATH: '/opt/bin:/usr/local/bin', ...env }, exists: (path) => existing.has(path), playwrightExecutable: () => playwright };
}

describe('findChromium', () => {
  it('uses CHROMIUM_PATH first, even when other browsers exist', () => {
    const found = findChromium(fakeMachine(['/srv/chrome', playwrightChrome, '/usr/bin/chromium'], { CHROMIUM_PATH: '/srv/chrome' }));
    expect(found).toEqual({ executablePath: '/srv/chrome', source: 'CHROMIUM_PATH' });
  });

  it('refuses a CHROMIUM_PATH that names no file instead of falling back', () => {
    const probe = fakeMachine([playwrightChrome, '/usr/bin/chromium'], { CHROMIUM_PATH: '/srv/missing-chrome' });
    expect(() => findChromium(probe)).toThrow(ChromiumNotFoundError);
    expect(() => findChromium(probe)).toThrow(/CHROMIUM_PATH.*\/srv\/missing-chrome/);
  });

  it("prefers Playwright's own Chromium over a system one when it is installed", () => {
    expect(findChromium(fakeMachine([playwrightChrome, '/usr/bin/chromium']))).toEqual({ executablePath: playwrightChrome, source: 'playwright' });
  });

  it("falls back to /usr/bin/chromium when Playwright's Chromium is not downloaded", () => {
    expect(findChromium(fakeMachine(['/usr/bin/chromium', '/usr/bin/google-chrome']))).toEqual({ executablePath: '/usr/bin/chromium', source: 'system' });
  });

  it("prefers Debian's headless shell, and the full Chromium when no shell is wanted", () => {
    const machine = fakeMachine(['/usr/bin/chromium', '/usr/bin/chromium-headless-shell']);
    expect(findChromium(machine)).toEqual({ executablePath: '/usr/bin/chromium-headless-shell', source: 'system' });
    expect(findChromium(machine, { headlessShell: false })).toEqual({ executablePath: '/usr/bin/chromium', source: 'system' });
  });

  it('finds a headless shell by name on PATH, and never counts it as a full Chromium', () => {
    expect(findChromium(fakeMachine(['/opt/bin/chromium-headless-shell', '/usr/bin/chromium'])).executablePath).toBe('/opt/bin/chromium-headless-shell');
    expect(() => findChromium(fakeMachine(['/opt/bin/chromium-headless-shell'], {}, undefined), { headlessShell: false })).toThrow(ChromiumNotFoundError);
  });

  it('falls back to a system browser when Playwright cannot name its own', () => {
    expect(findChromium(fakeMachine(['/usr/bin/google-chrome-stable'], {}, undefined)).executablePath).toBe('/usr/bin/google-chrome-stable');
  });

  it('finds chromium-browser and google-chrome by name on PATH', () => {
    expect(findChromium(fakeMachine(['/opt/bin/chromium-browser'])).executablePath).toBe('/opt/bin/chromium-browser');
    expect(findChromium(fakeMachine(['/usr/local/bin/google-chrome'])).executablePath).toBe('/usr/local/bin/google-chrome');
  });

  it('says in three lines how to fix it when nothing is found, and keeps every place it tried', () => {
    const probe = fakeMachine([]);
    let error: ChromiumNotFoundError | undefined;
    try {
      findChromium(probe);
    } catch (err) {
      error = err as ChromiumNotFoundError;
    }
    expect(error).toBeInstanceOf(ChromiumNotFoundError);
    expect(error!.message.split('\n')).toHaveLength(3);
    expect(error!.message).toContain('npm run setup');
    expect(error!.message).toContain('CHROMIUM_PATH');
    expect(error!.tried).toEqual(
      expect.arrayContaining([
        `${playwrightChrome} (Playwright's Chromium)`,
        '/usr/bin/chromium',
        '/opt/bin/chromium-browser',
        '/usr/bin/chromium-headless-shell',
      ]),
    );
    expect(noChromiumMessage(error!, {})).toBe(error!.message);
    const detailed = noChromiumMessage(error!, { DEBUG: 'pw:api,link-harness' });
    for (const place of error!.tried) expect(detailed).toContain(place);
    expect(debugging({ DEBUG: '*' })).toBe(true);
    expect(debugging({ DEBUG: 'link-harnessX' })).toBe(false);
  });

  it('counts only files as browsers on the real machine, not directories', () => {
    expect(machineProbe.exists(process.execPath)).toBe(true);
    expect(machineProbe.exists('/usr')).toBe(false);
    expect(machineProbe.exists('/nonexistent/chromium')).toBe(false);
  });
});

describe('chromiumLaunchArgs', () => {
  it('turns off background traffic to Google', () => {
    expect(chromiumLaunchArgs({ root: false })).toEqual(['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']);
  });

  it('adds --no-sandbox only when running as root', () => {
    expect(chromiumLaunchArgs({ root: true })).toContain('--no-sandbox');
    expect(chromiumLaunchArgs({ root: false })).not.toContain('--no-sandbox');
  });
});

describe('chromiumLaunchOptions', () => {
  it('names the system executable it found, with the flags it is given', () => {
    const probe = fakeMachine(['/usr/bin/chromium', '/usr/bin/chromium-headless-shell'], {}, undefined);
    expect(chromiumLaunchOptions(['--x'], { headed: false, probe })).toEqual({ executablePath: '/usr/bin/chromium-headless-shell', args: ['--x'] });
    expect(chromiumLaunchOptions(['--x'], { headed: true, probe })).toEqual({ executablePath: '/usr/bin/chromium', args: ['--x'] });
  });

  it('takes no headless shell for a headed run, or when told not to', () => {
    const probe = fakeMachine(['/usr/bin/chromium', '/usr/bin/chromium-headless-shell'], {}, undefined);
    expect(chromiumLaunchOptions(['--x'], { headed: false, headlessShell: false, probe })).toEqual({ executablePath: '/usr/bin/chromium', args: ['--x'] });
  });

  it("leaves Playwright's own Chromium to Playwright (its headless shell), and names its full build when no shell is wanted", () => {
    const probe = fakeMachine([playwrightChrome, '/usr/bin/chromium-headless-shell']);
    expect(chromiumLaunchOptions(['--x'], { headed: false, probe })).toEqual({ args: ['--x'] });
    expect(chromiumLaunchOptions(['--x'], { headed: true, probe })).toEqual({ executablePath: playwrightChrome, args: ['--x'] });
    expect(chromiumLaunchOptions(['--x'], { headed: false, headlessShell: false, probe })).toEqual({ executablePath: playwrightChrome, args: ['--x'] });
  });
});

describe('headedRun', () => {
  it('is headed for --headed, --debug, --ui and PWDEBUG, headless otherwise', () => {
    for (const flag of ['--headed', '--debug', '--ui', '--ui-port=9323']) expect(headedRun(['node', 'playwright', 'test', flag], {})).toBe(true);
    expect(headedRun(['node', 'playwright', 'test'], { PWDEBUG: '1' })).toBe(true);
    expect(headedRun(['node', 'playwright', 'test'], { PWDEBUG: '0' })).toBe(false);
    expect(headedRun(['node', 'playwright', 'test', '--grep', 'OTP'], {})).toBe(false);
  });

  it("hands the runner's answer to its workers through LINK_HARNESS_HEADED, and honours it when set", () => {
    const env: Record<string, string | undefined> = {};
    expect(headedRun(['node', 'playwright', 'test', '--headed'], env)).toBe(true);
    expect(env.LINK_HARNESS_HEADED).toBe('1');
    // A worker: its own command line has no flag, the inherited variable decides.
    expect(headedRun(['node', 'worker.js'], env)).toBe(true);
    expect(headedRun(['node', 'playwright', 'test', '--headed'], { LINK_HARNESS_HEADED: '0' })).toBe(false);
  });
});
