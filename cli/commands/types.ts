// A CLI command: its name, one line of help, the options and arguments it takes, and what it does.
import type { Runtime } from '../../localgas/runtime';
import type { Lang } from '../../src/domain/types';

export interface OptionSpec {
  name: string;
  /** May be given more than once; the values are kept comma-joined. */
  repeatable?: boolean;
  /** The value's placeholder (`ГГГГ-ММ`); absent for a switch such as --json. */
  value?: string;
  /** One line of help, Russian and English. */
  help: { ru: string; en: string };
}

export interface ArgSpec {
  /** The placeholder shown in usage (`ФАЙЛ`, `on|off`). */
  name: string;
  /** The values it may take, when it is a choice. */
  choices?: string[];
}

export interface CliArgs {
  /** Positional arguments after the command name, as declared by the command's `args`. */
  positional: string[];
  /** --name value and --switch (true); only options the command (or the common list) declares. */
  flags: Record<string, string | boolean>;
  /** The language of the CLI's own words (--locale). */
  lang: Lang;
  workspace: string;
  today?: string;
}

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** A progress line, shown only on a TTY. */
  progress(text: string): void;
  /** Asks a person a question and returns the answer; absent when nobody is at a terminal. */
  ask?(question: string): Promise<string>;
}

export interface Command {
  name: string;
  usage: string;
  summary: string;
  summaryEn: string;
  /** The command's own options; the common ones (--workspace, --today, --locale, --fault, --help) are added. */
  options: OptionSpec[];
  /** Positional arguments, all required; none when absent. */
  args?: ArgSpec[];
  /** true for setup and demo: the folder need not be a workspace yet (they make one). */
  makesWorkspace?: boolean;
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
