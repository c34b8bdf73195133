// Reading a few rows of the plan (the on-edit sync): the header, the edited rows and the key column —
// not the whole plan (≈ 75,000 cells at 5,000 rows for one edited cell, issue #14). The key column is
// what finding the rows needs: a pasted row carrying another row's key loses it, as in a full read
// (domain/keys.ts: the first row keeps a key), so an edit can never move another row's events. With the
// key column come its notes, the rows' witnesses (domain/rowIdentity.ts): an edited row whose content is
// not the one its key's witness names (a sort of a selection moved it there) marks the snapshot suspect,
// and the sync reads the whole plan instead.
import { columnLetters, trimRow } from '../domain/a1';
import { hasContent, type PlanRow, readRow } from '../domain/plan';
import { chooseKeys, type KeyedRow, matchesWitness, parseWitness, rowSignature } from '../domain/rowIdentity';
import type { AppContext } from './context';
import {
  currentSchoolYear,
  dateCellZone,
  evaluate,
  NotSetUpError,
  type PlanItem,
  type PlanSnapshot,
  readDirectory,
  readHolidays,
  requirePlanColumns,
} from './plan';

/** The rows first..last (1-based sheet rows, clipped to the sheet) as a snapshot writeSystemColumns takes. */
export function loadRows(ctx: AppContext, first: number, last: number): PlanSnapshot {
  const sheet = ctx.book.find('plan');
  if (!sheet) throw new NotSetUpError();
  // Whole-row and whole-column A1 ranges ('1:1', 'K2:K') need no getLastRow/getLastColumn first.
  const header = trimRow(sheet.readA1('1:1')[0] ?? []);
  const lastCol = header.length;
  const map = requirePlanColumns(ctx, sheet, header);
  const from = Math.max(first, 2);
  const to = last;
  const block = to >= from && lastCol > 0 ? sheet.read(from, 1, to - from + 1, lastCol) : [];
  // The key column with its notes, the witnesses of every key (domain/rowIdentity.ts), in one range.
  const keyColumn = sheet.readWithNotesA1(`${columnLetters(map.key + 1)}2:${columnLetters(map.key + 1)}`);
  const keyCells = keyColumn.values.map((r) => String(r[0] ?? '').trim());
  const keyNotes = keyColumn.notes.map((r) => String(r[0] ?? ''));
  const schoolYear = currentSchoolYear(ctx);
  const directory = readDirectory(ctx);
  const holidays = readHolidays(ctx, schoolYear).ranges;
  const inBlock = (row: number) => row >= from && row <= to;
  // Rows outside the block: a key means a row that keeps it (its content is not read, and is taken to be
  // the one its witness names — the edited rows are checked against theirs below).
  const present = keyCells.map((k, i) => (inBlock(i + 2) ? hasContent(block[i + 2 - from]!, map) : k !== ''));
  const rows = new Map<number, PlanRow>();
  const keyed: KeyedRow[] = [];
  const index: number[] = [];
  let suspect = false;
  for (let i = 0; i < Math.max(keyCells.length, to - 1); i++) {
    const row = i + 2;
    if (inBlock(row) ? !hasContent(block[row - from]!, map) : !present[i]) continue;
    const witness = parseWitness(keyNotes[i] ?? '');
    if (inBlock(row)) {
      const r = readRow(block[row - from]!, map, row);
      const sig = rowSignature(r);
      if (!matchesWitness(witness, sig)) suspect = true;
      rows.set(row, r);
      keyed.push({ cell: r.key, witness, ...sig });
    } else {
      keyed.push({ cell: keyCells[i]!, witness, sig: witness?.sig ?? '', title: witness?.title ?? '' });
    }
    index.push(row);
  }
  const keys = chooseKeys(keyed, ctx.random);
  const zone = dateCellZone(ctx, [...rows.values()]);
  const keyRows = new Map<string, number>();
  const items: PlanItem[] = [];
  keys.forEach((k, j) => {
    const row = index[j]!;
    if (!keyRows.has(k.key)) keyRows.set(k.key, row);
    const r = rows.get(row);
    if (!r) return;
    r.key = k.key;
    items.push(evaluate(r, schoolYear, directory, zone, holidays));
  });
  return {
    sheet,
    map,
    values: [header, ...block],
    firstRow: from,
    keyRows,
    keyNotes,
    suspect,
    items,
    planProblems: [],
    schoolYear,
    directory,
  };
}
