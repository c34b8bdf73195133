// Applies a sheet layout (headings, widths, frozen header, hidden and protected system columns,
// formats, drop-downs) with SpreadsheetApp. Used by setup, which is run rarely: clarity over call count.
import type { ColumnDef } from '../domain/columns';
import type { Lang } from '../domain/types';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const PROTECTION_PREFIX = 'planbook';

export interface ColumnExtras {
  /** Number format for the column's data cells, e.g. '@' (plain text: Sheets must not turn "15.10" into a date). */
  format?: string;
  /** A drop-down of allowed values. */
  list?: string[];
  /** A number ≥ 0. */
  nonNegative?: boolean;
  note?: string;
}

/**
 * Makes sure every column has its heading (added after the last column when missing, never over a typed
 * heading), then styles the sheet. Returns the 1-based column of each column id.
 */
export function applyLayout(
  sheet: Sheet,
  columns: readonly ColumnDef[],
  lang: Lang,
  extras: Record<string, ColumnExtras>,
  findColumn: (header: unknown[], c: ColumnDef) => number,
): Record<string, number> {
  const lastCol = sheet.getLastColumn();
  const header = lastCol > 0 ? sheet.getRange(1, 1, 1, lastCol).getValues()[0]! : [];
  const positions: Record<string, number> = {};
  let next = Math.max(lastCol, 0) + 1;
  const missing: ColumnDef[] = [];
  for (const c of columns) {
    const i = findColumn(header, c);
    if (i >= 0) positions[c.id] = i + 1;
    else missing.push(c);
  }
  if (header.length === 0 && missing.length === columns.length) next = 1;
  if (missing.length) {
    const needed = next + missing.length - 1 - sheet.getMaxColumns();
    if (needed > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), needed);
    sheet.getRange(1, next, 1, missing.length).setValues([missing.map((c) => c[lang])]);
    for (const c of missing) positions[c.id] = next++;
  }
  const width = Math.max(sheet.getLastColumn(), 1);
  sheet
    .getRange(1, 1, 1, width)
    .setFontWeight('bold')
    .setBackground('#e8eaed')
    .setWrap(true)
    .setVerticalAlignment('middle');
  sheet.setFrozenRows(1);
  const rows = Math.max(sheet.getMaxRows() - 1, 1);
  for (const c of columns) {
    const col = positions[c.id]!;
    sheet.setColumnWidth(col, c.width);
    const x = extras[c.id];
    const data = sheet.getRange(2, col, rows, 1);
    if (x?.format) data.setNumberFormat(x.format);
    if (x?.list) {
      data.setDataValidation(
        SpreadsheetApp.newDataValidation().requireValueInList(x.list, true).setAllowInvalid(true).build(),
      );
    }
    if (x?.nonNegative) {
      data.setDataValidation(
        SpreadsheetApp.newDataValidation().requireNumberGreaterThanOrEqualTo(0).setAllowInvalid(true).build(),
      );
    }
    if (x?.note) sheet.getRange(1, col).setNote(x.note);
    if (c.system) {
      sheet.getRange(1, col, sheet.getMaxRows(), 1).setBackground('#f3f3f3').setFontColor('#5f6368');
      sheet.getRange(1, col).setBackground('#dadce0');
    }
    if (c.hidden) sheet.hideColumns(col);
  }
  protectSystemColumns(sheet, columns, positions);
  return positions;
}

/**
 * System columns are protected with a warning only: people are warned before typing there, and the
 * script (running as whoever triggered it) can always write. Old planbook protections are replaced.
 */
function protectSystemColumns(
  sheet: Sheet,
  columns: readonly ColumnDef[],
  positions: Record<string, number>,
): void {
  for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
    if (p.getDescription().startsWith(PROTECTION_PREFIX)) p.remove();
  }
  for (const c of columns) {
    if (!c.system) continue;
    sheet
      .getRange(1, positions[c.id]!, sheet.getMaxRows(), 1)
      .protect()
      .setDescription(`${PROTECTION_PREFIX}: ${c.ru}`)
      .setWarningOnly(true);
  }
}
