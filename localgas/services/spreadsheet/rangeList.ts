// RangeList: ranges of one sheet that one call formats together (R/spreadsheet/range-list). Sheet's
// getRangeList(a1Notations) "Returns the RangeList collection representing the ranges in the same sheet
// specified by a non-empty list of A1 notations" (R/spreadsheet/sheet#getRangeList(String)). Each setter
// is one call that changes every range of the list, as that range's own setter would.
import type { Env, Range } from './env';
import { RangeFake } from './range';

type RangeList = GoogleAppsScript.Spreadsheet.RangeList;
type Methods =
  | 'getRanges'
  | 'setBackground'
  | 'setFontColor'
  | 'setFontWeight'
  | 'setNumberFormat'
  | 'setVerticalAlignment'
  | 'setWrap';

export class RangeListFake implements Pick<RangeList, Methods> {
  /** The ranges' own setters, not counted: the list's one call is. */
  private readonly quiet: RangeFake[];

  constructor(
    private readonly env: Env,
    private readonly ranges: Range[],
  ) {
    const silent: Env = Object.create(env, { hit: { value: () => {} } });
    this.quiet = ranges.map((r) => {
      const f = r as unknown as RangeFake;
      return new RangeFake(silent, f.sheetModel, f.row, f.col, f.numRows, f.numCols, f.kind);
    });
  }

  private each(method: Methods, fn: (r: RangeFake) => void): RangeList {
    this.env.hit(`RangeList.${method}`);
    for (const r of this.quiet) fn(r);
    return this as unknown as RangeList;
  }

  getRanges(): Range[] {
    this.env.hit('RangeList.getRanges');
    return this.ranges.slice();
  }
  setBackground(color: string | null): RangeList {
    return this.each('setBackground', (r) => r.setBackground(color));
  }
  setFontColor(color: string | null): RangeList {
    return this.each('setFontColor', (r) => r.setFontColor(color));
  }
  setFontWeight(fontWeight: 'normal' | 'bold' | null): RangeList {
    return this.each('setFontWeight', (r) => r.setFontWeight(fontWeight));
  }
  setNumberFormat(format: string): RangeList {
    return this.each('setNumberFormat', (r) => r.setNumberFormat(format));
  }
  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): RangeList {
    return this.each('setVerticalAlignment', (r) => r.setVerticalAlignment(alignment));
  }
  setWrap(isWrapEnabled: boolean): RangeList {
    return this.each('setWrap', (r) => r.setWrap(isWrapEnabled));
  }
}
