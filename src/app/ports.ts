// The services a use case needs, as small interfaces ("ports"). src/gas/ports.ts implements them over
// Apps Script; test/app/ports.ts implements them in memory and counts the calls. Nothing here knows Apps
// Script: a use case gets these on its AppContext and never reaches for a global.

import type { ListedEvent } from '../domain/calendarPlan';
import type { ColumnDef, SheetId } from '../domain/columns';
import type { Block } from '../domain/report';
import type { Lang } from '../domain/types';

/** Another run holds the plan's lock for longer than the operation may wait. */
export class BusyError extends Error {
  constructor() {
    super('planbook is busy');
    this.name = 'BusyError';
  }
}

// --- The plan's spreadsheet -------------------------------------------------------------------------

/** How setup styles one column's data cells. */
export interface ColumnExtras {
  /** Number format for the column's data cells, e.g. '@' (plain text: Sheets must not turn "15.10" into a date). */
  format?: string;
  /** A drop-down of allowed values. */
  list?: string[];
  /** A number ≥ 0. */
  nonNegative?: boolean;
  note?: string;
}

export interface LayoutOptions {
  /** The sheet was just inserted: nothing to read, no old protections, no typed headings. */
  fresh?: boolean;
  /** Wrap long text in the data cells (the Plan: titles and names are long). */
  wrap?: boolean;
  /** A fresh sheet's first rows, one entry per column: written with the headings in one call. */
  rows?: unknown[][];
  /**
   * A fresh sheet made from a template (PlanBook.create's `like`): the columns the template was laid out
   * with (fresh, plain: no extras, no system columns), so what it already gave — the header's bold and
   * colour, the frozen row, the widths — is not set again.
   */
  like?: readonly ColumnDef[];
  /** A fresh sheet whose headings the caller writes itself, with its first rows (PlanSheet.write). */
  headingsLater?: boolean;
}

/** Where a new sheet comes from and where it goes (PlanBook.create). */
export interface NewSheet {
  /** A sheet of this spreadsheet to copy (Spreadsheet.insertSheet's template): its grid, formats, widths. */
  like?: PlanSheet;
  /** The new sheet's tab goes just before this one (else after the last). */
  before?: PlanSheet;
}

/** One sheet of the plan's spreadsheet. Rows and columns are 1-based, as in Sheets. */
export interface PlanSheet {
  name(): string;
  /** Every value in one read, the header row first; [] for an empty sheet. */
  values(): unknown[][];
  /** The number formats of cells [col, col + count) of one row ('@' is plain text), in one call. */
  numberFormats(row: number, col: number, count: number): string[];
  /** The values of a block, in one read. */
  read(row: number, col: number, rows: number, cols: number): unknown[][];
  /** The values of an A1 range, open ones too ('1:1', 'K2:K': up to the last row with content). */
  readA1(a1: string): unknown[][];
  /** Writes a block of values at (row, col) in one call. */
  write(row: number, col: number, values: unknown[][]): void;
  /** Appends rows below the last row with content, in one call. Returns the first new row. */
  append(rows: unknown[][]): number;
  /** Rows after the last one, row numbers not needed: one call a row where rows are few. */
  appendLines(rows: unknown[][]): void;
  /** Notes on a block of cells, in one call. */
  setNotes(row: number, col: number, notes: string[][]): void;
  /** True when nothing was ever typed in the sheet. */
  isBlank(): boolean;
  /** The values and notes of an A1 range (open ones too), from one range: three calls, not four. */
  readWithNotesA1(a1: string): { values: unknown[][]; notes: string[][] };
  /** The notes of a block of cells ('' where none), in one call; [] for an empty block. */
  notes(row: number, col: number, rows: number, cols: number): string[][];
  /** Where each column's anchor (column developer metadata) is: 1-based column by column id. */
  columnAnchors(): Record<string, number>;
  /** Puts an anchor on each column (1-based positions) that lacks the right one. */
  setColumnAnchors(positions: Record<string, number>): void;
  /**
   * Adds the missing headings (after the last column, never over a typed heading) and styles the sheet.
   * Returns the 1-based column of each column id.
   */
  layout(
    columns: readonly ColumnDef[],
    lang: Lang,
    extras: Record<string, ColumnExtras>,
    findColumn: (header: unknown[], c: ColumnDef) => number,
    opts?: LayoutOptions,
  ): Record<string, number>;
}

