import { UsageError } from './usage-error.ts';

/**
 * Reads a `--port` value: a whole number from 0 to 65535, where 0 asks the system for a free port.
 *
 * @example
 * parsePort('emulator', '12111') // 12111
 */
export function parsePort(command: string, value: string): number {
  const port = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (!(port >= 0 && port <= 65535))
    throw new UsageError(
      `link-harness ${command}: --port must be a whole number from 0 to 65535 (0 picks a free port), got '${value}'.`,
      `Run 'link-harness ${command} --help' for its options.`,
    );
  return port;
}

/**
 * Reads a positive whole-number option such as `--count` or `--concurrency`, within a bound that
 * keeps a run from exhausting the machine.
 *
 * @example
 * parseCount('bench', 'count', '500', 1_000_000) // 500
 */
export function parseCount(command: string, option: string, value: string, max: number): number {
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(n >= 1 && n <= max))
    throw new UsageError(
      `link-harness ${command}: --${option} must be a whole number from 1 to ${max}, got '${value}'.`,
      `Run 'link-harness ${command} --help' for its options.`,
    );
  return n;
}
