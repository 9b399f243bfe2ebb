/** Raised when the environment or the config file describe no runnable target; the message says how to fix it. */
export class TargetError extends Error {
  override name = 'TargetError';
}
