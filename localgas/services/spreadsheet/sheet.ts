// Sheet: one tab of the spreadsheet.
import { parseA1 } from './a1';
import { deleteColumns, moveColumns } from './columns';
import { type Env, type Range, type Sheet, type Spreadsheet, storedValue } from './env';
import { DeveloperMetadataFake, FinderFake, metaArgs, sheetMetas } from './metadata';
import {
  DEFAULT_WIDTH,
  deleteRows,
  insertColumns,
  insertRows,
  lastColumn,
  lastRow,
  type SheetModel,
  setCellValue,
  sortRows,
} from './model';
import { newProtection, ProtectionFake } from './protection';
import { checkCoordinates, ERR, normColor } from './range';
import { RangeListFake } from './rangeList';

type DeveloperMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
type Finder = GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
type Protection = GoogleAppsScript.Spreadsheet.Protection;
type ProtectionType = GoogleAppsScript.Spreadsheet.ProtectionType;
type Visibility = GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;

export const duplicateSheetName = (name: string) =>
  `A sheet with the name "${name}" already exists. Please enter another name.`;
const ROWS_OUT = 'Those rows are out of bounds.';
const COLS_OUT = 'Those columns are out of bounds.';

type Methods =
  | 'activate'
  | 'addDeveloperMetadata'
  | 'appendRow'
  | 'clear'
  | 'clearContents'
  | 'createDeveloperMetadataFinder'
  | 'deleteRow'
  | 'deleteRows'
  | 'getColumnWidth'
  | 'getDataRange'
  | 'getDeveloperMetadata'
  | 'getFrozenColumns'
  | 'getFrozenRows'
  | 'getIndex'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getMaxColumns'
  | 'getMaxRows'
  | 'getName'
  | 'getParent'
  | 'getProtections'
  | 'getRange'
  | 'getRangeList'
  | 'getSheetId'
  | 'getTabColor'
  | 'hideColumns'
  | 'deleteColumn'
  | 'deleteColumns'
  | 'moveColumns'
  | 'insertColumnAfter'
  | 'insertColumnsAfter'
  | 'insertColumnsBefore'
  | 'insertRowAfter'
  | 'insertRowBefore'
  | 'insertRowsAfter'
  | 'insertRowsBefore'
  | 'isColumnHiddenByUser'
  | 'protect'
  | 'setColumnWidth'
  | 'setColumnWidths'
  | 'setFrozenColumns'
  | 'setFrozenRows'
  | 'setName'
  | 'setTabColor'
  | 'showColumns'
  | 'sort';

export class SheetFake implements Pick<Sheet, Methods> {
  constructor(
    private readonly env: Env,
    readonly model: SheetModel,
  ) {}

  private hit(m: string): void {
    this.env.hit(`Sheet.${m}`);
    if (!this.env.book.sheets.includes(this.model)) throw new Error('The sheet was deleted.');
  }
  private self(): Sheet {
    return this as unknown as Sheet;
  }

