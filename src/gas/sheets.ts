// The SpreadsheetApp adapter: the only code that touches the plan's spreadsheet (the PlanBook port).

import type { NewSheet, PlanBook, PlanSheet } from '../app/ports';
import { columnLetters } from '../domain/a1';
import type { SheetId } from '../domain/columns';
import { SHEETS } from '../domain/columns';
import type { Lang } from '../domain/types';
import { applyLayout } from './layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const ANCHOR_KEY = 'planbook.column';

/** One sheet of the plan's spreadsheet (the PlanSheet port over a Sheet). */
export class GasSheet implements PlanSheet {
  /** The header range a layout with headingsLater fetched: the next write of the headings uses it. */
  private head: { range: GoogleAppsScript.Spreadsheet.Range; width: number } | null = null;

  constructor(readonly sheet: Sheet) {}

  name(): string {
    return this.sheet.getName();
  }

  /**
   * getDataRange is the block from A1 to the last row and column with content
   * (R/spreadsheet/sheet#getDataRange): two calls, where getLastRow + getLastColumn + getRange +
   * getValues were four.
   */
  values(): unknown[][] {
    const values = this.sheet.getDataRange().getValues();
    if (values.length === 1 && values[0]!.length === 1 && values[0]![0] === '') return [];
    return values;
  }

  numberFormats(row: number, col: number, count: number): string[] {
    return this.sheet.getRange(row, col, 1, count).getNumberFormats()[0] ?? [];
  }

  read(row: number, col: number, rows: number, cols: number): unknown[][] {
    return this.sheet.getRange(row, col, rows, cols).getValues();
  }

  readA1(a1: string): unknown[][] {
    return this.sheet.getRange(a1).getValues();
  }

  write(row: number, col: number, values: unknown[][]): void {
    if (values.length === 0 || values[0]!.length === 0) return;
    const head = this.head;
    this.head = null;
    const rows = values.length;
    const cols = values[0]!.length;
    // the headings of a sheet laid out with headingsLater, on the header range the layout fetched
    const reuse = head !== null && row === 1 && col === 1 && rows === 1 && cols === head.width;
    (reuse ? head.range : this.sheet.getRange(row, col, rows, cols)).setValues(values as never);
  }

  append(rows: unknown[][]): number {
    const first = this.sheet.getLastRow() + 1;
    if (rows.length === 0) return first;
    const needed = first + rows.length - 1 - this.sheet.getMaxRows();
    if (needed > 0) this.sheet.insertRowsAfter(this.sheet.getMaxRows(), needed);
    this.write(first, 1, rows);
    return first;
  }

  /**
   * appendRow "Appends a row to the bottom of the current data region in the sheet" in one call
   * (R/spreadsheet/sheet#appendRow(Object)), where getLastRow + getMaxRows + getRange + setValues are four;
   * many rows still go in one write.
   */
  appendLines(rows: unknown[][]): void {
    if (rows.length > 3) {
      this.append(rows);
      return;
    }
    for (const r of rows) this.sheet.appendRow(r);
  }

  setNotes(row: number, col: number, notes: string[][]): void {
    if (notes.length === 0) return;
    this.sheet.getRange(row, col, notes.length, notes[0]!.length).setNotes(notes);
  }

  isBlank(): boolean {
    return this.sheet.getLastRow() === 0;
  }

  readWithNotesA1(a1: string): { values: unknown[][]; notes: string[][] } {
    const range = this.sheet.getRange(a1);
    return { values: range.getValues(), notes: range.getNotes() };
  }

  notes(row: number, col: number, rows: number, cols: number): string[][] {
    if (rows < 1 || cols < 1) return [];
    return this.sheet.getRange(row, col, rows, cols).getNotes();
  }

