// The installable on-edit event (G/triggers/events): which sheet and rows a person edited.

export interface EditedRange {
  sheetName: string;
  firstRow: number;
  numRows: number;
}

export function editedRange(e: unknown): EditedRange | null {
  const range = (e as { range?: GoogleAppsScript.Spreadsheet.Range } | undefined)?.range;
  if (!range) return null;
  return { sheetName: range.getSheet().getName(), firstRow: range.getRow(), numRows: range.getNumRows() };
}
