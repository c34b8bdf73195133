// plan.xlsx <-> sheet models, with exceljs. What xlsx cannot hold (ids, developer metadata, protection
// details) lives in the sidecar (persist.ts). Dates are written as Excel dates of their wall time.
import ExcelJS from 'exceljs';
import { lettersToCol } from './a1';
import { type CellValue, isDateFormat, isDateObject, serialToWall, Wall } from './format';
import type { MergeModel } from './merges';
import {
  type Book,
  type CellFormat,
  DEFAULT_WIDTH,
  type Row,
  type SheetModel,
  type ValidationRule,
} from './model';
import { readMerges, readTextFormat, writeMerges, writeTextCell } from './xlsxRich';

const DAY = 86_400_000;
/** Excel widths are in characters of the default font; ≈ 7 px each. */
const PX_PER_CHAR = 7;

// --- save ---

/** Excel forbids []:*?/\ in sheet names and more than 31 characters. */
export function xlsxSheetName(name: string, taken: Set<string>): string {
  let base = name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || 'Sheet';
  if (base.startsWith("'")) base = `_${base.slice(1)}`;
  let n = base;
  for (let i = 2; taken.has(n.toLowerCase()); i++) n = `${base.slice(0, 28)} (${i})`;
  taken.add(n.toLowerCase());
  return n;
}

export async function writeXlsx(book: Book): Promise<{ buffer: Uint8Array; names: Map<number, string> }> {
  const wb = new ExcelJS.Workbook();
  // The file's writer is this local Apps Script (as in docxWriter.ts), not the project it runs.
  wb.creator = 'localgas';
  const names = new Map<number, string>();
  const taken = new Set<string>();
  const active = Math.max(
    0,
    book.sheets.findIndex((s) => s.id === book.activeSheetId),
  );
  wb.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: active, visibility: 'visible' },
  ];
  for (const sheet of book.sheets) {
    const name = xlsxSheetName(sheet.name, taken);
    names.set(sheet.id, name);
    const ws = wb.addWorksheet(name, {
      properties: sheet.tabColor ? { tabColor: { argb: argb(sheet.tabColor) } } : {},
      views:
        sheet.frozenRows || sheet.frozenCols
          ? [{ state: 'frozen', xSplit: sheet.frozenCols, ySplit: sheet.frozenRows }]
          : [{ state: 'normal' }],
    });
    await writeSheet(book, sheet, ws);
  }
  const buffer = await wb.xlsx.writeBuffer();
  return { buffer: new Uint8Array(buffer as ArrayBuffer), names };
}

