// The in-memory workbook: sheets of rows (arrays, so reading 5,000 x 12 cells is a copy, not a lookup per
// cell), per-cell formats, protections and developer metadata. No Apps Script API here: the fakes in
// range.ts/sheet.ts/spreadsheet.ts call these functions, and so does the emulator's "person".
import { DEFAULT_PRODUCT } from '../../product';
import { type CellValue, Wall } from './format';
import { type MergeModel, type RichRun, shiftMerges, withoutText } from './merges';

export interface ValidationRule {
  /** A DataValidationCriteria name, e.g. 'VALUE_IN_LIST'. */
  criteria: string;
  /** As getCriteriaValues() returns them, e.g. [['a', 'b'], true] for a list with a dropdown. */
  values: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

export interface CellFormat {
  nf?: string;
  note?: string;
  bg?: string;
  bold?: boolean;
  italic?: boolean;
  color?: string;
  hAlign?: string;
  vAlign?: string;
  wrap?: boolean;
  dv?: ValidationRule;
  /** Rich text runs of the cell's text as a person formatted it (merges.ts). */
  rich?: RichRun[];
  /** The link of the cell's text (an xlsx hyperlink; Sheets: a rich text link over the whole text). */
  link?: string;
}

export interface Row {
  v: CellValue[];
  f: (CellFormat | undefined)[];
  /** Ids of the developer metadata on this row: they travel with the row. */
  meta?: number[];
}

export interface SheetModel {
  id: number;
  name: string;
  /** rows[r - 1]; missing rows are empty. */
  rows: (Row | undefined)[];
  maxRows: number;
  maxCols: number;
  frozenRows: number;
  frozenCols: number;
  /** Pixel widths by column index (col - 1); missing = 100. */
  widths: (number | undefined)[];
  hidden: boolean[];
  tabColor: string | null;
  /** Merged ranges (merges.ts). */
  merges?: MergeModel[];
}

export type ProtectionKind = 'RANGE' | 'SHEET';

export interface ProtectionModel {
  id: number;
  sheetId: number;
  kind: ProtectionKind;
  row: number;
  col: number;
  /** Last row/column; null = to the end of the grid (a whole-column or whole-row range grows with it). */
  rowEnd: number | null;
  colEnd: number | null;
  description: string;
  warningOnly: boolean;
  editors: string[];
  domainEdit: boolean;
}

export type MetaLocation = 'SPREADSHEET' | 'SHEET' | 'ROW' | 'COLUMN';

export interface MetaModel {
  id: number;
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
  location: MetaLocation;
  sheetId?: number;
  /** COLUMN only (ROW metadata lives on the Row). */
  column?: number;
}

export const DEFAULT_WIDTH = 100;
export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLS = 26;

export class Book {
  id = '';
  name = DEFAULT_PRODUCT.name;
  timeZone = 'Europe/Moscow';
  locale = 'ru';
  sheets: SheetModel[] = [];
  protections: ProtectionModel[] = [];
  metas = new Map<number, MetaModel>();
  activeSheetId = 0;
  nextSheetId = 1;
  nextMetaId = 1;
  nextProtectionId = 1;
  /** Set by every change; save() writes files only when set. */
  dirty = false;
  /** Counts changes: caches of derived data (where row metadata is) are valid for one version. */
  version = 0;
  private metaRowCache = new Map<number, { version: number; rows: Map<number, number> }>();

  touch(): void {
    this.dirty = true;
    this.version++;
  }

  sheetById(id: number): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  sheetByName(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  activeSheet(): SheetModel {
    return this.sheetById(this.activeSheetId) ?? this.sheets[0]!;
  }

  addSheet(name: string, index = this.sheets.length, id?: number): SheetModel {
    const sheetId = id ?? this.newSheetId();
    const sheet: SheetModel = {
      id: sheetId,
      name,
      rows: [],
      maxRows: NEW_SHEET_ROWS,
      maxCols: NEW_SHEET_COLS,
      frozenRows: 0,
      frozenCols: 0,
      widths: [],
      hidden: [],
      tabColor: null,
    };
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, sheet);
    this.touch();
    return sheet;
  }

