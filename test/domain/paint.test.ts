import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Cell, fewestPaints, type Paint } from '../../src/domain/paint';

/** What the positions show after the paints, starting from base (undefined: unknown). */
function apply(cells: readonly Cell[], base: number | null, paints: Paint[]): Map<number, number | null> {
  const shown = new Map(cells.map((c) => [c.pos, base]));
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
  let level: (number | null)[][] = [cells.map(() => base)];
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
        (values, gaps, base) => {
          const cells = row(values, gaps);
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
