import type { BrowserModel } from './glossary.ts';
import { chromiumLaunchArgs } from './chromium.ts';

/** Every browser model the suite knows, in the order projects list them. */
export const browserModels = ['chrome-like', 'safari-like'] as const satisfies readonly BrowserModel[];

/**
 * The Chromium flags of a browser model (DESIGN.md, "Browser models").
 *
 * Measured with Chromium 156 (harness/emulator/browser/e2e/third-party-storage.ts): Playwright's
 * own `--disable-features=…` list turns storage partitioning off, and a cross-site frame then gets
 * no storage at all, which is the Safari-like behaviour. Chromium honours only the last
 * `--disable-features` flag, so any list of our own replaces Playwright's and brings Chrome's
 * partitioned third-party storage back: that is the Chrome-like model. Our list keeps the one entry
 * of Playwright's that matters here (no aborted preflights while `route` intercepts).
 *
 * @example
 * chromium.launch({ args: browserModelLaunchArgs('chrome-like') });
 */
export function browserModelLaunchArgs(model: BrowserModel, base: string[] = chromiumLaunchArgs()): string[] {
  return model === 'chrome-like' ? [...base, '--disable-features=AvoidCorsURLLoaderRestartOnRedirect'] : base;
}

/** The tag that selects a scenario into a browser model's project, e.g. `@safari-like`. */
export const browserModelTag = (model: BrowserModel): string => `@${model}`;
