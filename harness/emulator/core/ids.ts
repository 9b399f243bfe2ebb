import { randomBytes, randomFillSync } from 'node:crypto';

const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** Random bytes drawn a page at a time: one system call per few hundred ids instead of one each. */
const pool = Buffer.alloc(4096);
let poolUsed = pool.length;

/** A random string in Stripe's id alphabet. */
export function randomToken(length = 24): string {
  if (length > pool.length) return randomTokenFrom(randomBytes(length));
  if (poolUsed + length > pool.length) {
    randomFillSync(pool);
    poolUsed = 0;
  }
  const out = randomTokenFrom(pool.subarray(poolUsed, poolUsed + length));
  poolUsed += length;
  return out;
}

function randomTokenFrom(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += alphabet[bytes[i]! % alphabet.length];
  return out;
}

/**
 * A new object id with Stripe's prefix, e.g. `newId('seti')` → `seti_1Q…`.
 * Ids start with `1` and a test-mode marker like Stripe's do, so they look familiar in logs.
 */
export const newId = (prefix: string) => `${prefix}_1${randomToken(23)}`;

/** A client secret for an intent: `<id>_secret_<random>`, the form Stripe.js parses. */
export const newClientSecret = (intentId: string) => `${intentId}_secret_${randomToken(25)}`;

/** The intent id a client secret belongs to, or undefined when it is not one. */
export function intentIdOfClientSecret(secret: string): string | undefined {
  const m = /^((?:seti|pi)_[A-Za-z0-9]+)_secret_[A-Za-z0-9]+$/.exec(secret);
  return m?.[1];
}

/** Seconds since the epoch, the unit of every Stripe timestamp. */
export const nowSeconds = () => Math.floor(Date.now() / 1000);
