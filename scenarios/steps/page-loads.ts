// What a page loads, as FORM-01 judges it: every script and frame over https or from the page's
// own origin. The emulator stands in for Stripe's https origins (js.stripe.com) and counts as them.
import type { Page, Request } from '@playwright/test';
import type { Target } from '../../harness/target/index.ts';

/** The scripts and frames a page loaded, and those that came insecurely. */
export interface PageLoads {
  /** Every script and frame document the page loaded over the network. */
  scriptsAndFrames: number;
  /** `script http://cdn.example/x.js` for each one that came over plain http from another origin. */
  insecure: string[];
}

const isScriptOrFrame = (request: Request): boolean => {
  if (request.resourceType() === 'script') return true;
  try {
    return request.isNavigationRequest() && request.frame().parentFrame() !== null;
  } catch {
    return false;
  }
};

/**
 * Starts noting the scripts and frames `page` loads from now on; `seen()` tells what it loaded.
 * A load is safe over https, from the merchant's origin (the target's), or from the emulator that
 * stands in for Stripe.
 *
 * @example
 * const loads = insecureLoads(page, target);
 * await checkout.openSavePage(page);
 * loads.seen().insecure // []
 */
export function insecureLoads(page: Page, target: Target): { seen(): PageLoads } {
  const safeOrigins = new Set([new URL(target.checkout.url).origin, ...(target.backend.kind === 'emulator' ? [new URL(target.backend.url).origin] : [])]);
  const loads: PageLoads = { scriptsAndFrames: 0, insecure: [] };
  page.on('request', (request) => {
    if (!isScriptOrFrame(request)) return;
    const url = new URL(request.url());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
    loads.scriptsAndFrames += 1;
    if (url.protocol === 'http:' && !safeOrigins.has(url.origin) && url.origin !== new URL(page.url()).origin)
      loads.insecure.push(`${request.resourceType() === 'script' ? 'script' : 'frame'} ${url.href}`);
  });
  return { seen: () => ({ scriptsAndFrames: loads.scriptsAndFrames, insecure: [...loads.insecure] }) };
}
