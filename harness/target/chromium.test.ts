import { describe, expect, it } from 'vitest';
import { ChromiumNotFoundError, chromiumLaunchArgs, findChromium, machineProbe, type ChromiumProbe } from './chromium.ts';

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

  it('falls back to a system browser when Playwright cannot name its own', () => {
    expect(findChromium(fakeMachine(['/usr/bin/google-chrome-stable'], {}, undefined)).executablePath).toBe('/usr/bin/google-chrome-stable');
  });

  it('finds chromium-browser and google-chrome by name on PATH', () => {
    expect(findChromium(fakeMachine(['/opt/bin/chromium-browser'])).executablePath).toBe('/opt/bin/chromium-browser');
    expect(findChromium(fakeMachine(['/usr/local/bin/google-chrome'])).executablePath).toBe('/usr/local/bin/google-chrome');
  });

  it('says what it tried and how to fix it when nothing is found', () => {
    const probe = fakeMachine([]);
    expect(() => findChromium(probe)).toThrow(ChromiumNotFoundError);
    let message = '';
    try {
      findChromium(probe);
    } catch (err) {
      message = (err as Error).message;
    }
    for (const part of [playwrightChrome, '/usr/bin/chromium', '/opt/bin/chromium-browser', 'apt-get install chromium', 'npx playwright install chromium', 'CHROMIUM_PATH'])
      expect(message).toContain(part);
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
