// Reading a few rows of the plan (the on-edit sync): the header, the edited rows and the key column —
// not the whole plan (≈ 75,000 cells at 5,000 rows for one edited cell, issue #14). The key column is
// what finding the rows needs: a pasted row carrying another row's key loses it, as in a full read
// (domain/keys.ts: the first row keeps a key), so an edit can never move another row's events.
import { columnLetters, trimRow } from '../domain/a1';
import { assignKeys } from '../domain/keys';
import { hasContent, mapColumns, readRow } from '../domain/plan';
import type { AppContext } from './context';
import {
  currentSchoolYear,
  evaluate,
  NotSetUpError,
  type PlanItem,
  type PlanSnapshot,
  readDirectory,
  readHolidays,
} from './plan';

/** The rows first..last (1-based sheet rows, clipped to the sheet) as a snapshot writeSystemColumns takes. */
export function loadRows(ctx: AppContext, first: number, last: number): PlanSnapshot {
  const sheet = ctx.book.find('plan');
  if (!sheet) throw new NotSetUpError();
  // Whole-row and whole-column A1 ranges ('1:1', 'K2:K') need no getLastRow/getLastColumn first.
  const header = trimRow(sheet.readA1('1:1')[0] ?? []);
  const lastCol = header.length;
  const map = mapColumns(header);
  const from = Math.max(first, 2);
  const to = last;
  const block = to >= from && lastCol > 0 ? sheet.read(from, 1, to - from + 1, lastCol) : [];
  const keyCells =
    map.key >= 0
      ? sheet
          .readA1(`${columnLetters(map.key + 1)}2:${columnLetters(map.key + 1)}`)
          .map((r) => String(r[0] ?? '').trim())
      : [];
  const schoolYear = currentSchoolYear(ctx);
  const directory = readDirectory(ctx);
  const holidays = readHolidays(ctx, schoolYear).ranges;
  // Rows outside the block: a key means a row that keeps it (its content is not read).
  const present = keyCells.map((k, i) => {
    const row = i + 2;
    return row >= from && row <= to ? hasContent(block[row - from]!, map) : k !== '';
  });
  const keys = assignKeys(keyCells, present, ctx.random);
  const keyRows = new Map<string, number>();
  keys.forEach((k, i) => {
    if (present[i] && !keyRows.has(k)) keyRows.set(k, i + 2);
  });
  const items: PlanItem[] = [];
  block.forEach((v, i) => {
    const row = from + i;
    if (!hasContent(v, map)) return;
    const r = readRow(v, map, row);
    r.key = keys[row - 2] ?? r.key;
    items.push(evaluate(r, schoolYear, directory, ctx.settings.timeZone, holidays));
  });
  return {
    sheet,
    map,
    values: [header, ...block],
    firstRow: from,
    keyRows,
    items,
    planProblems: [],
    schoolYear,
    directory,
  };
}
