/**
 * A mistake in how the CLI was called (unknown command or flag, bad value). The CLI prints its
 * one-line message and a hint, and exits with code 2.
 */
export class UsageError extends Error {
  override name = 'UsageError';

  constructor(
    message: string,
    /** What to run to learn the right usage, e.g. `link-harness emulator --help`. */
    readonly hint: string,
  ) {
    super(message);
  }
}
