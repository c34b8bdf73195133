// Loading and saving the workbook: plan.xlsx (values and layout, the truth a person may edit in
// LibreOffice or Excel between runs) plus the sidecar <state>/spreadsheet.json (ids, developer metadata,
// protections, grid sizes).
//
// Row metadata after an outside edit: each ROW item is saved with its row number and a short hash of each
// of the row's cells; on load it is placed by placeRowMetas() (same row if unchanged, the row it moved to,
// the most similar nearby row, or dropped when its row is gone).
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { productOf } from '../../product';
import type { ServiceContext } from '../../service';
import { Wall } from './format';
import {
  attachMeta,
  Book,
  type MetaModel,
  NEW_SHEET_COLS,
  NEW_SHEET_ROWS,
  type ProtectionModel,
  type Row,
} from './model';
import { readXlsx, writeXlsx } from './xlsx';

const STATE = 'spreadsheet';

interface SidecarSheet {
  id: number;
  name: string;
  /** The worksheet's name in plan.xlsx when Excel's rules changed it. */
  xlsxName?: string;
  maxRows: number;
  maxCols: number;
}

export interface SidecarMeta extends MetaModel {
  row?: number;
  /** ROW only: cellKeys() of the row when saved, to find the row again after an outside edit. */
  cells?: string[];
}

interface Sidecar {
  version: 1;
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  activeSheetId: number;
  nextSheetId: number;
  nextMetaId: number;
  nextProtectionId: number;
  sheets: SidecarSheet[];
  protections: ProtectionModel[];
  metas: SidecarMeta[];
}

export function newSpreadsheetId(): string {
  return `1${randomBytes(33).toString('base64url').slice(0, 43)}`;
}

/** The workbook in plan.xlsx; a file exceljs cannot read is named with what to do, not its zip error. */
async function readXlsxOf(path: string, setupCommand: string): Promise<Awaited<ReturnType<typeof readXlsx>>> {
  try {
    return await readXlsx(readFileSync(path));
  } catch {
    throw new Error(
      `Не удалось прочитать таблицу ${path}: файл повреждён или это не таблица Excel (.xlsx). ` +
        'Если вы сохраняли его в LibreOffice или Excel, откройте его там и сохраните снова как «Excel 2007–365 (.xlsx)». ' +
        `Если он испорчен, верните прежнюю копию файла; или переименуйте его и выполните ${setupCommand} — листы плана будут созданы заново, а импорт плана надо будет повторить.`,
    );
  }
}

export async function loadBook(ctx: ServiceContext): Promise<Book> {
  const side = ctx.workspace.readState<Sidecar | null>(STATE, null);
  const book = new Book();
  book.id = side?.id ?? newSpreadsheetId();
  book.name = side?.name ?? productOf(ctx).name;
  book.timeZone = side?.timeZone ?? ctx.session.timeZone ?? 'Europe/Moscow';
  book.locale = side?.locale ?? 'ru';
  book.nextSheetId = side?.nextSheetId ?? 1;
  book.nextMetaId = side?.nextMetaId ?? 1;
  book.nextProtectionId = side?.nextProtectionId ?? 1;

  const path = ctx.workspace.planPath;
  if (!existsSync(path)) {
    // A new Google Sheet in the ru locale.
    book.addSheet('Лист1');
    for (const m of side?.metas ?? []) if (m.location === 'SPREADSHEET') book.metas.set(m.id, stripMeta(m));
    book.activeSheetId = book.sheets[0]!.id;
    book.dirty = side === null;
    return book;
  }

  const loaded = await readXlsxOf(path, productOf(ctx).setupCommand);
  const unclaimed = new Set(side?.sheets ?? []);
  const sameCount = (side?.sheets.length ?? -1) === loaded.length;
  loaded.forEach((ls, index) => {
    let match = [...unclaimed].find((s) => (s.xlsxName ?? s.name) === ls.name);
    // Renamed in LibreOffice: same number of sheets, so take the one at this position.
    if (!match && sameCount) {
      const atIndex = side?.sheets[index];
      if (atIndex && unclaimed.has(atIndex)) match = atIndex;
    }
    if (match) unclaimed.delete(match);
    const name = match && (match.xlsxName ?? match.name) === ls.name ? match.name : ls.name;
    const sheet = book.addSheet(name, book.sheets.length, match?.id);
    sheet.rows = ls.rows;
    sheet.maxRows = Math.max(match?.maxRows ?? NEW_SHEET_ROWS, ls.rows.length, ls.frozenRows);
    sheet.maxCols = Math.max(match?.maxCols ?? NEW_SHEET_COLS, ls.usedCols, ls.widths.length, ls.frozenCols);
    sheet.frozenRows = ls.frozenRows;
    sheet.frozenCols = ls.frozenCols;
    sheet.widths = ls.widths;
    sheet.hidden = ls.hidden;
    sheet.tabColor = ls.tabColor;
    if (ls.merges.length) sheet.merges = ls.merges;
  });
  if (book.sheets.length === 0) book.addSheet('Лист1');
  const ids = new Set(book.sheets.map((s) => s.id));
  book.activeSheetId = side && ids.has(side.activeSheetId) ? side.activeSheetId : book.sheets[0]!.id;
  book.protections = (side?.protections ?? []).filter((p) => ids.has(p.sheetId));
  restoreMetas(book, side?.metas ?? []);
  book.dirty = side === null;
  return book;
}

function stripMeta(m: SidecarMeta): MetaModel {
  const { row: _row, cells: _cells, ...rest } = m;
  return rest;
}

/** How far from its saved position a row is looked for when its content changed. */
const SEARCH_WINDOW = 50;

