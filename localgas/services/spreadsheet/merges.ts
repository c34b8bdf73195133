// Merged cells, rich text and cell links kept in the sheet model, so that plan.xlsx keeps what a person
// made of a typed cell across the script's saves. As in Sheets: a merged range's value lives in its
// top-left cell (the others read as ''); it grows and shrinks with rows and columns inserted or deleted
// inside it and goes when it is down to one cell (a person's sort or column move of part of a merge is
// refused by Sheets — "You must select all cells in a merged range" — and not modelled here). A cell's
// rich text runs and link belong to its text: writing another value (setValue, a person typing) drops
// them, as Sheets does (a RichTextValue is the text plus its runs, R/spreadsheet/rich-text-value).
// It knows the sheet model only by the fields it works on (model.ts imports it, not the other way).

export interface MergeModel {
  row: number;
  col: number;
  rowEnd: number;
  colEnd: number;
}

/** The font of one run of rich text (what xlsx keeps and Sheets' TextStyle has). */
export interface RunFont {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
  color?: string;
  size?: number;
  name?: string;
}

export interface RichRun {
  text: string;
  font?: RunFont;
}

/** Rows (or columns, `cols`) inserted at `at` (count > 0) or deleted from `at` (count < 0). */
export function shiftMerges(
  sheet: { merges?: MergeModel[] },
  at: number,
  count: number,
  cols: boolean,
): void {
  if (!sheet.merges?.length) return;
  const out: MergeModel[] = [];
  for (const m of sheet.merges) {
    let start = cols ? m.col : m.row;
    let end = cols ? m.colEnd : m.rowEnd;
    if (count > 0) {
      if (at <= start) start += count;
      if (at <= end) end += count;
    } else {
      const last = at - count - 1;
      const gone = (from: number, to: number) => Math.max(0, Math.min(to, last) - Math.max(from, at) + 1);
      const removed = gone(start, end);
      const before = gone(1, start - 1);
      start -= before;
      end -= before + removed;
    }
    const next = cols ? { ...m, col: start, colEnd: end } : { ...m, row: start, rowEnd: end };
    if (
      next.rowEnd >= next.row &&
      next.colEnd >= next.col &&
      (next.rowEnd > next.row || next.colEnd > next.col)
    )
      out.push(next);
  }
  sheet.merges = out;
}

/** The format a cell keeps when its value is replaced: without the runs and link of the old text. */
export function withoutText<F extends { rich?: RichRun[]; link?: string }>(
  f: F | undefined,
): Omit<F, 'rich' | 'link'> | undefined {
  if (!f || (f.rich === undefined && f.link === undefined)) return f;
  const { rich: _rich, link: _link, ...rest } = f;
  return Object.keys(rest).length ? rest : undefined;
}
