// Reading the plan: one read of each sheet, then the domain works out every row's timing, responsibles
// and problems. Writing back touches only the system columns, in one write, and only when they changed.

import { applyHolidays, type Holiday, type Holidays, parseHolidays } from '../domain/holidays';
import { numberingProblems } from '../domain/importText';
import { assignKeys } from '../domain/keys';
import { type ColumnMap, hasContent, mapColumns, type PlanRow, readRow } from '../domain/plan';
import { buildDirectory, type Directory, resolve, splitResponsibles } from '../domain/responsibles';
import { parseSchoolYear, schoolYearOf } from '../domain/schoolYear';
import { problemsText } from '../domain/texts/problems';
import { parseTiming } from '../domain/timing';
import type { Problem, SchoolYear, Timing } from '../domain/types';
import type { AppContext } from './context';
import type { PlanSheet } from './ports';

export interface PlanItem {
  row: PlanRow;
  timing: Timing;
  names: string[];
  recipients: string[];
  problems: Problem[];
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

export function currentSchoolYear(ctx: AppContext): SchoolYear {
  return parseSchoolYear(ctx.settings.get('schoolYear')) ?? schoolYearOf(ctx.today);
}

export function readDirectory(ctx: AppContext): Directory {
  const sheet = ctx.book.find('responsibles');
  const rows = sheet ? ctx.book.values(sheet).slice(1) : [];
  return buildDirectory(rows.map((r) => ({ who: String(r[0] ?? ''), emails: String(r[1] ?? '') })));
}

export function loadPlan(ctx: AppContext): PlanSnapshot {
  const sheet = ctx.book.find('plan');
  if (!sheet) throw new NotSetUpError();
  const values = ctx.book.values(sheet);
  const map = mapColumns(values[0] ?? []);
  const schoolYear = currentSchoolYear(ctx);
  const directory = readDirectory(ctx);
  const body = values.slice(1);
  const present = body.map((v) => hasContent(v, map));
  const keys = assignKeys(
    body.map((v) => (map.key >= 0 ? String(v[map.key] ?? '').trim() : '')),
    present,
    ctx.random,
  );
  const holidays = readHolidays(ctx, schoolYear);
  const items: PlanItem[] = [];
  body.forEach((v, i) => {
    if (!present[i]) return;
    const row = readRow(v, map, i + 2);
    row.key = keys[i]!;
    items.push(evaluate(row, schoolYear, directory, ctx.settings.timeZone, holidays.ranges));
  });
  return {
    sheet,
    map,
    values,
    firstRow: 2,
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

export function evaluate(
  row: PlanRow,
  sy: SchoolYear,
  dir: Directory,
  timeZone: string,
  holidays: Holiday[] = [],
): PlanItem {
  const timing = applyHolidays(parseTiming(row.period, sy, { dateCell: row.date, timeZone }), holidays);
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
 * Writes keys, sync state and problems of the rows whose system cells change, as one block of the
 * contiguous system columns spanning the first to the last changed row. Returns the rows written.
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
  let first = -1;
  let last = -1;
  for (let r = snap.firstRow; r <= lastRow; r++) {
    const old = cellsOf(snap, r)!;
    const it = byRow.get(r);
    const next = it
      ? [it.row.key, updates.get(r)?.sync ?? it.row.sync, problemsText(it.problems, ctx.lang)]
      : [old[map.key] ?? '', old[map.sync] ?? '', ''];
    rows.push(next);
    if (next.some((v, j) => String(v) !== String(old[cols[j]!] ?? ''))) {
      if (first < 0) first = r;
      last = r;
    }
  }
  if (first < 0) return 0;
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
  for (let r = first; r <= last; r++) {
    const v = cellsOf(snap, r)!;
    const nv = block[r - first]!;
    cols.forEach((c, j) => {
      v[c] = nv[j];
    });
  }
  return last - first + 1;
}
