import type { Project } from '@playwright/test';
import { browserModelLaunchOptions } from './browser-models.ts';
import { chromiumProjectUse } from './chromium.ts';
import type { BrowserModel } from './glossary.ts';

/** The tags of scenarios whose requirement depends on how the browser keeps Stripe's third-party storage. */
export const browserModelTags = /@chrome-like|@safari-like/;

/** A conformance project: Playwright's project with the harness's option. */
export type ConformanceProject = Project<{ browserModel: BrowserModel }>;

/**
 * The conformance run's projects. Scenarios whose requirement depends on how the browser keeps
 * Stripe's third-party storage carry `@chrome-like` and/or `@safari-like` and run in those
 * projects only; every other scenario runs once, in `chromium`: the headless shell when there is
 * one (chromium.ts), whose Stripe frames keep their storage within a browser context as Chrome's
 * do; nothing those scenarios check depends on it. The Safari-like project always runs a full
 * Chromium (browser-models.ts).
 *
 * The browser-model projects come first: their scenarios are among the longest and each needs a
 * worker (and browser) of its own, so they start while `chromium`'s many short scenarios fill the other.
 *
 * @example
 * defineConfig({ testDir: 'scenarios', projects: conformanceProjects() })
 */
export function conformanceProjects(): ConformanceProject[] {
  return [
    {
      name: 'chrome-like',
      grep: /@chrome-like/,
      use: { ...chromiumProjectUse(() => browserModelLaunchOptions('chrome-like')), browserModel: 'chrome-like' },
    },
    {
      name: 'safari-like',
      grep: /@safari-like/,
      use: { ...chromiumProjectUse(() => browserModelLaunchOptions('safari-like')), browserModel: 'safari-like' },
    },
    {
      name: 'chromium',
      grepInvert: browserModelTags,
      use: chromiumProjectUse(),
    },
  ];
}
