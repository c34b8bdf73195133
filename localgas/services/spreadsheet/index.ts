// SpreadsheetApp, backed by the workspace's plan.xlsx. See ../../../shared/APPS-SCRIPT-FACTS.md section 1.
//
// The script reaches it through the SpreadsheetApp global; tests and the CLI through
// `runtime.service<SpreadsheetService>('spreadsheet')`, whose person* methods act as a person editing the
// sheet in the browser (not counted, not visible to the script, but firing nothing by themselves: the
// trigger machinery takes the returned onEdit event).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { productOf } from '../../product';
import type { FakeService, ServiceContext } from '../../service';
import { UiFake } from '../ui';
import type { A1 } from './a1';
import { a1Of } from './a1';
import { deleteColumns, moveColumns } from './columns';
import { type Env, type Range, type Sheet, type Spreadsheet, scriptValue, storedValue } from './env';
import { type CellValue, displayValue, Wall, wallToSerial } from './format';
import { DEVELOPER_METADATA_LOCATION_TYPE, DEVELOPER_METADATA_VISIBILITY } from './metadata';
import {
  Book,
  cellFormat,
  copyFormat,
  deleteRows,
  ensureRow,
  formatFor,
  insertColumns,
  insertRows,
  lastColumn,
  lastRow,
  type ProtectionModel,
  type SheetModel,
  setCellValue,
  sortRows,
  type ValidationRule,
} from './model';
import { loadBook, newSpreadsheetId, saveBook } from './persist';
import { PROTECTION_TYPE, userOf } from './protection';
import { RangeFake } from './range';
import { SheetFake } from './sheet';
import { SpreadsheetFake } from './spreadsheet';
import { DATA_VALIDATION_CRITERIA, DataValidationBuilderFake, passes } from './validation';

export { Wall } from './format';

/** plan.xlsx changed on disk while the script (product: its name) held unsaved changes to it. */
export class PlanEditedError extends Error {
  constructor(path: string, product: string) {
    super(
      `${path} изменён в другой программе (Excel, LibreOffice) после того, как ${product} его прочитал. ${product} не стал его перезаписывать — ваши правки на месте, а изменения этого запуска не сохранены. Закройте файл в другой программе (или сохраните его) и выполните действие ещё раз: ${product} прочитает файл заново.`,
    );
    this.name = 'PlanEditedError';
  }
}

function digest(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}

/** The file's content fingerprint; null when there is no file. */
function fileStamp(path: string): string | null {
  if (!existsSync(path)) return null;
  return digest(new Uint8Array(readFileSync(path)));
}

export type { SheetModel } from './model';
export { RangeFake } from './range';
export { SheetFake } from './sheet';
export { SpreadsheetFake } from './spreadsheet';
export { Book };

