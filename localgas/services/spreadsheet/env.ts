// What every fake object of the spreadsheet shares: the workbook, the meter, the session, and factories
// for the other fakes (implemented in index.ts, so the fake classes need not import each other).
import type { ServiceContext } from '../../service';
import type { UiFake } from '../ui';
import type { A1 } from './a1';
import { type CellValue, instantToWall, isDateObject, parseTyped, Wall, wallToInstant } from './format';
import { type Book, cellFormat, type SheetModel, setCellValue } from './model';

export type Range = GoogleAppsScript.Spreadsheet.Range;
export type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
export type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface Env {
  ctx: ServiceContext;
  book: Book;
  ui: UiFake;
  /** Counts a call: hit('Range.getValues') records 'SpreadsheetApp.Range.getValues' (and may throw a fault). */
  hit(method: string): void;
  spreadsheet(): Spreadsheet;
  sheet(model: SheetModel): Sheet;
  range(
    model: SheetModel,
    row: number,
    col: number,
    numRows: number,
    numCols: number,
    kind?: A1['kind'],
  ): Range;
}

export const MAX_CELL_CHARS = 50_000;
/** The value of a cell a script or person wrote a formula into (see storedValue). */
export const FORMULA_RESULT = '#ERROR!';

/** What a cell stores when a script (setValue/setValues/appendRow) or a person writes `input` into it. */
export function storedValue(
  env: Env,
  sheet: SheetModel,
  row: number,
  col: number,
  input: unknown,
): CellValue {
  if (input === null || input === undefined) return '';
  if (typeof input === 'number') return Number.isFinite(input) ? input : '#NUM!';
  if (typeof input === 'boolean') return input;
  if (isDateObject(input)) {
    const t = input.getTime();
    return Number.isNaN(t) ? '' : instantToWall(t, env.book.timeZone);
  }
  const text = String(input);
  if (text.length > MAX_CELL_CHARS) {
    throw new Error(
      `Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`,
    );
  }
  if (cellFormat(sheet, row, col)?.nf === '@') return text;
  // "If it begins with '=' it is interpreted as a formula" (R/spreadsheet/range#setValue(Object)). This
  // fake evaluates no formulas: the cell holds what Sheets shows for one it cannot compute, so text that
  // was meant to stay text (a person's answer) is visibly lost instead of silently kept.
  if (text.startsWith('=') && text.length > 1) return FORMULA_RESULT;
  return parseTyped(text, () => currentYear(env));
}

export function writeCell(env: Env, sheet: SheetModel, row: number, col: number, input: unknown): void {
  setCellValue(sheet, row, col, storedValue(env, sheet, row, col, input));
}

export function currentYear(env: Env): number {
  return new Date(instantToWall(env.ctx.clock.now(), env.book.timeZone).ms).getUTCFullYear();
}

/** A cell value as getValues() returns it: dates become Date instants in the spreadsheet's zone. */
export function scriptValue(env: Env, v: CellValue): string | number | boolean | Date {
  return v instanceof Wall ? new Date(wallToInstant(v, env.book.timeZone)) : v;
}
