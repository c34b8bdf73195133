// insertSheet(..., {template}) — a new sheet made from another sheet of the same spreadsheet.
//
// Google's page says only "template — All data from the template sheet object is copied to the new sheet.
// The sheet template must be one of the sheets of the Spreadsheet object"
// (R/spreadsheet/spreadsheet#insertSheet(String,Object)). What "all data" is, the page does not list; in
// Sheets it is the sheet's duplicate (the UI's "Duplicate", the Sheets API's DuplicateSheetRequest,
// "Duplicates the contents of a sheet"; public scripts use insertSheet(name, {template: sheet}) as their
// "Duplicate sheet" menu item and rely on it carrying formatting and conditional formats), so the fake
// copies the grid as it is: values, every cell's format (number format, font, colours, alignment, wrap,
// data validation, note), merges, column widths, hidden columns, frozen rows and columns, the grid's size
// and the tab colour. Protections and developer metadata on the template are where the page is silent
// and duplicates are not documented either: the fake refuses such a template rather than guess, so no
// code can come to rely on either being copied or dropped.
import { type Book, copyFormat, type Row, type SheetModel } from './model';

export const TEMPLATE_NOT_MODELLED =
  'localgas: insertSheet with a template that has protections or developer metadata is not modelled ' +
  '(Google does not document whether they are copied)';

/** The template's sheet, checked: one of this book's sheets, with nothing the fake cannot copy faithfully. */
export function templateSheet(book: Book, template: unknown): SheetModel {
  const model = (template as { model?: SheetModel } | null)?.model;
  if (!model || !book.sheets.includes(model)) throw new Error('Invalid argument: template');
  const hasProtection = book.protections.some((p) => p.sheetId === model.id);
  const hasMeta = [...book.metas.values()].some((m) => m.sheetId === model.id);
  if (hasProtection || hasMeta || model.rows.some((r) => r?.meta?.length)) {
    throw new Error(TEMPLATE_NOT_MODELLED);
  }
  return model;
}

/** Copies the template's grid into the new (empty) sheet. */
export function copyGrid(from: SheetModel, to: SheetModel): void {
  to.rows = from.rows.map((r) => (r ? copyRow(r) : undefined));
  to.maxRows = from.maxRows;
  to.maxCols = from.maxCols;
  to.frozenRows = from.frozenRows;
  to.frozenCols = from.frozenCols;
  to.widths = from.widths.slice();
  to.hidden = from.hidden.slice();
  to.tabColor = from.tabColor;
  if (from.merges) to.merges = from.merges.map((m) => ({ ...m }));
}

function copyRow(r: Row): Row {
  return { v: r.v.slice(), f: r.f.map(copyFormat) };
}
