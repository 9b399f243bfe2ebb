import { describe, expect, it } from 'vitest';
import { browserSetupPlan, browsersComplete, type BrowserFacts } from './browser-setup.ts';

const full = { executablePath: '/usr/bin/chromium', source: 'system' } as const;
const shell = { executablePath: '/usr/bin/chromium-headless-shell', source: 'system' } as const;
const playwright = { executablePath: '/root/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome', source: 'playwright' } as const;
const bare: BrowserFacts = { full: undefined, headless: undefined, downloadReachable: false, packageInstall: 'none', apt: false };

describe('browserSetupPlan', () => {
  it("does nothing on a machine with a full Chromium and a headless shell, or with Playwright's build", () => {
    expect(browserSetupPlan({ ...bare, full, headless: shell, apt: true, packageInstall: 'root' }).kind).toBe('ready');
    expect(browserSetupPlan({ ...bare, full: playwright, headless: playwright }).kind).toBe('ready');
    expect(browsersComplete({ full, headless: full })).toBe(false);
  });

  it("installs Playwright's Chromium where its download host answers, with its libraries when it may", () => {
    expect(browserSetupPlan({ ...bare, downloadReachable: true })).toMatchObject({
      kind: 'playwright-install',
      commands: [['npx', 'playwright', 'install', 'chromium']],
    });
    expect(browserSetupPlan({ ...bare, downloadReachable: true, apt: true, packageInstall: 'sudo' })).toMatchObject({
      commands: [['sudo', 'npx', 'playwright', 'install', '--with-deps', 'chromium']],
    });
  });

  it("installs Debian's chromium and headless shell, as root or with sudo, when the download host is out of reach", () => {
    expect(browserSetupPlan({ ...bare, apt: true, packageInstall: 'root' })).toMatchObject({
      kind: 'apt-install',
      packages: ['chromium', 'chromium-headless-shell'],
      commands: [
        ['apt-get', 'update'],
        ['apt-get', 'install', '-y', 'chromium', 'chromium-headless-shell'],
      ],
    });
    expect(browserSetupPlan({ ...bare, full, headless: full, apt: true, packageInstall: 'sudo' })).toMatchObject({
      packages: ['chromium-headless-shell'],
      commands: [
        ['sudo', 'apt-get', 'update'],
        ['sudo', 'apt-get', 'install', '-y', 'chromium-headless-shell'],
      ],
    });
  });

  it('runs with a full Chromium alone when no shell can be installed, and says what to run when there is nothing', () => {
    expect(browserSetupPlan({ ...bare, full, headless: full }).kind).toBe('ready');
    const told = browserSetupPlan({ ...bare, apt: true });
    expect(told.kind).toBe('tell');
    expect(told.said).toContain('npx playwright install chromium');
    expect(told.said).toContain('apt-get install -y chromium chromium-headless-shell');
    expect(told.said.split('\n').length).toBeLessThanOrEqual(3);
  });
});
