// Dates written in a timing text ("12.04", "12 и 19 апреля", "с 28 октября по 3 ноября", "15.10.2026 14.00"),
// their times, and the occurrences they make.
import { formatDayRu, fromParts, isValidParts } from './days';
import { monthOfWord } from './russianDates';
import { yearOfMonth } from './schoolYear';
import {
  allMatches,
  fullYear,
  linkedPairs,
  MONTH_NAME,
  type Point,
  pad2,
  rangeLink,
  resolveYears,
  type Scan,
  YEAR_SUFFIX,
} from './timingScan';
import type { Occurrence, Problem, SchoolYear } from './types';

const NUMERIC_DATE = new RegExp(
  '(?<![\\d.,:/])(?:(\\d{1,2})\\s*-\\s*)?(\\d{1,2})[./](\\d{1,2})(?:[./](\\d{4}|\\d{2}))?(?![\\d])' +
    YEAR_SUFFIX,
  'g',
);
const VERBAL_DATE = new RegExp(
  '(?<![\\d.,:])(\\d{1,2})((?:\\s*(?:,|и|-|по|до)\\s*\\d{1,2})*)\\s*(' +
    MONTH_NAME +
    ')(?:\\s*,?\\s*(\\d{4})(?!\\d)' +
    YEAR_SUFFIX +
    ')?',
  'g',
);
const TIME_COLON =
  /\s*,?\s*(?:(?:в|с|начало( в)?)\s*)?(\d{1,2}):(\d{2})(?!\d)(?:\s*(?:-|до)\s*\d{1,2}[:.]\d{2}(?!\d))?/y;
const TIME_DOT = /\s*(в\s*)?(\d{1,2})\.(\d{2})(?![\d.])(?:\s*(?:-|до)\s*\d{1,2}[:.]\d{2}(?!\d))?/y;
const TIME_HOURS = /\s*,?\s*в\s*(\d{1,2})\s*(?:ч\.?|час\S*)(?:\s*(\d{2})\s*мин\.?)?/y;
const TIME_ANYWHERE = /(?<![\d.:])(\d{1,2}):(\d{2})(?!\d)/g;

export interface DateItem {
  start: number;
  end: number;
  points: Point[];
  explicitYear: boolean;
}

function readTime(
  scan: Scan,
  at: number,
  explicitYear: boolean,
): { time: string; end: number; bad?: string } | null {
  for (const re of [TIME_COLON, TIME_DOT, TIME_HOURS]) {
    re.lastIndex = at;
    const m = re.exec(scan.rest);
    if (!m) continue;
    let h: string | undefined;
    let min: string | undefined;
    if (re === TIME_COLON) {
      h = m[2];
      min = m[3];
    } else if (re === TIME_DOT) {
      if (!m[1] && !explicitYear) continue; // "12.04 19.04" is two dates; "15.10.2026 14.00" is a time
      h = m[2];
      min = m[3];
    } else {
      h = m[1];
      min = m[2] ?? '00';
    }
    const hh = Number(h);
    const mm = Number(min);
    const text = h + ':' + min;
    if (hh > 23 || mm > 59) return { time: '', end: re.lastIndex, bad: text };
    return { time: pad2(hh) + ':' + (min ?? '00'), end: re.lastIndex };
  }
  return null;
}

