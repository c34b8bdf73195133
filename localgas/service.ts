// What every fake service gives the runtime.

import type { Clock } from './clock';
import type { Meter } from './meter';
import type { ProductOptions } from './product';
import type { Grant } from './scopes';
import type { Workspace } from './workspace';

export interface SessionInfo {
  /** The user running the script (the plan's owner in the emulator). */
  email: string;
  /** e.g. 'ru' or 'en' (Session.getActiveUserLocale()). */
  locale: string;
  /** The script's time zone (appsscript.json). */
  timeZone: string;
}

/**
 * Where the script runs: bound to the spreadsheet (default), or as an Editor / Workspace add-on whose
 * script-wide state (script properties, script lock, project triggers) is shared by every document that
 * uses the deployment (G/guides/properties: script properties are "shared by all users of a script").
 */
export type HostKind = 'bound' | 'editor-addon' | 'workspace-addon';

/** What started the current execution. */
export type ExecutionKind = 'call' | 'time' | 'edit' | 'card';

export interface ServiceContext {
  workspace: Workspace;
  clock: Clock;
  meter: Meter;
  session: SessionInfo;
  /** Lines the script logged (console, Logger). */
  log: string[];
  /** The folder holding Code.js and the dialogs' .html files (default: the repository's dist/). */
  distDir?: string;
  /** The scopes the script holds (manifest minus --deny-scope); absent when a fake is tested alone. */
  grant?: Grant;
  /** Default 'bound'. */
  host?: HostKind;
  /** The folder holding script-wide state when it is shared (--install); absent: the workspace itself. */
  install?: Workspace;
  /** The product's names people read (product.ts); absent: the neutral defaults. */
  product?: ProductOptions;
  /** What started the running execution (set by the runtime before each run). */
  execution?: { kind: ExecutionKind };
}

/** The install folder when script-wide state is shared with other workspaces, else null. */
export function sharedInstall(ctx: ServiceContext): Workspace | null {
  return ctx.install && ctx.install.dir !== ctx.workspace.dir ? ctx.install : null;
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
  /** This service's part of `Runtime.status()` (a CLI's status --json). */
  status?(): Record<string, unknown>;
}
