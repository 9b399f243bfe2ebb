/** How a command talks to the outside world; the real one is the process, tests pass a fake. */
export interface CliIo {
  /** Writes a line (or lines) to standard output. */
  out(text: string): void;
  /** Writes a line (or lines) to standard error. */
  err(text: string): void;
  /** Resolves with the signal's name once the user asks a long-running command to stop (Ctrl-C, SIGTERM). */
  untilStopped(): Promise<string>;
}

/** One option of a command, as `--name <value>` or a bare `--name` flag. */
export interface OptionSpec {
  name: string;
  /** A one-letter alias, e.g. `h` for `--help`. */
  short?: string;
  /** `value` options take an argument; `flag` options do not. */
  kind: 'value' | 'flag';
  /** Shown in help as `--port <placeholder>`. */
  placeholder?: string;
  /** Shown in help; the command applies it itself. */
  defaultValue?: string;
  description: string;
}

/** The options of one invocation: values as given, flags as true, absent ones undefined. */
export type ParsedOptions = Record<string, string | true | undefined>;

/** A `link-harness` command: its help and how it runs. */
export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Paragraphs shown under the usage line of the command's help. */
  description: string;
  options: OptionSpec[];
  examples: string[];
  /**
   * Arguments the command does not know are passed on (to Playwright) instead of refused: the
   * run gets them, in order, as `passedOn`. Its own options are read as usual.
   */
  passesOn?: string;
  /** Runs the command and resolves with the process exit code. */
  run(options: ParsedOptions, io: CliIo, passedOn?: readonly string[]): Promise<number>;
}

/** Exit codes the CLI promises. */
export const exitCode = { ok: 0, failed: 1, usage: 2 } as const;
