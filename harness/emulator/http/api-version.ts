import { invalidApiVersion } from '../core/errors.ts';

/** `2026-10-28`, `2026-10-28.endive`, with optional beta headers (`; feature_beta=v1`). */
const versionShape = /^(\d{4})-(\d{2})-(\d{2})(?:\.[a-z]+)?(?:;\s*[a-z0-9_]+=v\d+)*$/;
/** Stripe's first API version. */
const FIRST_VERSION = '2011-01-01';

/**
 * Checks a `Stripe-Version` header as Stripe does: a released version's date, on or before the
 * version the emulator speaks (`latest`), in Stripe's form; anything else is Stripe's 400
 * "Invalid Stripe API version". No header is fine (the account's version applies).
 *
 * @example
 * checkApiVersion('2024-06-20', '2026-10-28.endive') // ok
 * checkApiVersion('2024-6-20', '2026-10-28.endive')  // throws 400
 */
export function checkApiVersion(version: string | undefined, latest: string): void {
  if (version === undefined) return;
  const m = versionShape.exec(version.trim());
  const date = m ? `${m[1]}-${m[2]}-${m[3]}` : '';
  const real = m !== null && !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);
  if (real && date >= FIRST_VERSION && date <= latest.slice(0, 10)) return;
  throw invalidApiVersion(version);
}
