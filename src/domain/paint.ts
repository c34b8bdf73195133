// The fewest "paint a run of adjacent positions with one value" steps that leave every position with its
// value: Sheets sets column widths only so (Sheet.setColumnWidths(start, count, width)), one call a run.
// A run of one width may be painted over a narrower column between two of the same width and that
// column painted again after (240 130 240: two calls, not three). Positions whose value does not matter
// (hidden columns) are covered by whatever paint passes; a gap in the positions (a column that is not
// ours) is never painted over. `base` is the value every position already has (a new sheet's default
// width), or null when it is unknown; a cell's own `now` says what that position has where it differs (a
// sheet copied from a template has the template's widths).

export interface Cell {
  pos: number;
  /** null: any value will do. */
  value: number | null;
  /** What the position has now, where it is not `base`. */
  now?: number | null;
}

export interface Paint {
  from: number;
  count: number;
  value: number;
}

/** Paints in the order they must be applied (a later one may cover part of an earlier one). */
export function fewestPaints(cells: readonly Cell[], base: number | null): Paint[] {
  const sorted = [...cells].sort((a, b) => a.pos - b.pos);
  const out: Paint[] = [];
  let segment: Cell[] = [];
  const flush = () => {
    out.push(...paintSegment(segment, base));
    segment = [];
  };
  for (const c of sorted) {
    const last = segment[segment.length - 1];
    if (last && c.pos !== last.pos + 1) flush();
    segment.push(c);
  }
  flush();
  return out;
}

/** No paint has passed over the position: it shows what it had (`now`, else `base`). */
const AS_IS = Symbol('as is');
type Bg = number | typeof AS_IS;

/** One run of adjacent positions: an interval DP over the positions that need a value. */
function paintSegment(segment: readonly Cell[], base: number | null): Paint[] {
  const seq = segment.filter((c): c is Cell & { value: number } => c.value !== null);
  const n = seq.length;
  const memo = new Map<string, { cost: number; k: number }>();
  // What seq[i] shows under bg: the paint's value, or (bg AS_IS: nothing painted over it) its own.
  const shows = (i: number, bg: Bg) => (bg === AS_IS ? (seq[i]!.now === undefined ? base : seq[i]!.now) : bg);
  // cost(i, j, bg): paints for seq[i..j] when all of it shows bg now; k = -1 skips i (already right),
  // otherwise the first paint gives seq[i]'s value to seq[i..k] and the rest is solved on either side.
  const solve = (i: number, j: number, bg: Bg): { cost: number; k: number } => {
    if (i > j) return { cost: 0, k: -1 };
    const key = `${i},${j},${String(bg)}`;
    const known = memo.get(key);
    if (known) return known;
    const v = seq[i]!.value;
    let best = { cost: Number.POSITIVE_INFINITY, k: -1 };
    if (v === shows(i, bg)) best = { cost: solve(i + 1, j, bg).cost, k: -1 };
    else {
      for (let k = i; k <= j; k++) {
        if (seq[k]!.value !== v) continue;
        const c = 1 + solve(i + 1, k, v).cost + solve(k + 1, j, bg).cost;
        if (c < best.cost) best = { cost: c, k };
      }
    }
    memo.set(key, best);
    return best;
  };
  const paints: Paint[] = [];
  const build = (i: number, j: number, bg: Bg) => {
    if (i > j) return;
    const { k } = solve(i, j, bg);
    if (k < 0) return build(i + 1, j, bg);
    const v = seq[i]!.value;
    paints.push({ from: seq[i]!.pos, count: seq[k]!.pos - seq[i]!.pos + 1, value: v });
    build(i + 1, k, v);
    build(k + 1, j, bg);
  };
  build(0, n - 1, AS_IS);
  return paints;
}
