// What every fake service gives the runtime.
import type { Clock } from './clock';
import type { Meter } from './meter';
import type { Workspace } from './workspace';

export interface SessionInfo {
  /** The user running the script (the plan's owner in the emulator). */
  email: string;
  /** e.g. 'ru' or 'en' (Session.getActiveUserLocale()). */
  locale: string;
  /** The script's time zone (appsscript.json). */
  timeZone: string;
}

export interface ServiceContext {
  workspace: Workspace;
  clock: Clock;
  meter: Meter;
  session: SessionInfo;
  /** Lines the script logged (console, Logger). */
  log: string[];
  /** The folder holding Code.js and the dialogs' .html files (default: the repository's dist/). */
  distDir?: string;
}

export interface FakeService {
  readonly name: string;
  /** The globals this fake puts into the script's context, e.g. { SpreadsheetApp }. */
  globals(): Record<string, unknown>;
  /** Reads the service's state from the workspace; called once when the runtime opens. */
  load?(): Promise<void>;
  /** Writes the service's state (and its human-readable files) to the workspace after every run. */
  save?(): Promise<void>;
  /** Before every execution: reads again what a person changed in the service's files since they were read. */
  refresh?(): Promise<void>;
  /** Before a save: throws (in plain words) when saving would overwrite a person's changes to a file. */
  checkSave?(): void;
  /** Called at the start of every execution (e.g. to drop per-execution state like held locks). */
  beginExecution?(): void;
  /** Called at the end of every execution, killed or not (Apps Script releases locks, closes docs). */
  endExecution?(): void;
  /** This service's part of `planbook status --json`. */
  status?(): Record<string, unknown>;
}