export function scanDates(scan: Scan, problems: Problem[]): DateItem[] {
  const found: DateItem[] = [];
  const s = scan.rest;
  for (const m of allMatches(NUMERIC_DATE, s)) {
    const start = m.index ?? 0;
    const y = fullYear(m[4]);
    const mo = Number(m[3]);
    const points: Point[] = [];
    if (m[1]) points.push({ y, m: mo, d: Number(m[1]), link: 'range' });
    points.push({ y, m: mo, d: Number(m[2]), link: 'list' });
    found.push({ start, end: start + m[0].length, points, explicitYear: y !== null });
  }
  for (const m of allMatches(VERBAL_DATE, s)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (found.some((f) => f.start < end && start < f.end)) continue;
    const mo = monthOfWord((m[3] ?? '').trim());
    if (mo === null) continue;
    const y = fullYear(m[4]);
    const points: Point[] = [{ y, m: mo, d: Number(m[1]), link: 'list' }];
    const more = m[2] ?? '';
    for (const part of allMatches(/\s*(,|и|-|по|до)\s*(\d{1,2})/g, more)) {
      const prev = points[points.length - 1];
      if (prev) prev.link = /^(?:-|по|до)$/.test(part[1] ?? '') ? 'range' : 'list';
      points.push({ y, m: mo, d: Number(part[2]), link: 'list' });
    }
    found.push({ start, end, points, explicitYear: y !== null });
  }
  found.sort((a, b) => a.start - b.start);
  const kept: DateItem[] = [];
  let cursor = 0;
  for (const item of found) {
    if (item.start < cursor) continue; // inside a time already read ("15.10.2026 14.00")
    const t = readTime(scan, item.end, item.explicitYear);
    if (t) {
      if (t.bad) problems.push({ code: 'timing.badTime', params: { time: t.bad } });
      else for (const p of item.points) p.time = t.time;
      item.end = t.end;
    }
    cursor = item.end;
    kept.push(item);
  }
  found.length = 0;
  found.push(...kept);
  for (const item of found) scan.consume(item.start, item.end);
  // a single time written elsewhere ("12 и 19 апреля (начало 10:00)") applies to every date
  if (found.length > 0) {
    const times = allMatches(TIME_ANYWHERE, scan.rest);
    const first = times[0];
    if (times.length === 1 && first) {
      const hh = Number(first[1]);
      const mm = Number(first[2]);
      if (hh <= 23 && mm <= 59) {
        for (const item of found)
          for (const p of item.points) if (!p.time) p.time = pad2(hh) + ':' + first[2];
      }
      const at = first.index ?? 0;
      scan.consume(at, at + first[0].length);
    }
  }
  // link items: "12.04 - 19.04", "с 28 октября по 3 ноября"
  for (let i = 0; i + 1 < found.length; i++) {
    const a = found[i];
    const b = found[i + 1];
    if (!a || !b) continue;
    const last = a.points[a.points.length - 1];
    if (last && rangeLink(s.slice(a.end, b.start))) last.link = 'range';
  }
  return found;
}

export function pointsToOccurrences(sy: SchoolYear, items: DateItem[], problems: Problem[]): Occurrence[] {
  const pts = items.flatMap((i) => i.points);
  const out: Occurrence[] = [];
  const valid = (y: number, p: Point): boolean => {
    if (isValidParts(y, p.m, p.d)) return true;
    const shown = pad2(p.d) + '.' + pad2(p.m) + (p.y !== null ? '.' + p.y : '');
    problems.push({ code: 'timing.invalidDate', params: { date: shown } });
    return false;
  };
  for (const [a, b] of linkedPairs(pts)) {
    if (!b) {
      const y = a.y ?? yearOfMonth(sy, a.m);
      if (valid(y, a)) {
        const day = fromParts(y, a.m, a.d);
        out.push(a.time ? { start: day, end: day, time: a.time } : { start: day, end: day });
      }
      continue;
    }
    // "с 20 по 12 апреля" is reversed, not a year long
    const sameMonth = a.m === b.m && a.y === null && b.y === null;
    const own = yearOfMonth(sy, a.m);
    const [ya, yb] = sameMonth
      ? [own, own]
      : resolveYears(sy, a, b, (y1, y2) => y1 * 10000 + a.m * 100 + a.d <= y2 * 10000 + b.m * 100 + b.d);
    if (!valid(ya, a) || !valid(yb, b)) continue;
    const start = fromParts(ya, a.m, a.d);
    const end = fromParts(yb, b.m, b.d);
    if (start > end) {
      problems.push({
        code: 'timing.reversedRange',
        params: { start: formatDayRu(start), end: formatDayRu(end) },
      });
      continue;
    }
    out.push(a.time ? { start, end, time: a.time } : { start, end });
  }
  return out;
}
