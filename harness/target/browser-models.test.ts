import { describe, expect, it } from 'vitest';
import { browserModelLaunchArgs, browserModelLaunchOptions } from './browser-models.ts';
import { chromiumLaunchArgs } from './chromium.ts';

describe('browserModelLaunchArgs', () => {
  it("gives the Chrome-like model its own --disable-features list (Playwright's then no longer turns storage partitioning off), and the Safari-like model none", () => {
    expect(browserModelLaunchArgs('chrome-like', ['--base'])).toEqual(['--base', '--disable-features=AvoidCorsURLLoaderRestartOnRedirect']);
    expect(browserModelLaunchArgs('safari-like', ['--base'])).toEqual(['--base']);
  });
});

describe('browserModelLaunchOptions', () => {
  it('never launches the Safari-like model in a headless shell, where cross-site frames keep their storage', () => {
    const safari = browserModelLaunchOptions('safari-like');
    expect(safari.executablePath, 'the Safari-like model must name a full Chromium').toEqual(expect.any(String));
    expect(safari.executablePath).not.toMatch(/headless/);
    expect(safari.args).toEqual(browserModelLaunchArgs('safari-like', chromiumLaunchArgs()));
  });

  it('launches the Chrome-like model with its flags', () => {
    expect(browserModelLaunchOptions('chrome-like').args).toEqual(browserModelLaunchArgs('chrome-like', chromiumLaunchArgs()));
  });
});
