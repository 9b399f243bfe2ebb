/**
 * The first line each server prints once it listens. Playwright's webServer waits for it (see
 * embedded-servers.ts), so the banners that print them and the config that waits share one text.
 */

/** `link-harness emulator`: the Stripe test-mode emulator listens. */
export const emulatorReadyLine = 'link-harness emulator: Stripe test-mode emulator ready';

/** `link-harness serve`: the reference checkout (and its emulator) listen. */
export const serveReadyLine = 'link-harness serve: reference checkout ready';
