// The installable on-edit event (G/triggers/events): which sheet and rows a person edited.

import type { EditedRange } from '../app/ports';

type EventRange = GoogleAppsScript.Spreadsheet.Range & { rowStart?: unknown; rowEnd?: unknown };

/**
 * The edited sheet and rows. The rows come from the event range's plain fields rowStart/rowEnd when
 * present (no service call; tanaikech.github.io "Benchmark: Event Objects for Google Apps Script" shows
 * them in the event object), else from getRow/getNumRows.
 */
export function editedRange(e: unknown): EditedRange | null {
  const range = (e as { range?: EventRange } | undefined)?.range;
  if (!range) return null;
  const sheetName = range.getSheet().getName();
  const { rowStart, rowEnd } = range;
  if (typeof rowStart === 'number' && typeof rowEnd === 'number' && rowEnd >= rowStart) {
    return { sheetName, firstRow: rowStart, numRows: rowEnd - rowStart + 1 };
  }
  return { sheetName, firstRow: range.getRow(), numRows: range.getNumRows() };
}
