/**
 * Values the emulator writes into a bundle when it serves it: its own origin (the scripts may be
 * loaded through a route for `https://js.stripe.com/…`, so they cannot read it from their URL)
 * and the release train the script was asked for.
 */
declare const __LINK_HARNESS_ORIGIN__: string;
declare const __LINK_HARNESS_VERSION__: string;

/** The emulator's origin, e.g. `http://127.0.0.1:12111`: frames, API and challenge pages live there. */
export const emulatorOrigin: string = __LINK_HARNESS_ORIGIN__;
/** `3` for `/v3`, or the train name (`endive`) for `/<train>/stripe.js`. */
export const stripeJsVersion: string = __LINK_HARNESS_VERSION__;
