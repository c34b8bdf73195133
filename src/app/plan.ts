// Reading the plan: one read of each sheet, then the domain works out every row's timing, responsibles
// and problems. Writing back touches only the system columns, in one write, and only when they changed.

import { PLAN_COLUMNS, type PlanColumnId } from '../domain/columns';
import { applyHolidays, type Holiday, type Holidays, parseHolidays } from '../domain/holidays';
import { numberingProblems } from '../domain/importText';
import { isKey } from '../domain/keys';
import {
  type ColumnMap,
  hasContent,
  matchColumns,
  missingColumns,
  type PlanRow,
  readRow,
} from '../domain/plan';
import { shortHash } from '../domain/reminders';
import { buildDirectory, type Directory, resolve, splitResponsibles } from '../domain/responsibles';
import { chooseKeys, type KeyedRow, parseWitness, rowSignature, witnessNote } from '../domain/rowIdentity';
import { parseSchoolYear, schoolYearOf } from '../domain/schoolYear';
import { g } from '../domain/texts/guards';
import { problemsText } from '../domain/texts/problems';
import { t } from '../domain/texts/ui';
import { parseTiming } from '../domain/timing';
import type { Lang, Problem, SchoolYear, Timing } from '../domain/types';
import type { AppContext } from './context';
import type { PlanSheet } from './ports';

export interface PlanItem {
  row: PlanRow;
  timing: Timing;
  names: string[];
  recipients: string[];
  problems: Problem[];
  /** Neither the key cell nor its witness named the key: new, or the key column was lost. */
  freshKey?: boolean;
}

export interface PlanSnapshot {
  sheet: PlanSheet;
  map: ColumnMap;
  /** Values as read, header first; values[1] is sheet row firstRow. */
  values: unknown[][];
  /** The sheet row of values[1]: 2 for the whole plan, the first edited row for a few rows (planRows.ts). */
  firstRow: number;
  /** A few rows only (planRows.ts): which row keeps each key of the whole plan. */
  keyRows?: Map<string, number>;
  /** A few rows only: an edited row's content is not the one its key's witness names (planRows.ts). */
  suspect?: boolean;
  /** The key cells' notes (the rows' witnesses, domain/rowIdentity.ts) of the whole plan, from row 2. */
  keyNotes: string[];
  items: PlanItem[];
  planProblems: Problem[];
  schoolYear: SchoolYear;
  directory: Directory;
}

export class NotSetUpError extends Error {
  constructor() {
    super('not set up');
    this.name = 'NotSetUpError';
  }
}

/** A required Plan column cannot be found: the run stops before changing anything. */
export class MissingColumnsError extends Error {
  constructor(
    readonly columns: PlanColumnId[],
    lang: Lang,
  ) {
    const names = columns.map((id) => PLAN_COLUMNS.find((c) => c.id === id)![lang]);
    super(
      g('columnMissing', lang, {
        columns: names.map((n) => `«${n}»`).join(', '),
        example: names[0]!,
      }),
    );
    this.name = 'MissingColumnsError';
  }
}

/**
 * The Plan's columns: by heading, and when the headings do not settle it (a heading renamed beyond the
 * known spellings, a column moved onto another's name) by the anchors setup put on the columns.
 */
export function findPlanColumns(_ctx: AppContext, sheet: PlanSheet, header: unknown[]): ColumnMap {
  const first = matchColumns(header);
  if (!first.unsure) return first.map;
  const anchors: Record<string, number> = {};
  for (const [id, col] of Object.entries(sheet.columnAnchors())) anchors[id] = col - 1;
  return matchColumns(header, anchors).map;
}

const ANCHORED_PROP = 'plan:anchored';

/**
 * Puts the anchors on the Plan's columns when they are where no anchoring saw them yet (the first full
 * sync after setup, or after setup brought a deleted column back): one property read otherwise. Anchors
 * then follow their columns through moves by themselves. Twice a call per column, once: not in setup,
 * whose call count is budgeted (issue #14).
 */
