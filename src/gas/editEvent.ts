// The installable on-edit event (G/triggers/events): which sheet and rows a person edited.

import type { EditedRange } from '../app/ports';

type EventRange = GoogleAppsScript.Spreadsheet.Range & { rowStart?: unknown; rowEnd?: unknown };

/**
 * The edited sheet and rows. The rows come from the event range's plain fields rowStart/rowEnd when
 * present (no service call; tanaikech.github.io "Benchmark: Event Objects for Google Apps Script" shows
 * them in the event object), else from getRow/getNumRows.
 */
/** The edited rows and the sheet object they are on (the spreadsheet need not look it up again). */
export function editedSheet(
  e: unknown,
): { range: EditedRange; sheet: GoogleAppsScript.Spreadsheet.Sheet } | null {
  const range = (e as { range?: EventRange } | undefined)?.range;
  if (!range) return null;
  const sheet = range.getSheet();
  const sheetName = sheet.getName();
  const { rowStart, rowEnd } = range;
  if (typeof rowStart === 'number' && typeof rowEnd === 'number' && rowEnd >= rowStart) {
    return { range: { sheetName, firstRow: rowStart, numRows: rowEnd - rowStart + 1 }, sheet };
  }
  return { range: { sheetName, firstRow: range.getRow(), numRows: range.getNumRows() }, sheet };
}
