import type { BrowserModel } from './glossary.ts';
import { chromiumLaunchArgs, chromiumLaunchOptions, type ChromiumLaunchOptions } from './chromium.ts';

/** Every browser model the suite knows, in the order projects list them. */
export const browserModels = ['chrome-like', 'safari-like'] as const satisfies readonly BrowserModel[];

/**
 * The Chromium flags of a browser model (DESIGN.md, "Browser models").
 *
 * Measured with Chromium 156: Playwright launches Chromium with its own `--disable-features=…`
 * list, and that list contains `ThirdPartyStoragePartitioning`. With partitioning off and
 * third-party cookies blocked, a cross-site frame gets no storage at all (`localStorage` throws
 * SecurityError): the Safari-like model, which is therefore a full Chromium as Playwright starts it.
 * Chromium honours only the last `--disable-features` on its command line, so a list of our own
 * replaces Playwright's; storage partitioning, which Chrome ships with, is then back on and the
 * frames get storage keyed to the merchant's site, as in Chrome (a frame that stored something
 * under `localhost` reads it back on the next `localhost` page of the same context, not under
 * `127.0.0.2`): the Chrome-like model. That is why each of the four feature names DESIGN.md lists
 * (`BlockThirdPartyCookies`, `ThirdPartyCookieDeprecationTrial`, `TrackingProtection3pcd`,
 * `TpcdSupportSettings`) seems to be "the switch": any name does it, and
 * `--enable-features=ThirdPartyStoragePartitioning` does not (Playwright's disable wins).
 *
 * Our list keeps the one entry of Playwright's that matters here: the one that stops Chromium
 * aborting preflighted cross-origin requests while `page.route` intercepts.
 *
 * @example
 * browserModelLaunchArgs('chrome-like') // [...chromiumLaunchArgs(), '--disable-features=AvoidCorsURLLoaderRestartOnRedirect']
 */
export function browserModelLaunchArgs(model: BrowserModel, base: string[] = chromiumLaunchArgs()): string[] {
  return model === 'chrome-like' ? [...base, '--disable-features=AvoidCorsURLLoaderRestartOnRedirect'] : base;
}

/**
 * How to launch the Chromium of a browser model: its flags, and for the Safari-like model a full
 * Chromium. Measured with Chromium 156: the headless shell (Debian's `chromium-headless-shell`,
 * and the one Playwright runs headless) lacks Chrome's cookie controls, which block third-party
 * cookies in Playwright's off-the-record contexts; in it a cross-site frame keeps `localStorage`,
 * so it cannot be Safari-like. The Chrome-like model behaves the same in both.
 *
 * @example
 * projects: [{ name: 'safari-like', use: chromiumProjectUse(() => browserModelLaunchOptions('safari-like')) }]
 */
export function browserModelLaunchOptions(model: BrowserModel): ChromiumLaunchOptions {
  return chromiumLaunchOptions(browserModelLaunchArgs(model), { headlessShell: model === 'chrome-like' });
}

/** The tag that selects a scenario into a browser model's project, e.g. `@safari-like`. */
export const browserModelTag = (model: BrowserModel): string => `@${model}`;
