// Deleting and moving whole columns, as a person does in the browser (and Sheet.deleteColumns /
// Sheet.moveColumns do). Cells, formats (notes included), widths, hidden flags, protections and COLUMN
// developer metadata go with their column. The Sheets API's DeveloperMetadata page: metadata "will remain
// associated at those locations as they move around and the spreadsheet is edited … If the associated
// object is deleted its metadata is deleted too" (developers.google.com/sheets/api/reference/rest/v4/
// spreadsheets.developerMetadata).
import { shiftMerges } from './merges';
import type { Book, SheetModel } from './model';

/** Deletes columns [at, at + count). */
export function deleteColumns(book: Book, sheet: SheetModel, at: number, count: number): void {
  for (const r of sheet.rows) {
    if (!r) continue;
    r.v.splice(at - 1, count);
    r.f.splice(at - 1, count);
    while (r.v.length > 0 && r.v[r.v.length - 1] === '') r.v.pop();
  }
  sheet.widths.splice(at - 1, count);
  sheet.hidden.splice(at - 1, count);
  sheet.maxCols = Math.max(1, sheet.maxCols - count);
  const end = at + count - 1;
  book.protections = book.protections.filter((p) => {
    if (p.sheetId !== sheet.id || p.kind !== 'RANGE') return true;
    const colEnd = p.colEnd ?? Number.POSITIVE_INFINITY;
    if (p.col >= at && colEnd <= end) return false;
    if (p.colEnd !== null) {
      if (p.colEnd > end) p.colEnd -= count;
      else if (p.colEnd >= at) p.colEnd = at - 1;
    }
    if (p.col > end) p.col -= count;
    else if (p.col >= at) p.col = at;
    return p.colEnd === null || p.colEnd >= p.col;
  });
  for (const [id, m] of book.metas) {
    if (m.location !== 'COLUMN' || m.sheetId !== sheet.id || m.column === undefined) continue;
    if (m.column >= at && m.column <= end) book.metas.delete(id);
    else if (m.column > end) m.column -= count;
  }
  shiftMerges(sheet, at, -count, true);
  book.touch();
}

/**
 * Moves columns [from, from + count) so that they stand before column `before` of the sheet as it was
 * (Sheet.moveColumns' destinationIndex, 1-based). A column moved onto itself is no change.
 */
export function moveColumns(
  book: Book,
  sheet: SheetModel,
  from: number,
  count: number,
  before: number,
): void {
  if (before >= from && before <= from + count) return;
  const width = Math.max(sheet.maxCols, from + count - 1, before - 1);
  const order = Array.from({ length: width }, (_, i) => i + 1);
  const moved = order.splice(from - 1, count);
  const at = before > from ? before - 1 - count : before - 1;
  order.splice(at, 0, ...moved);
  /** new position (1-based) of old column c */
  const where = new Map<number, number>();
  order.forEach((old, i) => {
    where.set(old, i + 1);
  });
  for (const r of sheet.rows) {
    if (!r) continue;
    const v = order.map((old) => r.v[old - 1] ?? '');
    const f = order.map((old) => r.f[old - 1]);
    while (v.length > 0 && v[v.length - 1] === '') v.pop();
    while (f.length > 0 && f[f.length - 1] === undefined) f.pop();
    r.v = v;
    r.f = f;
  }
  sheet.widths = order.map((old) => sheet.widths[old - 1]);
  sheet.hidden = order.map((old) => sheet.hidden[old - 1] === true);
  for (const p of book.protections) {
    if (p.sheetId !== sheet.id || p.kind !== 'RANGE') continue;
    // A one-column protection follows its column; wider ones keep their span.
    if (p.colEnd === p.col) {
      p.col = where.get(p.col) ?? p.col;
      p.colEnd = p.col;
    }
  }
  for (const m of book.metas.values()) {
    if (m.location === 'COLUMN' && m.sheetId === sheet.id && m.column !== undefined)
      m.column = where.get(m.column) ?? m.column;
  }
  book.touch();
}