async function writeSheet(book: Book, sheet: SheetModel, ws: ExcelJS.Worksheet): Promise<void> {
  const protections = book.protections.filter((p) => p.sheetId === sheet.id);
  const sheetLocked = protections.some((p) => p.kind === 'SHEET');
  const ranges = protections.filter((p) => p.kind === 'RANGE');
  const lockedAt = (r: number, c: number) =>
    sheetLocked ||
    ranges.some(
      (p) => r >= p.row && r <= (p.rowEnd ?? sheet.maxRows) && c >= p.col && c <= (p.colEnd ?? sheet.maxCols),
    );

  let width = Math.max(sheet.widths.length, sheet.hidden.length);
  for (const r of sheet.rows) if (r) width = Math.max(width, r.v.length, r.f.length);
  const colCount = Math.min(sheet.maxCols, Math.max(width, protections.length ? sheet.maxCols : 0));
  for (let c = 1; c <= colCount; c++) {
    const col = ws.getColumn(c);
    col.width = Math.round(((sheet.widths[c - 1] ?? DEFAULT_WIDTH) / PX_PER_CHAR) * 100) / 100;
    if (sheet.hidden[c - 1]) col.hidden = true;
    if (protections.length) {
      const wholeColumn =
        sheetLocked ||
        ranges.some(
          (p) => p.row === 1 && p.rowEnd === null && c >= p.col && c <= (p.colEnd ?? sheet.maxCols),
        );
      col.protection = { locked: wholeColumn };
    }
  }

  // Cells in bounded protected ranges need to exist to carry their lock.
  const lockCells = new Set<string>();
  if (protections.length && !sheetLocked) {
    for (const p of ranges) {
      if (p.rowEnd === null) continue;
      for (let r = p.row; r <= p.rowEnd; r++) {
        for (let c = p.col; c <= Math.min(p.colEnd ?? colCount, colCount); c++) lockCells.add(`${r}:${c}`);
      }
    }
  }

  sheet.rows.forEach((row, i) => {
    if (!row) return;
    const r = i + 1;
    const n = Math.max(row.v.length, row.f.length);
    let xrow: ExcelJS.Row | undefined;
    for (let c = 1; c <= n; c++) {
      const v = row.v[c - 1] ?? '';
      const f = row.f[c - 1];
      if (v === '' && !f) continue;
      xrow ??= ws.getRow(r);
      const cell = xrow.getCell(c);
      writeCell(cell, v, f);
      if (protections.length) {
        cell.protection = { locked: lockedAt(r, c) };
        lockCells.delete(`${r}:${c}`);
      }
    }
  });
  writeMerges(ws, sheet.merges);
  for (const key of lockCells) {
    const [r, c] = key.split(':').map(Number) as [number, number];
    ws.getCell(r, c).protection = { locked: true };
  }
  if (protections.length) {
    await ws.protect('', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatCells: true,
      formatColumns: true,
      formatRows: true,
      insertRows: true,
      deleteRows: true,
      sort: true,
      autoFilter: true,
    });
  }
}

function writeCell(cell: ExcelJS.Cell, v: CellValue, f: CellFormat | undefined): void {
  if (v instanceof Wall) {
    cell.value = new Date(v.ms);
    cell.numFmt = f?.nf ?? (v.ms % DAY === 0 ? 'dd.mm.yyyy' : 'dd.mm.yyyy hh:mm:ss');
  } else if (v !== '' && !(typeof v === 'string' && writeTextCell(cell, v, f))) {
    cell.value = v;
  }
  if (!f) return;
  if (f.nf && !(v instanceof Wall)) cell.numFmt = f.nf;
  if (f.note) cell.note = f.note;
  if (f.bg) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(f.bg) } };
  if (f.bold || f.italic || f.color) {
    cell.font = {
      ...(f.bold ? { bold: true } : {}),
      ...(f.italic ? { italic: true } : {}),
      ...(f.color ? { color: { argb: argb(f.color) } } : {}),
    };
  }
  if (f.hAlign || f.vAlign || f.wrap) {
    cell.alignment = {
      ...(f.hAlign ? { horizontal: f.hAlign as 'left' | 'center' | 'right' } : {}),
      ...(f.vAlign ? { vertical: f.vAlign as 'top' | 'middle' | 'bottom' } : {}),
      ...(f.wrap ? { wrapText: true } : {}),
    };
  }
  if (f.dv) {
    const dv = toExcelValidation(f.dv);
    if (dv) cell.dataValidation = dv;
  }
}

const OPERATORS: Record<string, ExcelJS.DataValidationOperator> = {
  NUMBER_BETWEEN: 'between',
  NUMBER_NOT_BETWEEN: 'notBetween',
  NUMBER_EQUAL_TO: 'equal',
  NUMBER_NOT_EQUAL_TO: 'notEqual',
  NUMBER_GREATER_THAN: 'greaterThan',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'greaterThanOrEqual',
  NUMBER_LESS_THAN: 'lessThan',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'lessThanOrEqual',
};

function toExcelValidation(rule: ValidationRule): ExcelJS.DataValidation | null {
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: rule.allowInvalid ? 'warning' : 'stop',
    ...(rule.helpText ? { showInputMessage: true, prompt: rule.helpText } : {}),
  };
  if (rule.criteria === 'VALUE_IN_LIST') {
    const list = (Array.isArray(rule.values[0]) ? rule.values[0] : []).map((x) =>
      String(x).replace(/"/g, '""'),
    );
    return { type: 'list', formulae: [`"${list.join(',')}"`], ...common };
  }
  const op = OPERATORS[rule.criteria];
  if (op) return { type: 'decimal', operator: op, formulae: rule.values.map(Number), ...common };
  return null;
}