export function ensureColumnAnchors(ctx: AppContext, snap: PlanSnapshot): void {
  const positions: Record<string, number> = {};
  for (const c of PLAN_COLUMNS) if (snap.map[c.id] >= 0) positions[c.id] = snap.map[c.id] + 1;
  const stamp = JSON.stringify(positions);
  const store = ctx.store();
  if (store.get(ANCHORED_PROP) === stamp) return;
  snap.sheet.setColumnAnchors(positions);
  store.set(ANCHORED_PROP, stamp);
}

/** findPlanColumns, stopping the run when a required column is not there. */
export function requirePlanColumns(ctx: AppContext, sheet: PlanSheet, header: unknown[]): ColumnMap {
  const map = findPlanColumns(ctx, sheet, header);
  const missing = missingColumns(map);
  if (missing.length) throw new MissingColumnsError(missing, ctx.lang);
  return map;
}

export function currentSchoolYear(ctx: AppContext): SchoolYear {
  return parseSchoolYear(ctx.settings.get('schoolYear')) ?? schoolYearOf(ctx.today);
}

export function readDirectory(ctx: AppContext): Directory {
  let rows = ctx.cachedDirectory;
  if (!rows) {
    const sheet = ctx.book.find('responsibles');
    const values = sheet ? ctx.book.values(sheet).slice(1) : [];
    rows = values.map((r) => ({ who: String(r[0] ?? ''), emails: String(r[1] ?? '') }));
  }
  ctx.directoryRows = rows;
  return buildDirectory(rows);
}

export function loadPlan(ctx: AppContext): PlanSnapshot {
  const sheet = ctx.book.find('plan');
  if (!sheet) throw new NotSetUpError();
  const values = ctx.book.values(sheet);
  const map = requirePlanColumns(ctx, sheet, values[0] ?? []);
  const schoolYear = currentSchoolYear(ctx);
  const directory = readDirectory(ctx);
  const body = values.slice(1);
  const present = body.map((v) => hasContent(v, map));
  const keyNotes = sheet.notes(2, map.key + 1, body.length, 1).map((r) => String(r[0] ?? ''));
  const rows: PlanRow[] = [];
  const keyed: KeyedRow[] = [];
  body.forEach((v, i) => {
    if (!present[i]) return;
    const row = readRow(v, map, i + 2);
    rows.push(row);
    keyed.push({ cell: row.key, witness: parseWitness(keyNotes[i] ?? ''), ...rowSignature(row) });
  });
  const keys = chooseKeys(keyed, ctx.random);
  const holidays = readHolidays(ctx, schoolYear);
  const zone = dateCellZone(ctx, rows);
  const items = rows.map((row, i) => {
    row.key = keys[i]!.key;
    const it = evaluate(row, schoolYear, directory, zone, holidays.ranges);
    if (keys[i]!.fresh) it.freshKey = true;
    return it;
  });
  return {
    sheet,
    map,
    values,
    firstRow: 2,
    keyNotes,
    items,
    planProblems: [...holidays.problems, ...numberingProblems(items.map((it) => it.row.number))],
    schoolYear,
    directory,
  };
}

/** The Settings' school holidays, and what in the setting could not be read. */
export function readHolidays(ctx: AppContext, sy: SchoolYear): Holidays {
  return parseHolidays(ctx.settings.get('holidays'), sy);
}

/**
 * The zone a Дата cell's date and time are read in: the spreadsheet's own (File → Settings), where
 * Sheets keeps what the person typed — not the Settings' «Часовой пояс», so changing that setting never
 * moves an event typed as a date (getValues gives the cell as an instant in the spreadsheet's zone;
 * R/spreadsheet/range#getvalues). One call, only when some row holds a date cell.
 */
