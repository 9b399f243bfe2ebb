import { builtins } from '../builtins.ts';

// Taken at load, like the other built-ins: a merchant page that wraps `location.assign` later
// (analytics, routers) must not swallow the return to `return_url`.
const assign = window.location.assign.bind(window.location);

/** Sends the shopper to another page, as Stripe.js does after a successful confirm. */
export function redirectTo(url: string): void {
  assign(url);
}

/** What a confirm that redirects returns: a promise that never settles, as the page is going away. */
export function untilPageUnloads<T>(): Promise<T> {
  return new builtins.Promise<T>(() => {});
}