/** The plan's spreadsheet: planbook's sheets found by their Russian or English names. */
export interface PlanBook {
  id(): string;
  url(): string;
  timeZone(): string;
  /**
   * Looks every sheet up at once so that find() of a missing sheet costs nothing (setup, where most
   * sheets are missing). Returns the sheets by name.
   */
  preload(): Map<string, PlanSheet>;
  find(id: SheetId): PlanSheet | null;
  /** Inserts a sheet; it becomes the active sheet (R/spreadsheet/spreadsheet#insertSheet(String)). */
  create(id: SheetId, lang: Lang, opts?: NewSheet): PlanSheet;
  /** Makes an empty sheet one of planbook's by renaming it (a new spreadsheet's "Лист1"). */
  adopt(sheet: PlanSheet, id: SheetId, lang: Lang): PlanSheet;
  remove(sheet: PlanSheet): void;
  activate(sheet: PlanSheet): void;
  /** Shorthands for the sheet's own methods (the use cases read and write through the book). */
  values(sheet: PlanSheet): unknown[][];
  write(sheet: PlanSheet, row: number, col: number, values: unknown[][]): void;
  numberFormats(sheet: PlanSheet, row: number, col: number, count: number): string[];
  append(sheet: PlanSheet, rows: unknown[][]): number;
  /** Adds rows after the last one when their row numbers are not needed (the Журнал's lines). */
  appendLines(sheet: PlanSheet, rows: unknown[][]): void;
  /** A link that opens the sheet (the same whatever its rows' order). */
  sheetUrl(sheet: PlanSheet): string;
  /** A link that opens the spreadsheet at a row of the sheet. */
  rowUrl(sheet: PlanSheet, row: number): string;
  flush(): void;
}

/** The cells a person edited (the installable on-edit event, G/triggers/events). */
export interface EditedRange {
  sheetName: string;
  firstRow: number;
  numRows: number;
}

// --- Small state ------------------------------------------------------------------------------------

/** String values by key (script properties, or document properties for an add-on's per-plan state). */
export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  setMany(values: Record<string, string>): void;
  remove(key: string): void;
  all(): Record<string, string>;
}

/**
 * Opens the store. Called where the state is needed (each opening is one service call in Apps Script,
 * as PropertiesService.getScriptProperties() is), so swapping script for document properties is one
 * argument of the ports, not a change to every use case.
 */
export type StoreOpener = () => KeyValueStore;

// --- Calendar ---------------------------------------------------------------------------------------

/** An event resource of the Calendar API (only the fields planbook sets or reads). */
export interface CalendarEvent extends Partial<ListedEvent> {
  extendedProperties?: { private?: Record<string, string> };
  /** Set on an instance of a recurring series listed on its own (a changed or cancelled occurrence). */
  recurringEventId?: string;
}

export interface PlanCalendar {
  readonly id: string;
  /** Every event with the private property `k=v`, deleted ones too, all pages. */
  list(property: string): CalendarEvent[];
  insert(resource: CalendarEvent): CalendarEvent;
  update(id: string, resource: CalendarEvent): CalendarEvent;
  remove(id: string): void;
  get(id: string): CalendarEvent;
  /** The number of events on a first page of one (the access check's least footprint: a read, nothing more). */
  peek(): number;
}

export interface CalendarService {
  open(id: string): PlanCalendar;
  /** Creates a secondary calendar owned by the user; returns its id. */
  create(summary: string, description: string, timeZone: string): string;
}

// --- Mail -------------------------------------------------------------------------------------------

/** A file to attach, as the host holds it (in Apps Script: a Blob). */
export interface Attachment {
  name: string;
  content: unknown;
}

export interface MailMessage {
  /** Comma-separated addresses. */
  to: string;
  subject: string;
  /** Plain-text body (shown by clients without HTML). */
  body: string;
  /** HTML body; everything that came from the sheet must already be escaped. */
  htmlBody?: string;
  /** Sender's display name (the address is always the user's own). */
  name?: string;
  replyTo?: string;
  cc?: string;
  bcc?: string;
  attachments?: Attachment[];
}

export interface MailService {
  send(m: MailMessage): void;
  /** Recipients that can still be sent to today. */
  remainingDailyQuota(): number;
}

// --- Report documents and their folder --------------------------------------------------------------

export interface ReportDoc {
  id(): string;
  url(): string;
  /** Replaces the whole content with the blocks. */
  write(blocks: Block[]): void;
  saveAndClose(): void;
}

export interface DriveFolder {
  id(): string;
  name(): string;
}

export interface DriveFile {
  moveTo(folder: DriveFolder): void;
  /** The doc as a PDF named `name`.pdf (after saveAndClose). */
  pdf(name: string): Attachment;
  /** Moves the file to the trash (a person can restore it). */
  trash(): void;
}

