// Loading and saving the workbook: plan.xlsx (values and layout, the truth a person may edit in
// LibreOffice or Excel between runs) plus the sidecar .planbook/spreadsheet.json (ids, developer metadata,
// protections, grid sizes).
//
// Row metadata after an outside edit: each ROW item is saved with its row number and a fingerprint of the
// row's values. On load it stays on its row when the fingerprint still matches there, follows the row when
// exactly one row elsewhere has that fingerprint (rows inserted/deleted/sorted in LibreOffice), and
// otherwise stays by position (a row both edited and moved outside loses its metadata to its old position;
// a row deleted outside drops its metadata only when another item took over that position by fingerprint).
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from '../../files';
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

interface SidecarMeta extends MetaModel {
  row?: number;
  fp?: string;
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

export function fingerprint(r: Row | undefined): string {
  const vals = (r?.v ?? []).map((v) => (v instanceof Wall ? `d${v.ms}` : `${typeof v}:${String(v)}`));
  while (vals.length && vals[vals.length - 1] === 'string:') vals.pop();
  return createHash('sha1').update(JSON.stringify(vals)).digest('base64url').slice(0, 16);
}

export async function loadBook(ctx: ServiceContext): Promise<Book> {
  const side = ctx.workspace.readState<Sidecar | null>(STATE, null);
  const book = new Book();
  book.id = side?.id ?? newSpreadsheetId();
  book.name = side?.name ?? 'planbook';
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

  const loaded = await readXlsx(readFileSync(path));
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
  const { row: _row, fp: _fp, ...rest } = m;
  return rest;
}

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
    let byFp: Map<string, number[]> | null = null;
    const index = () => {
      if (!byFp) {
        byFp = new Map();
        for (let r = 1; r <= sheet.rows.length; r++) {
          const fp = fingerprint(sheet.rows[r - 1]);
          byFp.set(fp, [...(byFp.get(fp) ?? []), r]);
        }
      }
      return byFp;
    };
    const placed = new Map<number, number>();
    const claimed = new Set<string>();
    const pending: SidecarMeta[] = [];
    for (const m of list) {
      const at = m.row!;
      if (m.fp === undefined || fingerprint(sheet.rows[at - 1]) === m.fp) {
        placed.set(m.id, at);
      } else {
        const rows = index().get(m.fp) ?? [];
        if (rows.length === 1) placed.set(m.id, rows[0]!);
        else pending.push(m);
      }
      if (placed.has(m.id)) claimed.add(`${placed.get(m.id)}:${m.key}`);
    }
    for (const m of pending) {
      if (m.row! > sheet.maxRows || claimed.has(`${m.row}:${m.key}`)) continue;
      placed.set(m.id, m.row!);
    }
    for (const m of list) {
      const at = placed.get(m.id);
      if (at === undefined) continue;
      book.metas.set(m.id, stripMeta(m));
      const r = sheet.rows[at - 1] ?? { v: [], f: [] };
      while (sheet.rows.length < at - 1) sheet.rows.push(undefined);
      sheet.rows[at - 1] = r;
      attachMeta(r, m.id);
    }
  }
}

/** Writes plan.xlsx (atomically) and the sidecar, if anything changed since the last load/save. */
export async function saveBook(ctx: ServiceContext, book: Book): Promise<boolean> {
  if (!book.dirty) return false;
  const { buffer, names } = await writeXlsx(book);
  ctx.workspace.ensure();
  writeFileAtomic(ctx.workspace.planPath, buffer);
  const metas: SidecarMeta[] = [];
  for (const m of book.metas.values()) if (m.location !== 'ROW') metas.push({ ...m });
  for (const sheet of book.sheets) {
    sheet.rows.forEach((r, i) => {
      for (const id of r?.meta ?? []) {
        const m = book.metas.get(id);
        if (m) metas.push({ ...m, row: i + 1, fp: fingerprint(r) });
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
  return true;
}