export function dateCellZone(ctx: AppContext, rows: PlanRow[]): string {
  const dates = rows.some((r) => Object.prototype.toString.call(r.date) === '[object Date]');
  return (dates && ctx.book.timeZone()) || ctx.settings.timeZone;
}

/** A row's timing, responsibles and problems; `cellZone`: the zone of its Дата cell (dateCellZone). */
export function evaluate(
  row: PlanRow,
  sy: SchoolYear,
  dir: Directory,
  cellZone: string,
  holidays: Holiday[] = [],
): PlanItem {
  const timing = applyHolidays(
    parseTiming(row.period, sy, { dateCell: row.date, timeCell: row.time, timeZone: cellZone, holidays }),
    holidays,
  );
  const names = splitResponsibles(row.responsibles);
  const who = resolve(dir, names);
  const problems: Problem[] = [];
  if (!row.title) problems.push({ code: 'row.noTitle' });
  problems.push(...timing.problems);
  if (names.length === 0) problems.push({ code: 'row.noResponsible' });
  problems.push(...who.problems);
  if (row.status === null) problems.push({ code: 'row.badStatus', params: { status: row.statusText } });
  const p = row.participants;
  if (
    p !== '' &&
    p !== null &&
    p !== undefined &&
    !(typeof p === 'number' && p >= 0 && Number.isInteger(p))
  ) {
    problems.push({ code: 'row.badParticipants', params: { value: String(p) } });
  }
  return { row, timing, names, recipients: who.recipients, problems };
}

/** The cells of a sheet row as read (undefined when the snapshot does not hold that row). */
export function cellsOf(snap: PlanSnapshot, row: number): unknown[] | undefined {
  return row >= snap.firstRow ? snap.values[row - snap.firstRow + 1] : undefined;
}

/** Extra system-column values a use case wants written (sync state), by sheet row. */
export type SystemUpdates = Map<number, { sync?: string }>;

/**
 * Writes keys, sync state, problems and the key cells' witnesses of the rows whose system cells change,
 * as one block of the contiguous system columns spanning the first to the last changed row (and one
 * write of the witnesses). Text a person typed into Sync or Problems since planbook last wrote them is
 * moved into that cell's note first, text typed over a key into the witness note: never erased.
 * Returns the rows written.
 */
export function writeSystemColumns(
  ctx: AppContext,
  snap: PlanSnapshot,
  updates: SystemUpdates = new Map(),
): number {
  const { map } = snap;
  const cols = [map.key, map.sync, map.problems];
  if (cols.some((c) => c < 0)) throw new NotSetUpError();
  const contiguous = cols[1] === cols[0]! + 1 && cols[2] === cols[0]! + 2;
  const byRow = new Map(snap.items.map((it) => [it.row.row, it]));
  const lastRow = snap.firstRow + snap.values.length - 2;
  const rows: unknown[][] = [];
  const notes: string[] = [];
  const kept: { row: number; col: number; text: string }[] = [];
  let first = -1;
  let last = -1;
  for (let r = snap.firstRow; r <= lastRow; r++) {
    const old = cellsOf(snap, r)!;
    const oldNote = snap.keyNotes[r - 2] ?? '';
    const line = systemLine(ctx, old, oldNote, map, byRow.get(r), updates.get(r)?.sync);
    for (const k of line.kept) kept.push({ row: r, col: k.col, text: k.text });
    rows.push(line.values);
    notes.push(line.note);
    if (line.note !== oldNote || line.values.some((v, j) => String(v) !== String(old[cols[j]!] ?? ''))) {
      if (first < 0) first = r;
      last = r;
    }
  }
  if (first < 0) return 0;
  for (const k of kept) {
    // The cell's note now (read only when a person's text must be kept there).
    const note = snap.sheet.notes(k.row, k.col + 1, 1, 1)[0]?.[0] ?? '';
    snap.sheet.setNotes(k.row, k.col + 1, [
      [[note, g('typedKept', ctx.lang, { text: k.text })].filter(Boolean).join('\n')],
    ]);
  }
  const block = rows.slice(first - snap.firstRow, last - snap.firstRow + 1);
  if (contiguous) {
    ctx.book.write(snap.sheet, first, cols[0]! + 1, block);
  } else {
    cols.forEach((c, j) => {
      ctx.book.write(
        snap.sheet,
        first,
        c + 1,
        block.map((r) => [r[j]]),
      );
    });
  }
  const noteBlock = notes.slice(first - snap.firstRow, last - snap.firstRow + 1);
  if (noteBlock.some((n, i) => n !== (snap.keyNotes[first - 2 + i] ?? ''))) {
    snap.sheet.setNotes(
      first,
      map.key + 1,
      noteBlock.map((n) => [n]),
    );
  }
  for (let r = first; r <= last; r++) {
    const v = cellsOf(snap, r)!;
    const nv = block[r - first]!;
    cols.forEach((c, j) => {
      v[c] = nv[j];
    });
    snap.keyNotes[r - 2] = noteBlock[r - first]!;
  }
  return last - first + 1;
}

