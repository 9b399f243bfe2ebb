/**
 * Values the emulator writes into a bundle when it serves it: the origins Stripe.js and its frames
 * use (Stripe's own, `https://js.stripe.com` and friends, when a harness browser routes them to the
 * emulator; else the emulator's, for a hand-opened browser), and the release train the script was
 * asked for. The scripts may be loaded through a route, so they cannot read these from their URL.
 */
declare const __LINK_HARNESS_API_ORIGIN__: string;
declare const __LINK_HARNESS_FRAMES_ORIGIN__: string;
declare const __LINK_HARNESS_HOOKS_ORIGIN__: string;
declare const __LINK_HARNESS_VERSION__: string;

/** Where Stripe.js and its frames send API calls: `https://api.stripe.com`, or the emulator's origin. */
export const apiOrigin: string = __LINK_HARNESS_API_ORIGIN__;
/** Where the element frames live: `https://js.stripe.com`, or the emulator's origin. */
export const framesOrigin: string = __LINK_HARNESS_FRAMES_ORIGIN__;
/** Where the 3D Secure challenge pages live: `https://hooks.stripe.com`, or the emulator's origin. */
export const hooksOrigin: string = __LINK_HARNESS_HOOKS_ORIGIN__;
/** `3` for `/v3`, or the train name (`endive`) for `/<train>/stripe.js`. */
export const stripeJsVersion: string = __LINK_HARNESS_VERSION__;