function argb(color: string): string {
  const hex = color.replace('#', '').toUpperCase();
  return hex.length === 6 ? `FF${hex}` : hex.padStart(8, 'F');
}

// --- load ---

export interface LoadedSheet {
  name: string;
  rows: (Row | undefined)[];
  usedCols: number;
  frozenRows: number;
  frozenCols: number;
  widths: (number | undefined)[];
  hidden: boolean[];
  tabColor: string | null;
  /** Cells locked under a protected worksheet (only a hint: protections come from the sidecar). */
  protectedSheet: boolean;
  merges: MergeModel[];
}

export async function readXlsx(data: Buffer | Uint8Array, maxRowsHint = 100_000): Promise<LoadedSheet[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  return wb.worksheets.map((ws) => readSheet(ws, maxRowsHint));
}

function readSheet(ws: ExcelJS.Worksheet, maxRowsHint: number): LoadedSheet {
  const rows: (Row | undefined)[] = [];
  let usedCols = 0;
  const rowAt = (r: number): Row => {
    let row = rows[r - 1];
    if (!row) {
      while (rows.length < r - 1) rows.push(undefined);
      row = { v: [], f: [] };
      rows[r - 1] = row;
    }
    return row;
  };
  // includeEmpty: a cell may hold only a format (a text column's '@' below the data, a validation).
  ws.eachRow({ includeEmpty: true }, (xrow, r) => {
    xrow.eachCell({ includeEmpty: true }, (cell, c) => {
      const v = readValue(cell);
      const f = readFormat(cell);
      if (v === '' && !f) return;
      const row = rowAt(r);
      if (v !== '') {
        while (row.v.length < c - 1) row.v.push('');
        row.v[c - 1] = v;
      }
      if (f) {
        while (row.f.length < c - 1) row.f.push(undefined);
        row.f[c - 1] = f;
      }
      usedCols = Math.max(usedCols, c);
    });
  });
  const limit = Math.max(rows.length, maxRowsHint);
  const dvs = (
    ws as unknown as { dataValidations?: { model?: Record<string, ExcelJS.DataValidation | undefined> } }
  ).dataValidations?.model;
  for (const [address, dv] of Object.entries(dvs ?? {})) {
    const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(address);
    if (!m || !dv) continue;
    const r = Number(m[2]);
    const c = lettersToCol(m[1]!);
    if (r > limit) continue;
    const rule = fromExcelValidation(dv);
    if (!rule) continue;
    const row = rowAt(r);
    while (row.f.length < c - 1) row.f.push(undefined);
    row.f[c - 1] = { ...(row.f[c - 1] ?? {}), dv: rule };
  }
  const widths: (number | undefined)[] = [];
  const hidden: boolean[] = [];
  const cols = (ws.columns ?? []) as Partial<ExcelJS.Column>[];
  cols.forEach((col, i) => {
    if (col.width !== undefined) widths[i] = Math.round(col.width * PX_PER_CHAR);
    if (col.hidden) hidden[i] = true;
  });
  for (let i = 0; i < hidden.length; i++) hidden[i] ??= false;
  const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
  const frozen = view?.state === 'frozen';
  const tab = (ws.properties as { tabColor?: { argb?: string } } | undefined)?.tabColor?.argb;
  return {
    name: ws.name,
    rows,
    usedCols,
    frozenRows: frozen ? (view?.ySplit ?? 0) : 0,
    frozenCols: frozen ? (view?.xSplit ?? 0) : 0,
    widths,
    hidden,
    tabColor: tab ? colorOf(tab) : null,
    merges: readMerges(ws),
    protectedSheet: Boolean(
      (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet,
    ),
  };
}

function textOf(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'object' && Array.isArray((v as { richText?: unknown }).richText)) {
    return (v as { richText: { text: string }[] }).richText.map((t) => t.text).join('');
  }
  return String(v);
}

