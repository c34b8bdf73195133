// Merged ranges follow rows and columns inserted and deleted around and inside them (merges.ts).
import { describe, expect, it } from 'vitest';
import { shiftMerges } from '../../localgas/services/spreadsheet/merges';
import type { SheetModel } from '../../localgas/services/spreadsheet/model';

function sheetWith(...merges: [number, number, number, number][]): SheetModel {
  return {
    id: 1,
    name: 'A',
    rows: [],
    maxRows: 100,
    maxCols: 26,
    frozenRows: 0,
    frozenCols: 0,
    widths: [],
    hidden: [],
    tabColor: null,
    merges: merges.map(([row, col, rowEnd, colEnd]) => ({ row, col, rowEnd, colEnd })),
  };
}

const ranges = (s: SheetModel) => (s.merges ?? []).map((m) => [m.row, m.col, m.rowEnd, m.colEnd]);

describe('shiftMerges', () => {
  it('rows inserted above move a merge; inside it, it grows; below, nothing', () => {
    const s = sheetWith([3, 1, 4, 2]);
    shiftMerges(s, 2, 2, false);
    expect(ranges(s)).toEqual([[5, 1, 6, 2]]);
    shiftMerges(s, 6, 1, false);
    expect(ranges(s)).toEqual([[5, 1, 7, 2]]);
    shiftMerges(s, 9, 3, false);
    expect(ranges(s)).toEqual([[5, 1, 7, 2]]);
  });

  it('rows deleted above move it up, inside shrink it, and a merge down to one cell goes', () => {
    const s = sheetWith([5, 1, 7, 2], [10, 3, 11, 3]);
    shiftMerges(s, 1, -2, false);
    expect(ranges(s)).toEqual([
      [3, 1, 5, 2],
      [8, 3, 9, 3],
    ]);
    shiftMerges(s, 4, -2, false); // rows 4–5 of 3–5
    expect(ranges(s)).toEqual([
      [3, 1, 3, 2],
      [6, 3, 7, 3],
    ]);
    shiftMerges(s, 7, -1, false); // C6:C7 loses C7: one cell, no merge
    expect(ranges(s)).toEqual([[3, 1, 3, 2]]);
    shiftMerges(s, 1, -1, true); // column A: B3 alone
    expect(ranges(s)).toEqual([]);
  });
});