  /**
   * The columns' stable anchors: column developer metadata `planbook.column` = column id, which Google
   * keeps with its column as it is renamed, moved or shifted, and deletes with it (Sheets API
   * developerMetadata: "will remain associated at those locations as they move around"). 1-based.
   * About three calls per column: read only when the headings do not settle the columns.
   */
  columnAnchors(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const m of this.sheet.createDeveloperMetadataFinder().withKey(ANCHOR_KEY).find()) {
      const col = m.getLocation().getColumn();
      const id = m.getValue();
      if (col && id && !(id in out)) out[id] = col.getColumn();
    }
    return out;
  }

  setColumnAnchors(positions: Record<string, number>): void {
    const found = this.sheet.createDeveloperMetadataFinder().withKey(ANCHOR_KEY).find();
    // Anchors move with their columns and go with them: as many as columns means each is in place.
    if (found.length === Object.keys(positions).length) return;
    const have = new Map<string, number>();
    for (const m of found) {
      const id = m.getValue() ?? '';
      const col = m.getLocation().getColumn()?.getColumn() ?? -1;
      if (positions[id] === col && !have.has(id)) have.set(id, col);
      else m.remove();
    }
    for (const [id, col] of Object.entries(positions)) {
      if (have.has(id)) continue;
      // A1 column notation, as real code does: metadata goes on whole columns only.
      const a1 = columnLetters(col);
      this.sheet.getRange(`${a1}:${a1}`).addDeveloperMetadata(ANCHOR_KEY, id);
    }
  }

  layout(...args: Parameters<PlanSheet['layout']>): Record<string, number> {
    const [columns, lang, extras, findColumn, opts] = args;
    return applyLayout(this.sheet, columns, lang, extras, findColumn, opts, (range, width) => {
      this.head = { range, width };
    });
  }
}

/** A PlanSheet this adapter made; anything else is a programming error. */
function raw(sheet: PlanSheet): Sheet {
  if (!(sheet instanceof GasSheet)) throw new Error('Not a sheet of this spreadsheet');
  return sheet.sheet;
}

export class PlanSpreadsheet implements PlanBook {
  private readonly cache = new Map<SheetId, PlanSheet | null>();
  /** The sheets in tab order, once preload has listed them (null: not listed this run). */
  private tabs: PlanSheet[] | null = null;

  constructor(readonly ss: Spreadsheet) {}

  /** The active spreadsheet, or null where there is none (a Workspace add-on's time-driven trigger). */
  static activeOrNull(): PlanSpreadsheet | null {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    return ss ? new PlanSpreadsheet(ss) : null;
  }

  static active(): PlanSpreadsheet {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    if (!ss) throw new Error('No active spreadsheet');
    return new PlanSpreadsheet(ss);
  }

  /**
   * The spreadsheet a Workspace add-on event names: e.sheets.id is there only once the person has granted
   * drive.file for this file (G/add-ons/concepts/event-objects, "sheets" event object).
   */
  static byId(id: string): PlanSpreadsheet {
    return new PlanSpreadsheet(SpreadsheetApp.openById(id));
  }

  /** The same spreadsheet with nothing cached (after a use case that may have created sheets). */
  fresh(): PlanSpreadsheet {
    return new PlanSpreadsheet(this.ss);
  }

  // A spreadsheet's id and URL, and a sheet's id, never change: asked once a run.
  private known: { id?: string; url?: string } = {};
  private readonly gids = new Map<PlanSheet, number>();

  id(): string {
    this.known.id ??= this.ss.getId();
    return this.known.id;
  }

  url(): string {
    this.known.url ??= this.ss.getUrl();
    return this.known.url;
  }

  private gid(sheet: PlanSheet): number {
    let gid = this.gids.get(sheet);
    if (gid === undefined) {
      gid = raw(sheet).getSheetId();
      this.gids.set(sheet, gid);
    }
    return gid;
  }

  timeZone(): string {
    return this.ss.getSpreadsheetTimeZone();
  }