export interface DocumentService {
  /** The doc, or null when it is gone (deleted, trashed, or no longer shared with us). */
  open(id: string): ReportDoc | null;
  /** A new doc in the root of My Drive. */
  create(name: string): ReportDoc;
  /** Ids of the docs with exactly this name, not in the trash. */
  idsByName(name: string): string[];
  /** The report folder from the Settings value (an id or a name); null when an id cannot be opened. */
  folder(setting: string, rememberedId: string | null): DriveFolder | null;
  file(id: string): DriveFile | null;
}

// --- Time, triggers, the lock, the session ----------------------------------------------------------

export interface Clock {
  now(): Date;
  /** YYYY-MM-DD of an instant in a time zone. */
  dayIn(instant: Date, timeZone: string): string;
  /** dd.MM.yyyy HH:mm of an instant in a time zone. */
  timeIn(instant: Date, timeZone: string): string;
  /** Waits ms (up to 5 minutes) inside the run. */
  sleep(ms: number): void;
}

/** The script as a web app: its URL and what its signed links need. */
export interface WebApp {
  /** The deployment's /exec URL; null when the script is not deployed as a web app. */
  url(): string | null;
  /** HMAC-SHA256 of value with key, as signed bytes. */
  hmacSha256(value: string, key: string): number[];
  /** A fresh random secret. */
  newSecret(): string;
}

export interface TriggerInfo {
  id: string;
  handler: string;
}

/**
 * The plan's installable triggers. Each create returns the new trigger's id. Under an add-on Google lists
 * the user's triggers of every document (R/script/script-app#getProjectTriggers()); the adapter then lists
 * only those made for this plan (app/planTriggers.ts).
 */
export interface TriggerService {
  list(): TriggerInfo[];
  remove(ids: string[]): void;
  onEdit(handler: string, spreadsheetId: string): string;
  daily(handler: string, hour: number, timeZone: string): string;
  monthly(handler: string, day: number, hour: number, timeZone: string): string;
  once(handler: string, afterMs: number): string;
}

/**
 * What the person granted. With granular consent a person may untick any scope on the consent screen
 * (G/guides/services/authorization); the triggers then fail with nobody watching.
 */
export interface AuthInfo {
  /** The scopes the scheduled jobs need that the person has not granted; [] when none is missing. */
  missingScopes(): string[];
  /** Asks for every scope again: from a menu Google shows the consent prompt; where it cannot, it throws. */
  requireAll(): void;
}

export interface PlanLock {
  /** Runs fn holding the lock; throws BusyError when another run holds it for longer than waitMs. */
  run<T>(waitMs: number, fn: () => T): T;
}

export interface SessionInfo {
  /** The address the script runs as; '' when it cannot be told. */
  effectiveUserEmail(): string;
  /** The user's locale, e.g. 'ru' or 'en_US'. */
  locale(): string;
  /** True when the script runs as an add-on (its script properties and triggers span documents). */
  addOn(): boolean;
}

/** Everything a use case may call. */
/** A plan file uploaded in the Import dialog or given to `planbook import`: its name and base64 bytes. */
export interface PlanFile {
  name: string;
  data: string;
}

/** Reading plan files: a Word .docx (unzip, XML) or text, as the plan text the importer reads. */
export interface PlanFiles {
  planText(file: PlanFile, lang: 'ru' | 'en'): string;
}

export interface Ports {
  book: PlanBook;
  /** The script's state (script properties). */
  store: StoreOpener;
  /** The plan's own state, kept with the spreadsheet (document properties where there are any). */
  planStore: StoreOpener;
  calendar: CalendarService;
  mail: MailService;
  documents: DocumentService;
  clock: Clock;
  triggers: TriggerService;
  lock: PlanLock;
  session: SessionInfo;
  webApp: WebApp;
  auth: AuthInfo;
  /** Plan files (issue 13); optional so that ports made for other use cases need not have it. */
  files?: PlanFiles;
  /** The plan's short-lived cache (app/planCache.ts); absent or null: nothing is cached. */
  cache?: CacheOpener;
}

/** Strings kept for a while (CacheService): gone at expiry or whenever Google needs the room. */
export interface ShortCache {
  get(key: string): string | null;
  put(key: string, value: string, seconds: number): void;
  remove(key: string): void;
}

/** Opens the plan's cache (one service call); null where there is none (no document to scope it to). */
export type CacheOpener = () => ShortCache | null;

/** The ports of p alone (an AppContext is Ports and more: its settings, today … are left behind). */
export function portsOf(p: Ports): Ports {
  const out: Ports = {
    book: p.book,
    store: p.store,
    planStore: p.planStore,
    calendar: p.calendar,
    mail: p.mail,
    documents: p.documents,
    clock: p.clock,
    triggers: p.triggers,
    lock: p.lock,
    session: p.session,
    webApp: p.webApp,
    auth: p.auth,
  };
  if (p.files) out.files = p.files;
  if (p.cache) out.cache = p.cache;
  return out;
}
