// Applies a sheet layout (headings, widths, frozen header, wrapped text, hidden and protected system
// columns, formats, drop-downs) with SpreadsheetApp, in as few calls as the layout allows (issue #14:
// setup made 215 calls, a call per column per property): one range per run of adjacent columns that share
// a setting, one RangeList per number format, widths painted in the fewest runs, a 2-D setter for the
// header's colours, nothing read on a sheet setup has just created.
//
// Printing: SpreadsheetApp has no page setup (paper size, orientation, scale, repeated rows) — the Sheet
// and Spreadsheet classes offer none (R/spreadsheet/sheet), and the request to export with a chosen
// orientation has stayed open since 2018 (issuetracker 79378403, cited in google-api-dotnet-client #1670).
// What the script can do it does: the header row is frozen (the print dialog's "Headers & footers →
// Repeat frozen rows" then repeats it on every page) and long text wraps instead of being cut. Paper A4,
// landscape and "Fit to width" are chosen in File → Print; that recipe is in the README and the Help.
import type { ColumnExtras, LayoutOptions } from '../app/ports';
import { columnLetters, trimRow } from '../domain/a1';
import type { ColumnDef } from '../domain/columns';
import { fewestPaints } from '../domain/paint';
import type { Lang } from '../domain/types';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export const PROTECTION_PREFIX = 'planbook';

const HEADER_BG = '#e8eaed';
const SYSTEM_HEADER_BG = '#dadce0';
const SYSTEM_BG = '#f3f3f3';
const SYSTEM_FG = '#5f6368';
/** The width of a new sheet's columns in Sheets (and in the emulator). */
const DEFAULT_COLUMN_WIDTH = 100;

/** Runs of adjacent columns (1-based, ascending) for which key() gives the same non-null value. */
function runs<T>(
  cols: number[],
  key: (col: number) => T | null,
): { from: number; count: number; value: T }[] {
  const out: { from: number; count: number; value: T }[] = [];
  for (const col of [...cols].sort((a, b) => a - b)) {
    const v = key(col);
    if (v === null) continue;
    const last = out[out.length - 1];
    if (last && last.from + last.count === col && last.value === v) last.count++;
    else out.push({ from: col, count: 1, value: v });
  }
  return out;
}

/**
 * Makes sure every column has its heading (added after the last column when missing, never over a typed
 * heading), then styles the sheet. Returns the 1-based column of each column id.
 */
export function applyLayout(
  sheet: Sheet,
  columns: readonly ColumnDef[],
  lang: Lang,
  extras: Record<string, ColumnExtras>,
  findColumn: (header: unknown[], c: ColumnDef) => number,
  opts: LayoutOptions = {},
  /** With headingsLater: the header's range, if the layout fetched it (the caller's write reuses it). */
  keepHead?: (range: Range, width: number) => void,
): Record<string, number> {
  const header = opts.fresh ? [] : trimRow(sheet.getRange('1:1').getValues()[0] ?? []);
  const positions: Record<string, number> = {};
  let next = header.length + 1;
  const missing: ColumnDef[] = [];
  for (const c of columns) {
    const i = findColumn(header, c);
    if (i >= 0) positions[c.id] = i + 1;
    else missing.push(c);
  }
  if (missing.length) {
    if (!opts.fresh) {
      const needed = next + missing.length - 1 - sheet.getMaxColumns();
      if (needed > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), needed);
    }
    const from = next;
    for (const c of missing) positions[c.id] = next++;
    // On a fresh sheet the new headings are the whole header row: written last, with its first rows.
    if (!opts.fresh) sheet.getRange(1, from, 1, missing.length).setValues([missing.map((c) => c[lang])]);
  }
  const width = Math.max(next - 1, 1);
  const byCol = new Map(columns.map((c) => [positions[c.id]!, c]));
  const cols = [...byCol.keys()];
  // Open-ended A1 ranges ('J:L', 'C2:E') reach the last row without asking for it (getMaxRows). A range
  // two settings need (a column's format and its drop-down) is fetched once.
  const a1 = (from: number, count: number, fromRow = 1) =>
    `${columnLetters(from)}${fromRow === 1 ? '' : fromRow}:${columnLetters(from + count - 1)}`;
  const fetched = new Map<string, Range>();
  const span = (from: number, count: number, fromRow = 1) => {
    const key = a1(from, count, fromRow);
    const r = fetched.get(key) ?? sheet.getRange(key);
    fetched.set(key, r);
    return r;
  };

  // System columns set apart (grey), before the header's own colours; a run of hidden ones alone (the
  // Settings' codes) is seen by no one and left as it is.
  const systemRuns = runs(cols, (col) => (byCol.get(col)!.system ? true : null)).filter(
    (r) => !Array.from({ length: r.count }, (_, i) => byCol.get(r.from + i)!).every((c) => c.hidden),
  );
  for (const r of systemRuns) span(r.from, r.count).setBackground(SYSTEM_BG).setFontColor(SYSTEM_FG);
  // The header row: bold and coloured; one range for all of it (fetched only if something is set on it).
  let headRange: Range | null = null;
  const head = () => {
    headRange ??= sheet.getRange(1, 1, 1, width);
    return headRange;
  };
  const headerBg = (col: number) => (byCol.get(col)?.system ? SYSTEM_HEADER_BG : HEADER_BG);
  // A sheet copied from a plain template has the template's header: bold, HEADER_BG, frozen. A hidden
  // column's header is seen by no one.
  const like = opts.fresh ? templateColumns(opts.like, width) : 0;
  const shown = (col: number) => !byCol.get(col)?.hidden;
  const cols1 = Array.from({ length: width }, (_, i) => i + 1);
  if (cols1.some((col) => shown(col) && col > like)) head().setFontWeight('bold');
  if (cols1.some((col) => shown(col) && (col > like || headerBg(col) !== HEADER_BG)))
    head().setBackgrounds([cols1.map(headerBg)]);
  const notes = columns.filter((c) => extras[c.id]?.note);
  if (notes.length && opts.fresh) {
    head().setNotes([cols1.map((col) => extras[byCol.get(col)?.id ?? '']?.note ?? '')]);
  } else for (const c of notes) sheet.getRange(1, positions[c.id]!).setNote(extras[c.id]!.note!);
  if (!like) sheet.setFrozenRows(1);
  // Long titles and names wrap instead of being cut at the column's edge (issue #15), header included.
  if (opts.wrap) span(1, width).setWrap(true).setVerticalAlignment('top');

  // Number formats: one call per format, its runs of columns in one RangeList (R/spreadsheet/range-list:
  // setNumberFormat "Sets the number or date format" of every range in the list).
  const byFormat = new Map<string, { from: number; count: number }[]>();
  for (const r of runs(cols, (col) => extras[byCol.get(col)!.id]?.format ?? null)) {
    byFormat.set(r.value, [...(byFormat.get(r.value) ?? []), r]);
  }
  for (const [format, rs] of byFormat) {
    if (rs.length === 1) span(rs[0]!.from, rs[0]!.count, 2).setNumberFormat(format);
    else sheet.getRangeList(rs.map((r) => a1(r.from, r.count, 2))).setNumberFormat(format);
  }
  // Drop-downs and bounds: one builder for every rule (each build() returns its own rule).
  // Invalid input gets a warning, not a refusal: "The default for new data validation rules is true"
  // (R/spreadsheet/data-validation-builder#setAllowInvalid), so no setAllowInvalid call.
  let builder: GoogleAppsScript.Spreadsheet.DataValidationBuilder | null = null;
  for (const c of columns) {
    const x = extras[c.id];
    if (!x?.list && !x?.nonNegative) continue;
    builder ??= SpreadsheetApp.newDataValidation();
    const rule = (
      x.list ? builder.requireValueInList(x.list, true) : builder.requireNumberGreaterThanOrEqualTo(0)
    ).build();
    span(positions[c.id]!, 1, 2).setDataValidation(rule);
  }
  setWidths(sheet, cols, byCol, opts.fresh === true, opts.fresh ? (opts.like ?? []) : []);
  for (const r of runs(cols, (col) => (byCol.get(col)!.hidden ? true : null)))
    sheet.hideColumns(r.from, r.count);
  protectSystemColumns(sheet, systemRuns, byCol, span, opts.fresh === true);
  if (opts.fresh && opts.headingsLater && headRange) keepHead?.(headRange, width);
  if (opts.fresh && !opts.headingsLater) {
    const headings = missing.map((c) => c[lang]);
    const rows = opts.rows ?? [];
    // The headings and the sheet's first rows in one write, after the formats they are typed under.
    if (rows.length === 0) head().setValues([headings]);
    else sheet.getRange(1, 1, rows.length + 1, width).setValues([headings, ...rows] as never);
  }
  return positions;
}

