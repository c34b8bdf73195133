// A CLI command: its name, one line of help, and what it does.
import type { Runtime } from '../../localgas/runtime';

export interface CliArgs {
  /** Positional arguments after the command name. */
  positional: string[];
  /** --name value and --flag (true). */
  flags: Record<string, string | boolean>;
  workspace: string;
  today?: string;
}

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** A progress line, shown only on a TTY. */
  progress(text: string): void;
}

export interface Command {
  name: string;
  usage: string;
  summary: string;
  /** `open` gives the workspace's runtime; the CLI closes it when the command returns or fails. */
  run(args: CliArgs, io: Io, open: () => Promise<Runtime>): Promise<number>;
}

/** A plain-words failure: printed to stderr, exit code 1 (2 for bad usage). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code = 1,
  ) {
    super(message);
  }
}
