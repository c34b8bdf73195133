import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Cell, fewestPaints, type Paint } from '../../src/domain/paint';

/** What a position shows before any paint: its own `now`, else base (null: unknown). */
const before = (c: Cell, base: number | null) => (c.now === undefined ? base : c.now);

/** What the positions show after the paints. */
function apply(cells: readonly Cell[], base: number | null, paints: Paint[]): Map<number, number | null> {
  const shown = new Map(cells.map((c) => [c.pos, before(c, base)]));
  for (const p of paints) {
    for (let x = p.from; x < p.from + p.count; x++) {
      // a paint never touches a position that is not one of the cells (someone else's column)
      expect(shown.has(x)).toBe(true);
      shown.set(x, p.value);
    }
  }
  return shown;
}

/** The fewest paints by breadth-first search over every interval and value (small inputs only). */
function bruteForce(cells: readonly Cell[], base: number | null): number {
  const positions = cells.map((c) => c.pos);
  const values = [...new Set(cells.map((c) => c.value).filter((v): v is number => v !== null))];
  const done = (s: (number | null)[]) => cells.every((c, i) => c.value === null || s[i] === c.value);
  let level: (number | null)[][] = [cells.map((c) => before(c, base))];
  const seen = new Set(level.map((s) => s.join()));
  for (let steps = 0; ; steps++) {
    if (level.some(done)) return steps;
    const next: (number | null)[][] = [];
    for (const s of level) {
      for (let a = 0; a < cells.length; a++) {
        for (let b = a; b < cells.length && positions[b] === positions[a]! + (b - a); b++) {
          for (const v of values) {
            const t = s.slice();
            for (let x = a; x <= b; x++) t[x] = v;
            const key = t.join();
            if (!seen.has(key)) {
              seen.add(key);
              next.push(t);
            }
          }
        }
      }
    }
    level = next;
  }
}

const row = (values: (number | null)[], gaps: number[] = []): Cell[] => {
  let pos = 0;
  return values.map((value, i) => {
    pos += 1 + (gaps.includes(i) ? 1 : 0);
    return { pos, value };
  });
};

describe('fewestPaints (column widths in the fewest setColumnWidths calls)', () => {
  it('paints a wide run over a narrow column between and the narrow one after', () => {
    const cells = row([240, 130, 240]);
    const paints = fewestPaints(cells, null);
    expect(paints).toHaveLength(2);
    expect(apply(cells, null, paints)).toEqual(
      new Map([
        [1, 240],
        [2, 130],
        [3, 240],
      ]),
    );
  });

  it('leaves what already has its value (a new sheet at the default width) and what does not matter', () => {
    const cells = row([100, 140, null, 140, 100]);
    expect(fewestPaints(cells, 100)).toEqual([{ from: 2, count: 3, value: 140 }]);
    expect(fewestPaints(cells, null)).toHaveLength(2); // 100 over all five, then 140 over the middle
  });

  it('leaves a position that has its value already from a template (its own `now`)', () => {
    // Настройки copied from Ответственные (300 300 520): its 300 300 520 and hidden code cost nothing
    const like = [300, 300, 520];
    const cells = row([300, 300, 520, null]).map((c, i) => ({ ...c, now: like[i] }));
    expect(fewestPaints(cells, 100)).toEqual([]);
    const log = row([160, 160, 520]).map((c, i) => ({ ...c, now: like[i] }));
    expect(fewestPaints(log, 100)).toEqual([{ from: 1, count: 2, value: 160 }]);
  });

  it('never paints over a column that is not one of ours', () => {
    const cells = row([140, 140], [1]); // positions 1 and 3
    expect(fewestPaints(cells, null)).toEqual([
      { from: 1, count: 1, value: 140 },
      { from: 3, count: 1, value: 140 },
    ]);
  });

  it('gives every position its value in as few paints as a search finds', () => {
    const value = fc.option(fc.constantFrom(50, 100, 140, 240), { nil: null });
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 1, maxLength: 6 }),
        fc.array(fc.nat(5), { maxLength: 2 }),
        fc.constantFrom(100, null),
        // what a sheet copied from a template has at some positions
        fc.array(fc.option(fc.constantFrom(140, 300), { nil: undefined }), { maxLength: 6 }),
        (values, gaps, base, nows) => {
          const cells = row(values, gaps).map((c, i) => (nows[i] === undefined ? c : { ...c, now: nows[i] }));
          const paints = fewestPaints(cells, base);
          const shown = apply(cells, base, paints);
          for (const c of cells) if (c.value !== null) expect(shown.get(c.pos)).toBe(c.value);
          expect(paints.length).toBe(bruteForce(cells, base));
        },
      ),
      { numRuns: 300 },
    );
  });
});
