/**
 * How long the emulator waits before each retry of a failed delivery, in milliseconds: Stripe
 * retries for up to three days with growing gaps; the emulator keeps the shape but not the wait.
 */
export const DEFAULT_WEBHOOK_RETRY_DELAYS: readonly number[] = [1_000, 5_000, 25_000, 125_000];

const units: Record<string, number> = { ms: 1, s: 1_000, m: 60_000 };

/**
 * Reads a retry schedule such as `1s,2s,4s` (units `ms`, `s`, `m`; a bare number is
 * milliseconds; `none` or an empty string means no retries). Returns an error message instead
 * of throwing, for the CLI to phrase.
 *
 * @example
 * parseRetryDelays('500ms,2s,1m') // [500, 2000, 60000]
 */
export function parseRetryDelays(text: string): number[] | { error: string } {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed === 'none') return [];
  const delays: number[] = [];
  for (const part of trimmed.split(',')) {
    const m = /^(\d{1,9})(ms|s|m)?$/.exec(part.trim());
    if (!m) return { error: `'${part}' is not a delay; write e.g. 500ms, 2s or 1m` };
    const ms = Number(m[1]) * units[m[2] ?? 'ms']!;
    if (ms > 24 * 60 * 60_000) return { error: `'${part}' is longer than a day` };
    delays.push(ms);
  }
  if (delays.length > 20) return { error: `at most 20 retries, got ${delays.length}` };
  return delays;
}
