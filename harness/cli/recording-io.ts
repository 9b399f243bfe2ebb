import type { CliIo } from './command.ts';

/** A CliIo for tests, with what it recorded and a way to stop a long-running command. */
export interface RecordingIo {
  io: CliIo;
  /** Standard output, one entry per call. */
  out: string[];
  /** Standard error, one entry per call. */
  err: string[];
  /** Both, in the order they were written. */
  said: string[];
  /** Resolves with the first text written to standard output. */
  firstOutput: Promise<string>;
  /** Stops a command waiting in `untilStopped`, as a signal would. */
  stop(signal?: string): void;
}

/**
 * A CliIo that records output and stops a long-running command when the test says so.
 *
 * @example
 * const { io, out } = recordingIo();
 * expect(await runCli(['--help'], io)).toBe(0);
 */
export function recordingIo(): RecordingIo {
  const out: string[] = [];
  const err: string[] = [];
  const said: string[] = [];
  let stop: (signal: string) => void = () => {};
  let printed: (text: string) => void = () => {};
  const firstOutput = new Promise<string>((resolve) => (printed = resolve));
  const io: CliIo = {
    out: (text) => {
      out.push(text);
      said.push(text);
      printed(text);
    },
    err: (text) => {
      err.push(text);
      said.push(text);
    },
    untilStopped: () => new Promise((resolve) => (stop = resolve)),
  };
  return { io, out, err, said, firstOutput, stop: (signal = 'SIGINT') => stop(signal) };
}