  getName(): string {
    this.hit('getName');
    return this.model.name;
  }
  setName(name: string): Sheet {
    this.hit('setName');
    const n = String(name);
    if (n === this.model.name) return this.self();
    if (this.env.book.sheets.some((s) => s !== this.model && s.name.toLowerCase() === n.toLowerCase())) {
      throw new Error(duplicateSheetName(n));
    }
    this.model.name = n;
    this.env.book.touch();
    return this.self();
  }
  getSheetId(): number {
    this.hit('getSheetId');
    return this.model.id;
  }
  getIndex(): number {
    this.hit('getIndex');
    return this.env.book.sheets.indexOf(this.model) + 1;
  }
  getParent(): Spreadsheet {
    this.hit('getParent');
    return this.env.spreadsheet();
  }
  getLastRow(): number {
    this.hit('getLastRow');
    return lastRow(this.model);
  }
  getLastColumn(): number {
    this.hit('getLastColumn');
    return lastColumn(this.model);
  }
  getMaxRows(): number {
    this.hit('getMaxRows');
    return this.model.maxRows;
  }
  getMaxColumns(): number {
    this.hit('getMaxColumns');
    return this.model.maxCols;
  }

  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): Range {
    this.hit('getRange');
    if (typeof a === 'string') return rangeByA1(this.env, this.model, a);
    const nr = numRows ?? 1;
    const nc = numColumns ?? 1;
    checkCoordinates(this.model, a, column as number, nr, nc);
    return this.env.range(this.model, a, column as number, nr, nc);
  }
  getRangeList(a1Notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    this.hit('getRangeList');
    if (!Array.isArray(a1Notations) || a1Notations.length === 0) throw new Error(ERR.notFound);
    const ranges = a1Notations.map((a1) => rangeByA1(this.env, this.model, a1));
    return new RangeListFake(this.env, ranges) as unknown as GoogleAppsScript.Spreadsheet.RangeList;
  }
  getDataRange(): Range {
    this.hit('getDataRange');
    return this.env.range(
      this.model,
      1,
      1,
      Math.max(1, lastRow(this.model)),
      Math.max(1, lastColumn(this.model)),
    );
  }

  appendRow(rowContents: unknown[]): Sheet {
    this.hit('appendRow');
    if (!Array.isArray(rowContents))
      throw new Error(
        "The parameters (String) don't match the method signature for SpreadsheetApp.Sheet.appendRow.",
      );
    const row = lastRow(this.model) + 1;
    if (row > this.model.maxRows) this.model.maxRows = row;
    if (rowContents.length > this.model.maxCols) this.model.maxCols = rowContents.length;
    const stored = rowContents.map((v, j) => storedValue(this.env, this.model, row, j + 1, v));
    for (const [j, v] of stored.entries()) setCellValue(this.model, row, j + 1, v);
    this.env.book.touch();
    return this.self();
  }

  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    this.hit('insertRowsAfter');
    this.checkRowPos(afterPosition, howMany);
    insertRows(this.env.book, this.model, afterPosition + 1, howMany, afterPosition);
    return this.self();
  }
  insertRowAfter(afterPosition: number): Sheet {
    this.hit('insertRowAfter');
    this.checkRowPos(afterPosition, 1);
    insertRows(this.env.book, this.model, afterPosition + 1, 1, afterPosition);
    return this.self();
  }
  insertRowsBefore(beforePosition: number, howMany: number): Sheet {
    this.hit('insertRowsBefore');
    this.checkRowPos(beforePosition, howMany);
    insertRows(this.env.book, this.model, beforePosition, howMany, beforePosition);
    return this.self();
  }
  insertRowBefore(beforePosition: number): Sheet {
    this.hit('insertRowBefore');
    this.checkRowPos(beforePosition, 1);
    insertRows(this.env.book, this.model, beforePosition, 1, beforePosition);
    return this.self();
  }
  private checkRowPos(pos: number, howMany: number): void {
    if (!(howMany >= 1)) throw new Error(ERR.rowsAtLeast1);
    if (!(pos >= 1) || pos > this.model.maxRows) throw new Error(ROWS_OUT);
  }
  deleteRow(rowPosition: number): Sheet {
    this.hit('deleteRow');
    this.removeRows(rowPosition, 1);
    return this.self();
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this.hit('deleteRows');
    this.removeRows(rowPosition, howMany);
  }
  private removeRows(at: number, howMany: number): void {
    if (!(howMany >= 1)) throw new Error(ERR.rowsAtLeast1);
    if (!(at >= 1) || at + howMany - 1 > this.model.maxRows) throw new Error(ROWS_OUT);
    if (howMany >= this.model.maxRows - this.model.frozenRows && at <= this.model.frozenRows + 1) {
      throw new Error('Sorry, it is not possible to delete all non-frozen rows.');
    }
    deleteRows(this.env.book, this.model, at, howMany);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    this.hit('insertColumnsAfter');
    this.checkColPos(afterPosition, howMany);
    insertColumns(this.env.book, this.model, afterPosition + 1, howMany);
    return this.self();
  }
  insertColumnAfter(afterPosition: number): Sheet {
    this.hit('insertColumnAfter');
    this.checkColPos(afterPosition, 1);
    insertColumns(this.env.book, this.model, afterPosition + 1, 1);
    return this.self();
  }
  insertColumnsBefore(beforePosition: number, howMany: number): Sheet {
    this.hit('insertColumnsBefore');
    this.checkColPos(beforePosition, howMany);
    insertColumns(this.env.book, this.model, beforePosition, howMany);
    return this.self();
  }
  deleteColumn(columnPosition: number): Sheet {
    this.hit('deleteColumn');
    this.checkColPos(columnPosition, 1);
    deleteColumns(this.env.book, this.model, columnPosition, 1);
    return this.self();
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this.hit('deleteColumns');
    this.checkColPos(columnPosition, howMany);
    if (columnPosition + howMany - 1 > this.model.maxCols) throw new Error(COLS_OUT);
    deleteColumns(this.env.book, this.model, columnPosition, howMany);
  }
  /** R/spreadsheet/sheet#moveColumns(Range,Integer): the range must span whole columns. */
  moveColumns(columnSpec: Range, destinationIndex: number): void {
    this.hit('moveColumns');
    const f = columnSpec as unknown as { col: number; numCols: number };
    moveColumns(this.env.book, this.model, f.col, f.numCols, destinationIndex);
  }
  private checkColPos(pos: number, howMany: number): void {
    if (!(howMany >= 1)) throw new Error(ERR.colsAtLeast1);
    if (!(pos >= 1) || pos > this.model.maxCols) throw new Error(COLS_OUT);
  }

  sort(columnPosition: number, ascending = true): Sheet {
    this.hit('sort');
    const first = this.model.frozenRows + 1;
    const last = lastRow(this.model);
    if (last >= first) {
      sortRows(this.env.book, this.model, first, last - first + 1, 1, this.model.maxCols, [
        { column: columnPosition, ascending },
      ]);
    }
    return this.self();
  }

  // --- layout ---

  setFrozenRows(rows: number): void {
    this.hit('setFrozenRows');
    if (!(rows >= 0) || rows > this.model.maxRows) throw new Error(ROWS_OUT);
    if (this.model.frozenRows !== rows) {
      this.model.frozenRows = rows;
      this.env.book.touch();
    }
  }
  getFrozenRows(): number {
    this.hit('getFrozenRows');
    return this.model.frozenRows;
  }
  setFrozenColumns(columns: number): void {
    this.hit('setFrozenColumns');
    if (!(columns >= 0) || columns > this.model.maxCols) throw new Error(COLS_OUT);
    if (this.model.frozenCols !== columns) {
      this.model.frozenCols = columns;
      this.env.book.touch();
    }
  }
  getFrozenColumns(): number {
    this.hit('getFrozenColumns');
    return this.model.frozenCols;
  }
  setColumnWidth(columnPosition: number, width: number): Sheet {
    this.hit('setColumnWidth');
    this.setWidths(columnPosition, 1, width);
    return this.self();
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    this.hit('setColumnWidths');
    this.setWidths(startColumn, numColumns, width);
    return this.self();
  }
  private setWidths(start: number, count: number, width: number): void {
    this.checkCols(start, count);
    for (let c = start; c < start + count; c++) {
      const w = Math.max(0, Math.round(width));
      if ((this.model.widths[c - 1] ?? DEFAULT_WIDTH) === w) continue;
      while (this.model.widths.length < c - 1) this.model.widths.push(undefined);
      this.model.widths[c - 1] = w;
      this.env.book.touch();
    }
  }
  private checkCols(start: number, count: number): void {
    if (!(count >= 1)) throw new Error(ERR.colsAtLeast1);
    if (!(start >= 1) || start + count - 1 > this.model.maxCols) throw new Error(COLS_OUT);
  }
  getColumnWidth(columnPosition: number): number {
    this.hit('getColumnWidth');
    this.checkCols(columnPosition, 1);
    return this.model.widths[columnPosition - 1] ?? DEFAULT_WIDTH;
  }
  hideColumns(columnIndex: number, numColumns = 1): void {
    this.hit('hideColumns');
    this.setHidden(columnIndex, numColumns, true);
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    this.hit('showColumns');
    this.setHidden(columnIndex, numColumns, false);
  }
  private setHidden(start: number, count: number, hidden: boolean): void {
    this.checkCols(start, count);
    for (let c = start; c < start + count; c++) {
      if ((this.model.hidden[c - 1] ?? false) === hidden) continue;
      while (this.model.hidden.length < c - 1) this.model.hidden.push(false);
      this.model.hidden[c - 1] = hidden;
      this.env.book.touch();
    }
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    this.hit('isColumnHiddenByUser');
    return this.model.hidden[columnPosition - 1] ?? false;
  }
  setTabColor(color: string | null): Sheet {
    this.hit('setTabColor');
    const c = normColor(color) ?? null;
    if (this.model.tabColor !== c) {
      this.model.tabColor = c;
      this.env.book.touch();
    }
    return this.self();
  }
  getTabColor(): string | null {
    this.hit('getTabColor');
    return this.model.tabColor;
  }
  activate(): Sheet {
    this.hit('activate');
    this.env.book.activeSheetId = this.model.id;
    return this.self();
  }
  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): Sheet {
    this.hit('clear');
    const contents = !options?.formatOnly || options.contentsOnly;
    const formats = !options?.contentsOnly || options.formatOnly;
    let changed = false;
    for (const r of this.model.rows) {
      if (!r) continue;
      if (contents && r.v.length) {
        r.v = [];
        changed = true;
      }
      if (formats && r.f.length) {
        r.f = r.f.map((f) => (f?.note || f?.dv ? { note: f.note, dv: f.dv } : undefined));
        changed = true;
      }
    }
    if (changed) this.env.book.touch();
    return this.self();
  }
  clearContents(): Sheet {
    this.hit('clearContents');
    let changed = false;
    for (const r of this.model.rows) {
      if (r?.v.length) {
        r.v = [];
        changed = true;
      }
    }
    if (changed) this.env.book.touch();
    return this.self();
  }

  // --- protection, metadata ---

  protect(): Protection {
    this.hit('protect');
    const existing = this.env.book.protections.find((p) => p.sheetId === this.model.id && p.kind === 'SHEET');
    if (existing) return new ProtectionFake(this.env, existing) as unknown as Protection;
    return newProtection(this.env, {
      sheetId: this.model.id,
      kind: 'SHEET',
      row: 1,
      col: 1,
      rowEnd: null,
      colEnd: null,
    }) as unknown as Protection;
  }
  getProtections(type: ProtectionType): Protection[] {
    this.hit('getProtections');
    return this.env.book.protections
      .filter((p) => p.sheetId === this.model.id && p.kind === String(type))
      .map((p) => new ProtectionFake(this.env, p) as unknown as Protection);
  }
  addDeveloperMetadata(key: string, a?: string | Visibility, b?: Visibility): Sheet {
    this.hit('addDeveloperMetadata');
    this.env.book.addMeta({ ...metaArgs(key, a, b), location: 'SHEET', sheetId: this.model.id });
    return this.self();
  }
  getDeveloperMetadata(): DeveloperMetadata[] {
    this.hit('getDeveloperMetadata');
    return [...this.env.book.metas.values()]
      .filter((m) => m.location === 'SHEET' && m.sheetId === this.model.id)
      .map((m) => new DeveloperMetadataFake(this.env, m) as unknown as DeveloperMetadata);
  }
  createDeveloperMetadataFinder(): Finder {
    this.hit('createDeveloperMetadataFinder');
    return new FinderFake(this.env, () => sheetMetas(this.env, this.model)) as unknown as Finder;
  }
}

/** Resolves A1 notation on a sheet (a sheet-name prefix is ignored here: Spreadsheet.getRange uses it). */
export function rangeByA1(env: Env, sheet: SheetModel, a1: string): Range {
  const p = parseA1(String(a1));
  if (!p) throw new Error(ERR.notFound);
  const rowEnd = p.rowEnd ?? sheet.maxRows;
  const colEnd = p.colEnd ?? sheet.maxCols;
  if (p.row > sheet.maxRows || rowEnd > sheet.maxRows || p.col > sheet.maxCols || colEnd > sheet.maxCols) {
    throw new Error(ERR.outside);
  }
  return env.range(sheet, p.row, p.col, rowEnd - p.row + 1, colEnd - p.col + 1, p.kind);
}