  /**
   * Looks every sheet up at once (getSheets + a name each) so that find() of a missing sheet costs
   * nothing: for setup, where most sheets are missing and each miss would cost two getSheetByName.
   * Returns the sheets by name.
   */
  preload(): Map<string, PlanSheet> {
    const byName = new Map<string, PlanSheet>();
    this.tabs = [];
    for (const s of this.ss.getSheets()) {
      const sheet = new GasSheet(s);
      byName.set(s.getName(), sheet);
      this.tabs.push(sheet);
    }
    for (const id of Object.keys(SHEETS) as SheetId[]) {
      const names = SHEETS[id];
      this.cache.set(id, byName.get(names.ru) ?? byName.get(names.en) ?? null);
    }
    return byName;
  }

  /** Knows this sheet (the one an edit event names) as the planbook sheet of its name: no lookup. */
  knowing(sheet: Sheet | undefined, name: string | undefined): PlanSpreadsheet {
    if (!sheet || name === undefined) return this;
    for (const id of Object.keys(SHEETS) as SheetId[]) {
      if (SHEETS[id].ru === name || SHEETS[id].en === name) this.cache.set(id, new GasSheet(sheet));
    }
    return this;
  }

  /** A planbook sheet by its Russian or English name; null if the sheet is not there. */
  find(id: SheetId): PlanSheet | null {
    if (this.cache.has(id)) return this.cache.get(id) ?? null;
    const names = SHEETS[id];
    const sheet = this.ss.getSheetByName(names.ru) ?? this.ss.getSheetByName(names.en);
    const found = sheet ? new GasSheet(sheet) : null;
    this.cache.set(id, found);
    return found;
  }

  /**
   * insertSheet(name, index, {template}) is one call: "All data from the template sheet object is copied to
   * the new sheet" (R/spreadsheet/spreadsheet#insertSheet(String,Integer,Object)). The tab's index is
   * known from preload's list of sheets (getIndex would be a call).
   */
  create(id: SheetId, lang: Lang, opts: NewSheet = {}): PlanSheet {
    const name = SHEETS[id][lang];
    const at = opts.before && this.tabs ? this.tabs.indexOf(opts.before) : -1;
    const options = opts.like ? { template: raw(opts.like) } : undefined;
    let made: Sheet;
    if (at >= 0) made = options ? this.ss.insertSheet(name, at, options) : this.ss.insertSheet(name, at);
    else made = options ? this.ss.insertSheet(name, options) : this.ss.insertSheet(name);
    const sheet = new GasSheet(made);
    if (this.tabs) this.tabs.splice(at >= 0 ? at : this.tabs.length, 0, sheet);
    this.cache.set(id, sheet);
    return sheet;
  }

  adopt(sheet: PlanSheet, id: SheetId, lang: Lang): PlanSheet {
    raw(sheet).setName(SHEETS[id][lang]);
    this.cache.set(id, sheet);
    return sheet;
  }

  remove(sheet: PlanSheet): void {
    this.ss.deleteSheet(raw(sheet));
    this.tabs = this.tabs?.filter((t) => t !== sheet) ?? null;
  }

  activate(sheet: PlanSheet): void {
    this.ss.setActiveSheet(raw(sheet));
  }

  values(sheet: PlanSheet): unknown[][] {
    return sheet.values();
  }

  numberFormats(sheet: PlanSheet, row: number, col: number, count: number): string[] {
    return sheet.numberFormats(row, col, count);
  }

  write(sheet: PlanSheet, row: number, col: number, values: unknown[][]): void {
    sheet.write(row, col, values);
  }

  append(sheet: PlanSheet, rows: unknown[][]): number {
    return sheet.append(rows);
  }

  appendLines(sheet: PlanSheet, rows: unknown[][]): void {
    sheet.appendLines(rows);
  }

  sheetUrl(sheet: PlanSheet): string {
    return `${this.url()}#gid=${this.gid(sheet)}`;
  }

  rowUrl(sheet: PlanSheet, row: number): string {
    return `${this.url()}#gid=${this.gid(sheet)}&range=A${row}`;
  }

  flush(): void {
    SpreadsheetApp.flush();
  }
}