/** A text planbook writes into Sync (texts/ui.ts sync*): not a person's. */
function isSyncText(text: string, lang: Lang): boolean {
  const shapes = (['syncOk', 'syncNoDate', 'syncCancelled', 'syncPending', 'syncError'] as const).map(
    (id) => t(id, lang, { count: '\u0000', message: '\u0000' }).split('\u0000')[0]!,
  );
  return shapes.some((p) => p !== '' && text.startsWith(p));
}

/** One row's system cells and witness as they must be, and the typed texts to keep in cell notes. */
function systemLine(
  ctx: AppContext,
  old: unknown[],
  oldNote: string,
  map: ColumnMap,
  it: PlanItem | undefined,
  sync: string | undefined,
): { values: unknown[]; note: string; kept: { col: number; text: string }[] } {
  const w = parseWitness(oldNote);
  const cell = (c: number) => String(old[c] ?? '').trim();
  // Typed since planbook wrote it: the witness holds the hash of what planbook wrote. Without a witness
  // (a plan from before witnesses, or the key column was deleted) a text that is not the one planbook
  // writes now and not one of its Sync texts is kept too: a note too many rather than a text lost.
  const nextProblemsText = it ? problemsText(it.problems, ctx.lang) : '';
  const typed = (c: number, hash: string | undefined, now: string) => {
    const text = cell(c);
    if (text === '') return false;
    if (w) return shortHash(text) !== hash;
    return text !== now.trim() && !(c === map.sync && isSyncText(text, ctx.lang));
  };
  const kept: { col: number; text: string }[] = [];
  const typedSync = typed(map.sync, w?.sync, sync ?? '');
  const typedProblems = typed(map.problems, w?.problems, nextProblemsText);
  if (typedSync) kept.push({ col: map.sync, text: cell(map.sync) });
  if (typedProblems) kept.push({ col: map.problems, text: cell(map.problems) });
  if (!it) {
    // An emptied row keeps its key (its events are found by it and deleted) and loses planbook's problems.
    return { values: [old[map.key] ?? '', old[map.sync] ?? '', ''], note: oldNote, kept };
  }
  const nextSync = sync ?? (typedSync ? '' : it.row.sync);
  const nextProblems = nextProblemsText;
  const extra = w?.extra.slice() ?? [];
  const keyCell = cell(map.key);
  if (keyCell && !isKey(keyCell) && !extra.some((x) => x.includes(keyCell))) {
    extra.push(g('typedKept', ctx.lang, { text: keyCell }));
  }
  const note = witnessNote({
    key: it.row.key,
    ...rowSignature(it.row),
    sync: shortHash(nextSync.trim()),
    problems: shortHash(nextProblems.trim()),
    extra,
  });
  return { values: [it.row.key, nextSync, nextProblems], note, kept };
}