  private newSheetId(): number {
    // Google gives the first sheet gid 0 and later ones large numbers; keep them deterministic here.
    if (this.sheets.length === 0 && this.nextSheetId === 1) {
      this.nextSheetId++;
      return 0;
    }
    let id = this.nextSheetId * 1_000_003;
    while (this.sheets.some((s) => s.id === id)) id++;
    this.nextSheetId++;
    return id;
  }

  removeSheet(sheet: SheetModel): void {
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.protections = this.protections.filter((p) => p.sheetId !== sheet.id);
    for (const [id, m] of this.metas) if (m.sheetId === sheet.id) this.metas.delete(id);
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets[0]?.id ?? 0;
    this.touch();
  }

  addMeta(m: Omit<MetaModel, 'id'>, row?: { sheet: SheetModel; row: number }): MetaModel {
    const meta: MetaModel = { id: this.nextMetaId++, ...m };
    this.metas.set(meta.id, meta);
    if (row) {
      const r = ensureRow(row.sheet, row.row);
      attachMeta(r, meta.id);
    }
    this.touch();
    return meta;
  }

  removeMeta(id: number): void {
    const m = this.metas.get(id);
    if (!m) return;
    this.metas.delete(id);
    if (m.location === 'ROW') {
      const sheet = m.sheetId === undefined ? undefined : this.sheetById(m.sheetId);
      for (const r of sheet?.rows ?? []) {
        if (r?.meta?.includes(id)) r.meta = r.meta.filter((x) => x !== id);
      }
    }
    this.touch();
  }

