/**
 * References to the browser built-ins our scripts use, taken when the script loads. Merchant
 * pages (and the libraries they load) patch globals such as `fetch` or `JSON`; Stripe.js must keep
 * working whatever they do afterwards.
 */
export const builtins = {
  fetch: globalThis.fetch.bind(globalThis),
  JSON: { parse: JSON.parse, stringify: JSON.stringify },
  setTimeout: globalThis.setTimeout.bind(globalThis),
  clearTimeout: globalThis.clearTimeout.bind(globalThis),
  URL: globalThis.URL,
  URLSearchParams: globalThis.URLSearchParams,
  Promise: globalThis.Promise,
  // Window's methods live on each window object, not on Window.prototype (undefined in Chromium),
  // and another window's postMessage is out of reach of the merchant page's patches: call it there.
  postMessage: (target: Window, message: unknown, origin: string) => target.postMessage(message, origin),
  addEventListener: EventTarget.prototype.addEventListener,
  removeEventListener: EventTarget.prototype.removeEventListener,
} as const;
