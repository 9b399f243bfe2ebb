// @ts-check
// `node --import <link-harness>/harness/server-hook/register.mjs server.js`: a merchant server,
// unchanged, whose Stripe SDK calls https://api.stripe.com, talks to the emulator instead. Plain
// JavaScript so that any Node process can load it without a TypeScript loader.
import http from 'node:http';
import https from 'node:https';
import { syncBuiltinESMExports } from 'node:module';
import { redirectedFetchInput, redirectedRequestOptions, stripeApiHosts } from './redirect.mjs';

const emulator = new URL(process.env.LINK_HARNESS_EMULATOR_URL || 'http://127.0.0.1:12111');
const plainAgent = new http.Agent({ keepAlive: true });
const originalHttpsRequest = https.request;
const originalFetch = globalThis.fetch;

/**
 * `https.request` for Stripe's API hosts goes to the emulator over plain http (stripe-node,
 * stripe-node's own agent included); every other request is left alone.
 * @param {any[]} args
 */
function request(...args) {
  const redirected = redirectedRequestOptions(args, emulator, plainAgent);
  // @ts-expect-error: the arguments are https.request's own, passed on as they came.
  if (!redirected) return originalHttpsRequest.apply(https, args);
  // @ts-expect-error: as above.
  const req = http.request(...redirected);
  // stripe-node up to version 20 writes its body once the socket says `secureConnect`, which a
  // plain socket never does: say it when the plain connection is made.
  req.once('socket', (socket) => {
    if (socket.connecting) socket.once('connect', () => socket.emit('secureConnect'));
  });
  return req;
}

https.request = /** @type {typeof https.request} */ (request);
https.get = /** @type {typeof https.get} */ (
  (/** @type {any[]} */ ...args) => {
    const req = request(...args);
    req.end();
    return req;
  }
);
if (typeof originalFetch === 'function') globalThis.fetch = (input, init) => originalFetch(/** @type {any} */ (redirectedFetchInput(input, emulator)), init);
syncBuiltinESMExports();

process.stderr.write(`link-harness: this process's calls to ${stripeApiHosts.join(', ')} go to the emulator at ${emulator.origin}\n`);