function readValue(cell: ExcelJS.Cell): CellValue {
  if (cell.isMerged && cell.master !== cell) return '';
  const raw = cell.value as unknown;
  const nf = cell.numFmt;
  const scalar = (x: unknown): CellValue => {
    if (x === null || x === undefined) return '';
    if (isDateObject(x)) return Number.isNaN(x.getTime()) ? '' : new Wall(x.getTime());
    if (typeof x === 'number') return isDateFormat(nf) ? serialToWall(x) : x;
    if (typeof x === 'boolean') return x;
    if (typeof x === 'string') return x;
    if (typeof x === 'object') {
      const o = x as Record<string, unknown>;
      if ('richText' in o) return textOf(o);
      if ('error' in o) return String(o['error']);
      if ('hyperlink' in o || 'text' in o) return textOf(o['text']);
      if ('formula' in o || 'sharedFormula' in o) return scalar(o['result']);
    }
    return String(x);
  };
  return scalar(raw);
}

function readFormat(cell: ExcelJS.Cell): CellFormat | undefined {
  const f: CellFormat = cell.isMerged && cell.master !== cell ? {} : readTextFormat(cell);
  const nf = cell.numFmt;
  if (nf && !/^general$/i.test(nf)) f.nf = nf;
  const note = cell.note as unknown;
  if (note) {
    const text =
      typeof note === 'string' ? note : ((note as ExcelJS.Comment).texts ?? []).map((t) => t.text).join('');
    if (text) f.note = text;
  }
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  if (fill?.type === 'pattern' && fill.pattern === 'solid' && fill.fgColor?.argb) {
    const bg = colorOf(fill.fgColor.argb);
    if (bg !== '#ffffff') f.bg = bg;
  }
  const font = cell.font;
  if (font?.bold) f.bold = true;
  if (font?.italic) f.italic = true;
  if (font?.color?.argb) {
    const c = colorOf(font.color.argb);
    if (c !== '#000000') f.color = c;
  }
  const al = cell.alignment;
  if (al?.horizontal === 'left' || al?.horizontal === 'center' || al?.horizontal === 'right')
    f.hAlign = al.horizontal;
  if (al?.vertical === 'top' || al?.vertical === 'middle') f.vAlign = al.vertical;
  if (al?.wrapText) f.wrap = true;
  return Object.keys(f).length ? f : undefined;
}

const CRITERIA_OF: Record<string, string> = Object.fromEntries(
  Object.entries(OPERATORS).map(([k, v]) => [v, k]),
);

function fromExcelValidation(dv: ExcelJS.DataValidation): ValidationRule | null {
  // OOXML: without showErrorMessage nothing is rejected; 'warning'/'information' styles let the value in.
  const allowInvalid =
    dv.showErrorMessage !== true || (dv.errorStyle !== undefined && dv.errorStyle !== 'stop');
  const helpText = dv.prompt ?? '';
  if (dv.type === 'list') {
    const formula = String(dv.formulae?.[0] ?? '');
    const m = /^"(.*)"$/s.exec(formula);
    if (!m) return { criteria: 'VALUE_IN_RANGE', values: [formula, true], allowInvalid, helpText };
    const values = m[1]!.split(',').map((s) => s.replace(/""/g, '"'));
    return { criteria: 'VALUE_IN_LIST', values: [values, true], allowInvalid, helpText };
  }
  if (dv.type === 'decimal' || dv.type === 'whole') {
    const criteria = CRITERIA_OF[dv.operator ?? 'between'];
    if (!criteria) return null;
    return { criteria, values: (dv.formulae ?? []).map(Number), allowInvalid, helpText };
  }
  return null;
}

function colorOf(argbValue: string): string {
  return `#${argbValue.slice(-6).toLowerCase()}`;
}
