/**
 * Chromium flags for the Chrome-like browser model (DESIGN.md, "Browser models"): Stripe's frames
 * on the merchant's page get storage of their own, kept for the whole browser context.
 *
 * Measured with Chromium 156 here: Playwright launches Chromium with its own
 * `--disable-features=…` list, and that list contains `ThirdPartyStoragePartitioning`. With
 * partitioning off and third-party cookies blocked, a cross-site frame gets no storage at all
 * (`localStorage` throws SecurityError): the Safari-like default. Chromium honours only the last
 * `--disable-features` on its command line, so passing one of our own replaces Playwright's list;
 * storage partitioning, which Chrome ships with, is then back on and the frames get storage keyed
 * to the merchant's site, as in Chrome (measured: a frame that stored something under `localhost`
 * reads it back on the next `localhost` page of the same context, not under `127.0.0.2`). That is
 * why each of DESIGN.md's four feature names
 * (`BlockThirdPartyCookies`, `ThirdPartyCookieDeprecationTrial`, `TrackingProtection3pcd`,
 * `TpcdSupportSettings`) seemed to be "the switch": any name does it, and
 * `--enable-features=ThirdPartyStoragePartitioning` does not (Playwright's disable wins).
 *
 * Our list keeps the entry of Playwright's that matters to these tests: the one that stops Chromium
 * aborting preflighted cross-origin requests while `page.route` intercepts.
 */
export const thirdPartyStorageArgs = ['--disable-features=AvoidCorsURLLoaderRestartOnRedirect'];