function restoreMetas(book: Book, metas: SidecarMeta[]): void {
  const rowMetas = new Map<number, SidecarMeta[]>();
  for (const m of metas) {
    if (m.location === 'SPREADSHEET') book.metas.set(m.id, stripMeta(m));
    else if (m.sheetId === undefined || !book.sheetById(m.sheetId)) continue;
    else if (m.location !== 'ROW') book.metas.set(m.id, stripMeta(m));
    else if (m.row !== undefined) {
      const list = rowMetas.get(m.sheetId) ?? [];
      list.push(m);
      rowMetas.set(m.sheetId, list);
    }
  }
  for (const [sheetId, list] of rowMetas) {
    const sheet = book.sheetById(sheetId)!;
    const placed = placeRowMetas(sheet.rows, list);
    for (const m of list) {
      const at = placed.get(m.id);
      if (at === undefined) continue;
      book.metas.set(m.id, stripMeta(m));
      while (sheet.rows.length < at - 1) sheet.rows.push(undefined);
      const r = sheet.rows[at - 1] ?? { v: [], f: [] };
      sheet.rows[at - 1] = r;
      attachMeta(r, m.id);
    }
  }
}

/**
 * Where each saved row metadata item belongs in the rows as loaded: on its saved row if that row's cells
 * are unchanged; else on the only row with exactly its saved cells (moved outside); else on the most
 * similar row near its saved position (at least half of the non-empty cells equal: the row was edited in
 * place or nearby); else nowhere (the row was deleted outside).
 */
export function placeRowMetas(rows: (Row | undefined)[], list: SidecarMeta[]): Map<number, number> {
  const keysCache = new Map<number, string[]>();
  const keysAt = (r: number) => {
    let k = keysCache.get(r);
    if (!k) {
      k = cellKeys(rows[r - 1]);
      keysCache.set(r, k);
    }
    return k;
  };
  const placed = new Map<number, number>();
  const claimed = new Set<string>();
  const place = (m: SidecarMeta, r: number) => {
    placed.set(m.id, r);
    claimed.add(`${r}:${m.key}`);
  };
  const saved = (m: SidecarMeta) => m.cells ?? [];
  let pending = list.filter((m) => {
    if (m.cells === undefined || sameKeys(keysAt(m.row!), saved(m))) {
      place(m, m.row!);
      return false;
    }
    return true;
  });
  if (pending.length === 0) return placed;
  const byContent = new Map<string, number[]>();
  for (let r = 1; r <= rows.length; r++) {
    const k = keysAt(r).join('|');
    byContent.set(k, [...(byContent.get(k) ?? []), r]);
  }
  pending = pending.filter((m) => {
    const found = (byContent.get(saved(m).join('|')) ?? []).filter((r) => !claimed.has(`${r}:${m.key}`));
    if (found.length !== 1) return true;
    place(m, found[0]!);
    return false;
  });
  for (const m of pending) {
    let best = 0;
    let bestScore = -1;
    const from = Math.max(1, m.row! - SEARCH_WINDOW);
    const to = Math.min(rows.length, m.row! + SEARCH_WINDOW);
    for (let r = from; r <= to; r++) {
      if (claimed.has(`${r}:${m.key}`)) continue;
      const score = similarity(keysAt(r), saved(m));
      if (score < 0.5) continue;
      const closer = Math.abs(r - m.row!) < Math.abs(best - m.row!);
      if (score > bestScore || (score === bestScore && closer)) {
        best = r;
        bestScore = score;
      }
    }
    if (best) place(m, best);
  }
  return placed;
}

/** A short hash per cell ('' for empty cells), trailing empties dropped. */
export function cellKeys(r: Row | undefined): string[] {
  const out = (r?.v ?? []).map((v) => {
    if (v === '') return '';
    const text = v instanceof Wall ? `d${v.ms}` : `${typeof v}:${String(v)}`;
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return (h >>> 0).toString(36);
  });
  while (out.length && out[out.length - 1] === '') out.pop();
  return out;
}

function sameKeys(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function similarity(a: string[], b: string[]): number {
  let same = 0;
  let total = 0;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    if (!x && !y) continue;
    total++;
    if (x === y) same++;
  }
  return total === 0 ? 1 : same / total;
}

/** Writes plan.xlsx and the sidecar, if anything changed since the last load/save; returns plan.xlsx's bytes. */
export async function saveBook(ctx: ServiceContext, book: Book): Promise<Uint8Array | null> {
  if (!book.dirty) return null;
  const { buffer, names } = await writeXlsx(book);
  ctx.workspace.ensure();
  ctx.workspace.writeFile(ctx.workspace.planPath, buffer);
  const metas: SidecarMeta[] = [];
  for (const m of book.metas.values()) if (m.location !== 'ROW') metas.push({ ...m });
  for (const sheet of book.sheets) {
    sheet.rows.forEach((r, i) => {
      for (const id of r?.meta ?? []) {
        const m = book.metas.get(id);
        if (m) metas.push({ ...m, row: i + 1, cells: cellKeys(r) });
      }
    });
  }
  metas.sort((a, b) => a.id - b.id);
  const side: Sidecar = {
    version: 1,
    id: book.id,
    name: book.name,
    timeZone: book.timeZone,
    locale: book.locale,
    activeSheetId: book.activeSheetId,
    nextSheetId: book.nextSheetId,
    nextMetaId: book.nextMetaId,
    nextProtectionId: book.nextProtectionId,
    sheets: book.sheets.map((s) => {
      const xlsxName = names.get(s.id);
      return {
        id: s.id,
        name: s.name,
        ...(xlsxName && xlsxName !== s.name ? { xlsxName } : {}),
        maxRows: s.maxRows,
        maxCols: s.maxCols,
      };
    }),
    protections: book.protections,
    metas,
  };
  ctx.workspace.writeState(STATE, side);
  book.dirty = false;
  return buffer;
}
