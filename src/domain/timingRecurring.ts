// Recurring items ("ежемесячно", "еженедельно по средам", "каждую четверть", "2 раза в год"): one occurrence
// per period inside the study period (1 September – 31 May).
import { addDays, fromParts, weekday } from './days';
import { halfSpan, monthSpan, quarterSpan, studyPeriod } from './schoolYear';
import { monthsToOccurrences } from './timingMonths';
import { type MonthPoint, pad2, type Scan } from './timingScan';
import type { Occurrence, Problem, SchoolYear, Timing } from './types';

export type Every = NonNullable<Timing['every']>;

export const RECURRING: ReadonlyArray<readonly [Every, RegExp]> = [
  ['week', /еженедельн\S*|кажд(?:ую|ой|ая)\s+недел\S*|(?:\d+\s*)?раз(?:а)?\s+в\s+неделю/],
  [
    'week',
    /кажд(?:ый|ую|ое)\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)|по\s+(?:понедельникам|вторникам|средам|четвергам|пятницам|субботам|воскресеньям)/,
  ],
  ['month', /ежемесячн\S*|кажд(?:ый|ого|ом)\s+месяц\S*|(?:\d+\s*)?раз(?:а)?\s+в\s+месяц/],
  [
    'quarter',
    /ежекварт\S*|поквартальн\S*|кажд(?:ую|ой|ая)\s+четверт\S*|(?:\d+\s*)?раз(?:а)?\s+в\s+(?:четверть|квартал)|по\s+(?:четвертям|итогам\s+четвертей)/,
  ],
  [
    'half',
    /(?:\d+\s*)?раз(?:а)?\s+в\s+(?:полугодие|полгода)|кажд(?:ое|ом)\s+полугоди\S*|по\s+полугодиям|(?:2|два)\s+раза\s+в\s+(?:учебный\s+)?год/,
  ],
];

/**
 * The time of a weekday's series, as plans write it: «в 15:00», «15:00-16:30», «в 15.00», «в 15 ч.»,
 * «(начало в 14:30)». The first time is the start (the calendar's event then lasts an hour). A dotted
 * time is one only where it cannot be a date: «в 15.00», «в 14.30» — not «в 15.10» or «с 15.10» (from
 * 15 October). A time past 23:59 is a problem.
 */
const TIMES: readonly RegExp[] = [
  /(?<![\d.:])(\d{1,2}):(\d{2})(?!\d)(?:\s*-\s*\d{1,2}[:.]\d{2})?/,
  /(?<![а-я])(?:в|начало)\s+(\d{1,2})\.(00|1[3-9]|[2-5]\d)(?![\d.])(?:\s*-\s*\d{1,2}[:.]\d{2})?/,
  /(?<![а-я])(?:в|с|начало)\s+(\d{1,2})()\s*(?:ч\.?|час\S*)(?![а-я])/,
];

export function recurringTime(scan: Scan, problems: Problem[]): string | null {
  for (const re of TIMES) {
    const m = re.exec(scan.rest);
    if (!m) continue;
    scan.consume(m.index, m.index + m[0].length);
    const h = Number(m[1]);
    const min = m[2] ? Number(m[2]) : 0;
    if (h > 23 || min > 59) {
      problems.push({ code: 'timing.badTime', params: { time: `${m[1]}:${m[2] || '00'}` } });
      return null;
    }
    return `${pad2(h)}:${pad2(min)}`;
  }
  return null;
}

export const WEEKDAY_RE = /(?:понедельник|вторник|сред[аыуе]|четверг|пятниц|суббот|воскресен)[а-я]*/;

export function recurringOccurrences(
  sy: SchoolYear,
  every: Every,
  wd: number | null,
  months: MonthPoint[],
): Occurrence[] {
  const study = studyPeriod(sy);
  const out: Occurrence[] = [];
  if (every === 'month') {
    let list = [9, 10, 11, 12, 1, 2, 3, 4, 5];
    if (months.length > 0) {
      const picked: number[] = [];
      for (const o of monthsToOccurrences(sy, months).occ) {
        let y = Number(o.start.slice(0, 4));
        let m = Number(o.start.slice(5, 7));
        for (let guard = 0; fromParts(y, m, 1) <= o.end && guard < 24; guard++) {
          if (picked.indexOf(m) < 0) picked.push(m);
          m = m === 12 ? 1 : m + 1;
          if (m === 1) y++;
        }
      }
      if (picked.length > 0) list = picked;
    }
    for (const m of list) out.push(monthSpan(sy, m));
    return out.sort((a, b) => (a.start < b.start ? -1 : 1));
  }
  if (every === 'quarter' || every === 'half') {
    const n = every === 'quarter' ? 4 : 2;
    for (let i = 1; i <= n; i++) {
      const span = every === 'quarter' ? quarterSpan(sy, i) : halfSpan(sy, i);
      if (span) out.push(span);
    }
    return out;
  }
  if (wd !== null) {
    let d = addDays(study.start, (wd - weekday(study.start) + 7) % 7);
    for (; d <= study.end; d = addDays(d, 7)) out.push({ start: d, end: d });
    return out;
  }
  for (let start = study.start; start <= study.end; ) {
    let end = addDays(start, 7 - weekday(start));
    if (end > study.end) end = study.end;
    out.push({ start, end });
    start = addDays(end, 1);
  }
  return out;
}