  /** Where each ROW metadata item is now: id -> 1-based row. */
  metaRows(sheet: SheetModel): Map<number, number> {
    const cached = this.metaRowCache.get(sheet.id);
    if (cached && cached.version === this.version) return cached.rows;
    const out = new Map<number, number>();
    sheet.rows.forEach((r, i) => {
      for (const id of r?.meta ?? []) out.set(id, i + 1);
    });
    this.metaRowCache.set(sheet.id, { version: this.version, rows: out });
    return out;
  }
}

// --- cells ---

export function attachMeta(r: Row, id: number): void {
  if (r.meta) r.meta.push(id);
  else r.meta = [id];
}

export function ensureRow(sheet: SheetModel, row: number): Row {
  let r = sheet.rows[row - 1];
  if (!r) {
    while (sheet.rows.length < row - 1) sheet.rows.push(undefined);
    r = { v: [], f: [] };
    sheet.rows[row - 1] = r;
  }
  return r;
}

export function cellValue(sheet: SheetModel, row: number, col: number): CellValue {
  return sheet.rows[row - 1]?.v[col - 1] ?? '';
}

export function cellFormat(sheet: SheetModel, row: number, col: number): CellFormat | undefined {
  return sheet.rows[row - 1]?.f[col - 1];
}

export function setCellValue(sheet: SheetModel, row: number, col: number, v: CellValue): void {
  const r = sheet.rows[row - 1];
  if (v === '' && (!r || col > r.v.length)) return;
  const target = r ?? ensureRow(sheet, row);
  while (target.v.length < col - 1) target.v.push('');
  // Another text: the old one's runs and link go (a new object: sorts hold references to the old one).
  if (target.f[col - 1] && !sameValue(target.v[col - 1] ?? '', v))
    target.f[col - 1] = withoutText(target.f[col - 1]);
  target.v[col - 1] = v;
  if (v === '') trimRow(target);
}

function trimRow(r: Row): void {
  while (r.v.length > 0 && r.v[r.v.length - 1] === '') r.v.pop();
}

/** The cell's format object, created on demand (each cell owns its object). */
export function formatFor(sheet: SheetModel, row: number, col: number): CellFormat {
  const r = ensureRow(sheet, row);
  let f = r.f[col - 1];
  if (!f) {
    while (r.f.length < col - 1) r.f.push(undefined);
    f = {};
    r.f[col - 1] = f;
  }
  return f;
}

export function rowHasValues(r: Row | undefined): boolean {
  if (!r) return false;
  for (const v of r.v) if (v !== '') return true;
  return false;
}

export function lastRow(sheet: SheetModel): number {
  for (let i = sheet.rows.length - 1; i >= 0; i--) if (rowHasValues(sheet.rows[i])) return i + 1;
  return 0;
}

export function lastColumn(sheet: SheetModel): number {
  let max = 0;
  for (const r of sheet.rows) {
    if (!r) continue;
    for (let c = r.v.length; c > max; c--) {
      if (r.v[c - 1] !== '') {
        max = c;
        break;
      }
    }
  }
  return max;
}

export function copyFormat(f: CellFormat | undefined): CellFormat | undefined {
  if (!f) return undefined;
  const out: CellFormat = { ...f };
  if (f.dv) out.dv = { ...f.dv, values: f.dv.values.slice() };
  return out;
}

export function sameValue(a: CellValue, b: CellValue): boolean {
  if (a instanceof Wall && b instanceof Wall) return a.ms === b.ms;
  return a === b;
}

// --- structure: rows, columns, sort ---

/** Inserts `count` empty rows so that the first new row is `at`; formats are inherited from `inheritFrom`. */
export function insertRows(
  book: Book,
  sheet: SheetModel,
  at: number,
  count: number,
  inheritFrom?: number,
): void {
  const src = inheritFrom === undefined ? undefined : sheet.rows[inheritFrom - 1];
  const fresh: (Row | undefined)[] = [];
  for (let i = 0; i < count; i++) {
    fresh.push(src?.f.length ? { v: [], f: src.f.map((f) => (f ? inheritable(f) : undefined)) } : undefined);
  }
  while (sheet.rows.length < at - 1) sheet.rows.push(undefined);
  sheet.rows.splice(at - 1, 0, ...fresh);
  sheet.maxRows += count;
  for (const p of book.protections) {
    if (p.sheetId !== sheet.id || p.kind !== 'RANGE') continue;
    if (at <= p.row) p.row += count;
    if (p.rowEnd !== null && at <= p.rowEnd) p.rowEnd += count;
  }
  if (at <= sheet.frozenRows) sheet.frozenRows += count;
  shiftMerges(sheet, at, count, false);
  book.touch();
}

function inheritable(f: CellFormat): CellFormat | undefined {
  const out = copyFormat(f)!;
  delete out.note;
  delete out.rich;
  delete out.link;
  return Object.keys(out).length ? out : undefined;
}

export function deleteRows(book: Book, sheet: SheetModel, at: number, count: number): void {
  const removed = sheet.rows.splice(at - 1, count);
  for (const r of removed) for (const id of r?.meta ?? []) book.metas.delete(id);
  sheet.maxRows -= count;
  const end = at + count - 1;
  book.protections = book.protections.filter((p) => {
    if (p.sheetId !== sheet.id || p.kind !== 'RANGE') return true;
    if (p.rowEnd !== null) {
      if (p.rowEnd > end) p.rowEnd -= count;
      else if (p.rowEnd >= at) p.rowEnd = at - 1;
    }
    if (p.row > end) p.row -= count;
    else if (p.row >= at) p.row = at;
    return p.rowEnd === null || p.rowEnd >= p.row;
  });
  if (at <= sheet.frozenRows)
    sheet.frozenRows = Math.max(0, sheet.frozenRows - Math.min(count, sheet.frozenRows - at + 1));
  shiftMerges(sheet, at, -count, false);
  book.touch();
}

export function insertColumns(book: Book, sheet: SheetModel, at: number, count: number): void {
  const blanks = (n: number) => new Array<undefined>(n).fill(undefined);
  for (const r of sheet.rows) {
    if (!r) continue;
    if (r.v.length >= at) r.v.splice(at - 1, 0, ...new Array<CellValue>(count).fill(''));
    if (r.f.length >= at) r.f.splice(at - 1, 0, ...blanks(count));
  }
  if (sheet.widths.length >= at) sheet.widths.splice(at - 1, 0, ...blanks(count));
  if (sheet.hidden.length >= at) sheet.hidden.splice(at - 1, 0, ...new Array<boolean>(count).fill(false));
  sheet.maxCols += count;
  for (const p of book.protections) {
    if (p.sheetId !== sheet.id || p.kind !== 'RANGE') continue;
    if (at <= p.col) p.col += count;
    if (p.colEnd !== null && at <= p.colEnd) p.colEnd += count;
  }
  for (const m of book.metas.values()) {
    if (m.location === 'COLUMN' && m.sheetId === sheet.id && m.column !== undefined && m.column >= at)
      m.column += count;
  }
  shiftMerges(sheet, at, count, true);
  book.touch();
}

export interface SortSpec {
  column: number;
  ascending: boolean;
}

const collator = new Intl.Collator('ru', { sensitivity: 'base', numeric: false });

function rank(v: CellValue): number {
  if (typeof v === 'number' || v instanceof Wall) return 0;
  if (typeof v === 'string') return 1;
  return 2;
}

function compareValues(a: CellValue, b: CellValue): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (ra === 0) {
    const na = a instanceof Wall ? a.ms / 86_400_000 + 25569 : (a as number);
    const nb = b instanceof Wall ? b.ms / 86_400_000 + 25569 : (b as number);
    return na - nb;
  }
  if (ra === 1) return collator.compare(a as string, b as string);
  return Number(a) - Number(b);
}

