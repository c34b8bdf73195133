// Months written in a timing text ("май", "ноябрь-февраль", "до конца мая", "до мая") and the spans they make.
import { addDays, fromParts, lastDayOfMonth } from './days';
import { monthOfWord } from './russianDates';
import { yearOfMonth } from './schoolYear';
import {
  allMatches,
  linkedPairs,
  MONTH_NAME,
  type MonthPoint,
  rangeLink,
  resolveYears,
  type Scan,
  YEAR_SUFFIX,
} from './timingScan';
import type { Occurrence, SchoolYear } from './types';

const MONTH_ITEM = new RegExp('(' + MONTH_NAME + ')(?:\\s*(\\d{4})(?!\\d)' + YEAR_SUFFIX + ')?', 'g');

export function scanMonths(scan: Scan): MonthPoint[] {
  const s = scan.rest;
  const pts: MonthPoint[] = [];
  let prevEnd = -1;
  for (const m of allMatches(MONTH_ITEM, s)) {
    const start = m.index ?? 0;
    const mo = monthOfWord((m[1] ?? '').trim());
    if (mo === null) continue;
    const p: MonthPoint = { y: m[2] ? Number(m[2]) : null, m: mo, link: 'list' };
    const prev = pts[pts.length - 1];
    const before = s.slice(Math.max(prevEnd, 0), start);
    if (prev && rangeLink(before)) prev.link = 'range';
    else if (/(?:^|[^а-я])до\s+конца\s*$/.test(before)) p.deadline = 'end';
    else if (/(?:^|[^а-я])(?:до|не позднее|не позже)\s*$/.test(before)) p.deadline = 'before';
    pts.push(p);
    prevEnd = start + m[0].length;
    scan.consume(start, prevEnd);
  }
  return pts;
}

export function monthsToOccurrences(
  sy: SchoolYear,
  pts: MonthPoint[],
): { occ: Occurrence[]; deadline: boolean } {
  const occ: Occurrence[] = [];
  let deadline = false;
  for (const [a, b] of linkedPairs(pts)) {
    if (!b) {
      const y = a.y ?? yearOfMonth(sy, a.m);
      if (a.deadline) {
        deadline = true;
        const day = a.deadline === 'end' ? lastDayOfMonth(y, a.m) : addDays(fromParts(y, a.m, 1), -1);
        occ.push({ start: day, end: day });
      } else {
        occ.push({ start: fromParts(y, a.m, 1), end: lastDayOfMonth(y, a.m) });
      }
      continue;
    }
    const [ya, yb] = resolveYears(sy, a, b, (y1, y2) => y1 * 100 + a.m <= y2 * 100 + b.m);
    const start = fromParts(ya, a.m, 1);
    const end = lastDayOfMonth(yb, b.m);
    if (start <= end) occ.push({ start, end });
  }
  return { occ, deadline };
}
