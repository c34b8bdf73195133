// The SpreadsheetApp adapter: the only code that touches the plan's spreadsheet.
import { SHEETS, type SheetId } from '../domain/columns';
import type { Lang } from '../domain/types';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export class PlanSpreadsheet {
  private readonly cache = new Map<SheetId, Sheet | null>();

  constructor(readonly ss: Spreadsheet) {}

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

  id(): string {
    return this.ss.getId();
  }

  url(): string {
    return this.ss.getUrl();
  }

  timeZone(): string {
    return this.ss.getSpreadsheetTimeZone();
  }

  /**
   * Looks every sheet up at once (getSheets + a name each) so that find() of a missing sheet costs
   * nothing: for setup, where most sheets are missing and each miss would cost two getSheetByName.
   * Returns the sheets by name.
   */
  preload(): Map<string, Sheet> {
    const byName = new Map<string, Sheet>();
    for (const s of this.ss.getSheets()) byName.set(s.getName(), s);
    for (const id of Object.keys(SHEETS) as SheetId[]) {
      const names = SHEETS[id];
      this.cache.set(id, byName.get(names.ru) ?? byName.get(names.en) ?? null);
    }
    return byName;
  }

  /** A planbook sheet by its Russian or English name; null if the sheet is not there. */
  find(id: SheetId): Sheet | null {
    if (this.cache.has(id)) return this.cache.get(id) ?? null;
    const names = SHEETS[id];
    const sheet = this.ss.getSheetByName(names.ru) ?? this.ss.getSheetByName(names.en);
    this.cache.set(id, sheet);
    return sheet;
  }

  create(id: SheetId, lang: Lang): Sheet {
    const sheet = this.ss.insertSheet(SHEETS[id][lang]);
    this.cache.set(id, sheet);
    return sheet;
  }

  /**
   * Every value of a sheet in one read: the header row first. Empty sheet: []. getDataRange is the
   * block from A1 to the last row and column with content (R/spreadsheet/sheet#getDataRange): two calls,
   * where getLastRow + getLastColumn + getRange + getValues were four.
   */
  values(sheet: Sheet): unknown[][] {
    const values = sheet.getDataRange().getValues();
    if (values.length === 1 && values[0]!.length === 1 && values[0]![0] === '') return [];
    return values;
  }

  /** Writes a block of values at (row, col), 1-based, in one call. */
  write(sheet: Sheet, row: number, col: number, values: unknown[][]): void {
    if (values.length === 0 || values[0]!.length === 0) return;
    sheet.getRange(row, col, values.length, values[0]!.length).setValues(values as never);
  }

  /** The number formats of cells [col, col + count) of one row ('@' is plain text), in one call. */
  numberFormats(sheet: Sheet, row: number, col: number, count: number): string[] {
    return sheet.getRange(row, col, 1, count).getNumberFormats()[0] ?? [];
  }

  /** Appends rows below the last row with content, in one call. Returns the first new row. */
  append(sheet: Sheet, rows: unknown[][]): number {
    const first = sheet.getLastRow() + 1;
    if (rows.length === 0) return first;
    const needed = first + rows.length - 1 - sheet.getMaxRows();
    if (needed > 0) sheet.insertRowsAfter(sheet.getMaxRows(), needed);
    this.write(sheet, first, 1, rows);
    return first;
  }

  /** A link that opens the sheet (the same whatever its rows' order). */
  sheetUrl(sheet: Sheet): string {
    return `${this.url()}#gid=${sheet.getSheetId()}`;
  }

  /** A link to a row that opens the sheet at it. */
  rowUrl(sheet: Sheet, row: number): string {
    return `${this.url()}#gid=${sheet.getSheetId()}&range=A${row}`;
  }

  flush(): void {
    SpreadsheetApp.flush();
  }
}