const WRAP_STRATEGY = Object.freeze({ WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' });
const BORDER_STYLE = Object.freeze({
  DOTTED: 'DOTTED',
  DASHED: 'DASHED',
  SOLID: 'SOLID',
  SOLID_MEDIUM: 'SOLID_MEDIUM',
  SOLID_THICK: 'SOLID_THICK',
  DOUBLE: 'DOUBLE',
});

type SpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type AppMethods =
  | 'getActiveSpreadsheet'
  | 'getActive'
  | 'getActiveSheet'
  | 'setActiveSheet'
  | 'openById'
  | 'flush'
  | 'getUi'
  | 'newDataValidation'
  | 'ProtectionType'
  | 'DataValidationCriteria'
  | 'WrapStrategy'
  | 'BorderStyle'
  | 'DeveloperMetadataVisibility'
  | 'DeveloperMetadataLocationType';

/** The onEdit event a person's edit produces (Apps Script's SheetsOnEdit). */
export interface EditEvent {
  authMode: 'FULL';
  range: Range;
  source: Spreadsheet;
  user: { email: string; getEmail(): string };
  value?: string;
  oldValue?: string;
  triggerUid?: string;
}

export class SpreadsheetService implements FakeService {
  readonly name = 'spreadsheet';
  readonly ui: UiFake;
  book: Book;
  private env: Env;
  private sheetFakes = new WeakMap<SheetModel, SheetFake>();
  private ss: SpreadsheetFake;

  constructor(private readonly ctx: ServiceContext) {
    this.ui = new UiFake(ctx);
    this.book = new Book();
    this.book.name = productOf(ctx).name;
    this.book.id = newSpreadsheetId();
    this.book.timeZone = ctx.session.timeZone || 'Europe/Moscow';
    this.book.addSheet('Лист1');
    this.book.dirty = false;
    const self = this;
    this.env = {
      ctx,
      get book() {
        return self.book;
      },
      ui: this.ui,
      hit: (m) => ctx.meter.hit(`SpreadsheetApp.${m}`),
      spreadsheet: () => this.ss as unknown as Spreadsheet,
      sheet: (model) => {
        let f = this.sheetFakes.get(model);
        if (!f) {
          f = new SheetFake(this.env, model);
          this.sheetFakes.set(model, f);
        }
        return f as unknown as Sheet;
      },
      range: (model, row, col, numRows, numCols, kind?: A1['kind']) =>
        new RangeFake(this.env, model, row, col, numRows, numCols, kind) as unknown as Range,
    };
    this.ss = new SpreadsheetFake(this.env);
  }

  /** Toasts shown by the script (also recorded in ui.toasts). */
  get toasts() {
    return this.ss.toasts;
  }

  private noActive(): boolean {
    return this.ctx.host === 'workspace-addon' && this.ctx.execution?.kind === 'time';
  }

  globals(): Record<string, unknown> {
    return { SpreadsheetApp: this.app() };
  }

  /** The SpreadsheetApp global. */
  app(): Pick<SpreadsheetApp, AppMethods> {
    const env = this.env;
    const hit = (m: string) => env.hit(m);
    const ss = () => this.ss as unknown as Spreadsheet;
    return {
      ProtectionType: PROTECTION_TYPE,
      DataValidationCriteria: DATA_VALIDATION_CRITERIA,
      WrapStrategy: WRAP_STRATEGY as unknown as SpreadsheetApp['WrapStrategy'],
      BorderStyle: BORDER_STYLE as unknown as SpreadsheetApp['BorderStyle'],
      DeveloperMetadataVisibility: DEVELOPER_METADATA_VISIBILITY,
      DeveloperMetadataLocationType: DEVELOPER_METADATA_LOCATION_TYPE,
      // A Workspace add-on's time-driven trigger has no open document: no active spreadsheet (APPS-SCRIPT-FACTS §8).
      getActiveSpreadsheet: () => {
        hit('getActiveSpreadsheet');
        return (this.noActive() ? null : ss()) as never;
      },
      getActive: () => {
        hit('getActive');
        return (this.noActive() ? null : ss()) as never;
      },
      getActiveSheet: () => {
        hit('getActiveSheet');
        return env.sheet(this.book.activeSheet());
      },
      setActiveSheet: (sheet: Sheet) => {
        hit('setActiveSheet');
        const model = (sheet as unknown as SheetFake).model;
        if (model && this.book.sheets.includes(model)) this.book.activeSheetId = model.id;
        return sheet;
      },
      openById: (id: string) => {
        hit('openById');
        if (id !== this.book.id) {
          throw new Error(
            'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
          );
        }
        return ss();
      },
      flush: () => {
        hit('flush');
      },
      getUi: () => {
        hit('getUi');
        return this.ui.api() as unknown as GoogleAppsScript.Base.Ui;
      },
      newDataValidation: () => {
        hit('newDataValidation');
        return new DataValidationBuilderFake(
          env,
        ) as unknown as GoogleAppsScript.Spreadsheet.DataValidationBuilder;
      },
    };
  }

  /** A fingerprint of plan.xlsx as last read or written: tells a person's save in Excel/LibreOffice. */
  private stamp: string | null = null;

  async load(): Promise<void> {
    this.book = await loadBook(this.ctx);
    this.sheetFakes = new WeakMap();
    this.stamp = fileStamp(this.ctx.workspace.planPath);
  }

  /**
   * A person saved plan.xlsx since the script read it (the `ui` server runs for hours): read it again before
   * the next execution, so their edits are what the script sees and what the next save keeps.
   */
  async refresh(): Promise<void> {
    if (this.book.dirty) return;
    if (fileStamp(this.ctx.workspace.planPath) !== this.stamp) await this.load();
  }

  /** Never overwrite a plan.xlsx a person changed while the script's changes were pending. */
  checkSave(): void {
    if (!this.book.dirty) return;
    const now = fileStamp(this.ctx.workspace.planPath);
    if (now !== this.stamp && now !== null)
      throw new PlanEditedError(this.ctx.workspace.planPath, productOf(this.ctx).name);
  }

  async save(): Promise<void> {
    const written = await saveBook(this.ctx, this.book);
    if (written) this.stamp = digest(written);
  }

  beginExecution(): void {
    this.ui.beginExecution();
  }

  status(): Record<string, unknown> {
    return {
      spreadsheet: {
        id: this.book.id,
        url: `https://docs.google.com/spreadsheets/d/${this.book.id}/edit`,
        timeZone: this.book.timeZone,
        sheets: this.book.sheets.map((s) => ({ name: s.name, rows: lastRow(s), columns: lastColumn(s) })),
      },
    };
  }

  // --- the person (uncounted) ---

  private sheetNamed(name: string): SheetModel {
    const s = this.book.sheetByName(name);
    if (!s) throw new Error(`Нет листа «${name}»`);
    return s;
  }

  sheetNames(): string[] {
    return this.book.sheets.map((s) => s.name);
  }

  /** The whole data range's values, as getValues() would return them (Dates for date cells). */
  read(sheetName: string): unknown[][] {
    const s = this.sheetNamed(sheetName);
    const rows = lastRow(s);
    const cols = lastColumn(s);
    const out: unknown[][] = [];
    for (let r = 1; r <= rows; r++) {
      const line: unknown[] = [];
      for (let c = 1; c <= cols; c++) line.push(scriptValue(this.env, s.rows[r - 1]?.v[c - 1] ?? ''));
      out.push(line);
    }
    return out;
  }

  /** The whole data range's display texts. */
  readDisplay(sheetName: string): string[][] {
    const s = this.sheetNamed(sheetName);
    const out: string[][] = [];
    for (let r = 1; r <= lastRow(s); r++) {
      const line: string[] = [];
      for (let c = 1; c <= lastColumn(s); c++) {
        line.push(displayValue(s.rows[r - 1]?.v[c - 1] ?? '', cellFormat(s, r, c)?.nf));
      }
      out.push(line);
    }
    return out;
  }

  /**
   * What the Sheets UI tells a person about typing `value` in one cell, before the edit, changing nothing:
   * a hidden column can't be typed in without showing it first; a warning-only protection asks to confirm
   * (https://support.google.com/docs/answer/1218656, «Show a warning when editing this range»); a data
   * validation that allows invalid data shows its warning, one that does not rejects the edit
   * (https://support.google.com/docs/answer/186103, «Show a warning» / «Reject the input»).
   */
  personEditWarnings(
    sheetName: string,
    row: number,
    col: number,
    value: unknown,
  ): { hiddenColumn: boolean; protection: string | null; invalid: ValidationRule | null } {
    const s = this.sheetNamed(sheetName);
    const covers = (p: ProtectionModel) =>
      p.sheetId === s.id &&
      (p.kind === 'SHEET' ||
        (row >= p.row && row <= (p.rowEnd ?? s.maxRows) && col >= p.col && col <= (p.colEnd ?? s.maxCols)));
    const p = this.book.protections.find((x) => x.warningOnly && covers(x));
    const dv = cellFormat(s, row, col)?.dv;
    const v = storedValue(this.env, s, row, col, value);
    const fails = dv !== undefined && !passes(dv, v instanceof Wall ? wallToSerial(v) : v);
    return {
      hiddenColumn: s.hidden[col - 1] === true,
      protection: p ? p.description || sheetName : null,
      invalid: fails ? dv : null,
    };
  }

  /**
   * A person types `values` (a block starting at row/col) in the browser: text becomes numbers/dates as in
   * Sheets unless the cell is '@'. A strict data validation (allowInvalid false) rejects the edit, as the UI
   * does. Grows the grid if needed. Returns the onEdit event for the trigger machinery.
   */
  personEdit(sheetName: string, row: number, col: number, values: unknown[][]): EditEvent {
    const s = this.sheetNamed(sheetName);
    const numRows = values.length;
    const numCols = Math.max(1, ...values.map((r) => r.length));
    if (numRows < 1) throw new Error('personEdit: no values');
    s.maxRows = Math.max(s.maxRows, row + numRows - 1);
    s.maxCols = Math.max(s.maxCols, col + numCols - 1);
    const single = numRows === 1 && numCols === 1;
    const old = cellValueAt(s, row, col);
    const stored: CellValue[][] = values.map((line, i) =>
      line.map((v, j) => storedValue(this.env, s, row + i, col + j, v)),
    );
    for (const [i, line] of stored.entries()) {
      for (const [j, v] of line.entries()) {
        const dv = cellFormat(s, row + i, col + j)?.dv;
        if (dv && !dv.allowInvalid && !passes(dv, v instanceof Wall ? wallToSerial(v) : v)) {
          throw new Error(
            `The data you entered in cell ${a1Of(row + i, col + j, 1, 1, 'cells')} violates the data validation rules set on this cell.`,
          );
        }
      }
    }
    for (const [i, line] of stored.entries()) {
      for (const [j, v] of line.entries()) setCellValue(s, row + i, col + j, v);
    }
    this.book.touch();
    const email = this.ctx.session.email;
    // The event's range also carries its bounds as plain fields, read without a service call:
    // JSON.stringify(e) on Google shows "range": {"columnStart", "rowStart", "rowEnd", "columnEnd"}
    // (tanaikech.github.io, "Benchmark: Event Objects for Google Apps Script").
    const range = Object.assign(this.env.range(s, row, col, numRows, numCols), {
      rowStart: row,
      rowEnd: row + numRows - 1,
      columnStart: col,
      columnEnd: col + numCols - 1,
    });
    const event: EditEvent = {
      authMode: 'FULL',
      range,
      source: this.ss as unknown as Spreadsheet,
      user: userOf(email) as unknown as EditEvent['user'],
    };
    (event.user as { email: string }).email = email;
    if (single) {
      const now = cellValueAt(s, row, col);
      if (now !== '') event.value = eventText(now);
      if (old !== '') event.oldValue = eventText(old);
    }
    return event;
  }

  /** Inserts `count` empty rows before `beforeRow` (formats come from the row above, as in Sheets). */
  personInsertRows(sheetName: string, beforeRow: number, count = 1): void {
    const s = this.sheetNamed(sheetName);
    insertRows(this.book, s, beforeRow, count, beforeRow > 1 ? beforeRow - 1 : beforeRow + count);
  }

  personDeleteRows(sheetName: string, row: number, count = 1): void {
    deleteRows(this.book, this.sheetNamed(sheetName), row, count);
  }

  /** Sorts the sheet by a column, keeping row 1 (the header) in place; row metadata moves with the rows. */
  personSort(sheetName: string, col: number, ascending = true): void {
    const s = this.sheetNamed(sheetName);
    const last = lastRow(s);
    if (last < 2) return;
    sortRows(this.book, s, 2, last - 1, 1, Math.max(s.maxCols, lastColumn(s)), [{ column: col, ascending }]);
  }

  /**
   * Sorts a selection (rows row.., columns col..col+numCols-1) by one of its columns, as a person does
   * with Data → Sort range: the cells outside the selection stay where they are.
   */
  personSortRange(
    sheetName: string,
    range: { row: number; col: number; numRows: number; numCols: number },
    byCol: number,
    ascending = true,
  ): void {
    const s = this.sheetNamed(sheetName);
    sortRows(this.book, s, range.row, range.numRows, range.col, range.numCols, [
      { column: byCol, ascending },
    ]);
  }

  /** Inserts `count` empty columns before column `before`. */
  personInsertColumns(sheetName: string, before: number, count = 1): void {
    insertColumns(this.book, this.sheetNamed(sheetName), before, count);
  }

  /** Deletes columns [col, col + count) with their cells, protections and column metadata. */
  personDeleteColumns(sheetName: string, col: number, count = 1): void {
    deleteColumns(this.book, this.sheetNamed(sheetName), col, count);
  }

  /** Drags columns [from, from + count) to stand before column `before` (numbered as before the move). */
  personMoveColumns(sheetName: string, from: number, count: number, before: number): void {
    moveColumns(this.book, this.sheetNamed(sheetName), from, count, before);
  }

  /** Replaces the note of a cell, as a person does (Insert → Note). */
  personNote(sheetName: string, row: number, col: number, note: string): void {
    const f = formatFor(this.sheetNamed(sheetName), row, col);
    if (note) f.note = note;
    else delete f.note;
    this.book.touch();
  }

  /** The notes of the whole data range, '' where none. */
  readNotes(sheetName: string): string[][] {
    const s = this.sheetNamed(sheetName);
    const out: string[][] = [];
    for (let r = 1; r <= lastRow(s); r++) {
      const line: string[] = [];
      for (let c = 1; c <= lastColumn(s); c++) line.push(cellFormat(s, r, c)?.note ?? '');
      out.push(line);
    }
    return out;
  }

  /** Copies row `fromRow` and inserts the copy before `toRow` (values and formats; no developer metadata). */
  personCopyRow(sheetName: string, fromRow: number, toRow: number): void {
    const s = this.sheetNamed(sheetName);
    const src = s.rows[fromRow - 1];
    const copy = src ? { v: src.v.slice(), f: src.f.map(copyFormat) } : undefined;
    insertRows(this.book, s, toRow, 1);
    if (copy) {
      const r = ensureRow(s, toRow);
      r.v = copy.v;
      r.f = copy.f;
    }
    this.book.touch();
  }
}

function cellValueAt(s: SheetModel, row: number, col: number): CellValue {
  return s.rows[row - 1]?.v[col - 1] ?? '';
}

function eventText(v: CellValue): string {
  if (v instanceof Wall) return String(wallToSerial(v));
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}
