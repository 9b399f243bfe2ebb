import { resolve } from 'node:path';

/**
 * Where a conformance run writes its reports: `LINK_HARNESS_OUTPUT` (made absolute against the
 * working directory) when set, else `reports` beside the Playwright config. `link-harness test`
 * sets it to the merchant's `./reports` (or `--output`).
 *
 * @example
 * reportsDir({ LINK_HARNESS_OUTPUT: 'out' }) // '/home/me/shop/out'
 * reportsDir({}) // 'reports'
 */
export function reportsDir(env: Record<string, string | undefined> = process.env): string {
  const given = env.LINK_HARNESS_OUTPUT?.trim();
  return given ? resolve(given) : 'reports';
}