/**
 * How many columns a sheet copied from a template has the template's header and widths for. The template
 * is a plain planbook sheet (no extras, no system or hidden columns) and no wider than this one, so the
 * headings written over its row 1 leave none of its own.
 */
function templateColumns(like: readonly ColumnDef[] | undefined, width: number): number {
  if (!like) return 0;
  if (like.length > width || like.some((c) => c.system || c.hidden)) {
    throw new Error('A template must be a plain planbook sheet no wider than the new one');
  }
  return like.length;
}

/**
 * Widths in the fewest setColumnWidth(s) calls (domain/paint.ts): a hidden column takes whatever width
 * passes over it, a column that is not planbook's is never covered, and on a sheet setup has just made
 * the columns that keep Sheets' default width of 100 px (a new sheet's columns), or the width its template
 * gave them, cost nothing.
 */
function setWidths(
  sheet: Sheet,
  cols: number[],
  byCol: Map<number, ColumnDef>,
  fresh: boolean,
  like: readonly ColumnDef[],
): void {
  const cells = cols.map((pos) => ({
    pos,
    value: byCol.get(pos)!.hidden ? null : byCol.get(pos)!.width,
    ...(like[pos - 1] ? { now: like[pos - 1]!.width } : {}),
  }));
  for (const p of fewestPaints(cells, fresh ? DEFAULT_COLUMN_WIDTH : null)) {
    if (p.count === 1) sheet.setColumnWidth(p.from, p.value);
    else sheet.setColumnWidths(p.from, p.count, p.value);
  }
}

/**
 * System columns people can see are protected with a warning only: people are warned before typing
 * there, and the script (running as whoever triggered it) can always write. A run of hidden system
 * columns alone (the Settings' codes) is left unprotected: no one types into what they cannot see.
 * Old planbook protections are replaced (none on a fresh sheet: nothing to look up).
 */
function protectSystemColumns(
  sheet: Sheet,
  systemRuns: { from: number; count: number }[],
  byCol: Map<number, ColumnDef>,
  span: (from: number, count: number) => Range,
  fresh: boolean,
): void {
  if (!fresh) {
    for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
      if (p.getDescription().startsWith(PROTECTION_PREFIX)) p.remove();
    }
  }
  for (const r of systemRuns) {
    const defs = Array.from({ length: r.count }, (_, i) => byCol.get(r.from + i)!);
    span(r.from, r.count)
      .protect()
      .setDescription(`${PROTECTION_PREFIX}: ${defs.map((c) => c.ru).join(', ')}`)
      .setWarningOnly(true);
  }
}