/**
 * Sorts rows [row, row + numRows) by the given columns, moving the cells of columns [col, col + numCols)
 * with their formats. Empty cells sort last either way. Row developer metadata belongs to the row, not to
 * its cells: it moves only when the sort moves whole rows (every column). A sort of a selection (A:I)
 * moves cells between rows that stay where they are — whether Google moves row metadata even then is
 * not documented, so the fake takes the case a script must survive anyway.
 */
export function sortRows(
  book: Book,
  sheet: SheetModel,
  row: number,
  numRows: number,
  col: number,
  numCols: number,
  specs: SortSpec[],
): void {
  const idx = Array.from({ length: numRows }, (_, i) => row + i);
  const order = idx.slice().sort((ra, rb) => {
    for (const s of specs) {
      const a = cellValue(sheet, ra, s.column);
      const b = cellValue(sheet, rb, s.column);
      if (a === '' || b === '') {
        if (a === b) continue;
        return a === '' ? 1 : -1;
      }
      const c = compareValues(a, b);
      if (c !== 0) return s.ascending ? c : -c;
    }
    return ra - rb;
  });
  if (order.every((r, i) => r === idx[i])) return;
  const wholeRows = col === 1 && numCols >= sheet.maxCols;
  const snapshot = order.map((r) => {
    const src = sheet.rows[r - 1];
    return {
      v: Array.from({ length: numCols }, (_, k) => src?.v[col - 1 + k] ?? ''),
      f: Array.from({ length: numCols }, (_, k) => src?.f[col - 1 + k]),
      meta: src?.meta,
    };
  });
  snapshot.forEach((s, i) => {
    const r = row + i;
    for (let k = 0; k < numCols; k++) {
      setCellValue(sheet, r, col + k, s.v[k]!);
      const target = sheet.rows[r - 1];
      if (s.f[k] || target?.f[col - 1 + k]) {
        const t = target ?? ensureRow(sheet, r);
        while (t.f.length < col - 1 + k) t.f.push(undefined);
        t.f[col - 1 + k] = s.f[k];
      }
    }
    if (!wholeRows) return;
    const target = sheet.rows[r - 1];
    if (s.meta?.length) ensureRow(sheet, r).meta = s.meta;
    else if (target) delete target.meta;
  });
  book.touch();
}
