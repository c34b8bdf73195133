// The timing parser: what the Сроки text (and the Дата cell) of a plan row says about when it happens.
//
// Decisions (see also schoolYear.ts):
// - Months and dates without a year belong to the school year: Sep–Dec → startYear, Jan–Aug → startYear + 1.
// - A range of months whose end would come before its start wraps: "ноябрь-февраль" is Nov..Feb of the
//   next calendar year; if it starts in August ("август-сентябрь") it is the August before the school
//   year (and gets the outside-the-year warning), otherwise the end moves a year on.
// - A deadline ("до 20 мая", "не позднее 15.10", "до конца мая") is a single-day occurrence ON the
//   deadline day, kind 'deadline': the calendar shows when the work is due, not a months-long bar.
//   "до мая" (without a day) means "before May": the deadline is the last day of April.
// - "The whole year" ("в течение года", "постоянно") and recurring items cover the study period,
//   1 September – 31 May, not the summer holidays. Whole year: one occurrence for that span.
//   Recurring: one occurrence per period inside it (each month Sep..May; each Monday..Sunday week,
//   clipped to the study period; each quarter; each half). "Еженедельно по средам" gives the Wednesdays.
// - A date range ("12-19 апреля", "с 12.04 по 19.04") is kind 'date' with one occurrence start..end.
// - "летние каникулы" is June–August (kind 'range'); other holidays ("в каникулы") are unscheduled.
//   Seasons are months too: "осенью" Sep–Nov, "зимой" Dec–Feb, "весной" Mar–May.
// - A filled Дата cell wins over the text; a number there is read as a Sheets serial date.
// - When dates or months are written, they win over a term or "в течение года" in the same text.
import {
  addDays,
  dateMs,
  formatDayRu,
  fromParts,
  isDateObject,
  isValidParts,
  lastDayOfMonth,
  wallTime,
  weekday,
} from './days';
import { withHolidays } from './holidayPeriods';
import type { Holiday } from './holidays';
import { findObservance } from './observances';
import { MONTH_WORD, monthOfWord, normalizePeriod, termNumber, weekdayOfWord } from './russianDates';
import {
  formatSchoolYear,
  halfSpan,
  monthSpan,
  quarterSpan,
  schoolYearBounds,
  studyPeriod,
} from './schoolYear';
import { withTimeCell } from './timeCell';
import type { Occurrence, Problem, SchoolYear, Timing, TimingKind } from './types';
import { expandAbbreviations, scanMonthParts } from './weeks';

export interface TimingOptions {
  /** Value of the Дата column: a Date (an instant, read in timeZone), a string, a number, or ''. */
  dateCell?: unknown;
  /** IANA time zone, default Europe/Moscow. */
  timeZone?: string;
  /** The school holidays of the Settings: «в весенние каникулы» gets their dates. */
  holidays?: readonly Holiday[];
  /** Value of the Время column («10:00», «10.00», a Date or a day fraction): the time of days without one. */
  timeCell?: unknown;
}

interface Analysis {
  timing: Timing;
  /** Words of the text that no rule understood (filler words excluded). */
  residue: string[];
  /** True when some rule recognised part of the text. */
  recognised: boolean;
}

const NOT_LETTER = '(?<![а-яa-z])';
const END_WORD = '(?![а-яa-z])';
const MONTH_RE_SRC = '(?:' + MONTH_WORD + ')\\.?' + END_WORD;
const YEAR_SUFFIX = '(?:\\s*(?:г\\.?|года?|гг\\.?)' + END_WORD + ')?';

/** Text (normalised) being consumed by the rules; consumed characters become spaces. */
class Scan {
  rest: string;
  recognised = false;
  constructor(readonly s: string) {
    this.rest = s;
  }
  consume(start: number, end: number): void {
    if (end <= start) return;
    this.rest = this.rest.slice(0, start) + ' '.repeat(end - start) + this.rest.slice(end);
    this.recognised = true;
  }
}

interface Point {
  y: number | null;
  m: number;
  d: number;
  time?: string;
  /** How this point joins the next one. */
  link: 'range' | 'list';
}

interface MonthPoint {
  y: number | null;
  m: number;
  link: 'range' | 'list';
  deadline?: 'end' | 'before';
}

const pad2 = (n: number): string => (n < 10 ? '0' : '') + n;

function fullYear(y: string | undefined): number | null {
  if (!y) return null;
  const n = Number(y);
  return y.length <= 2 ? 2000 + n : n;
}

/** Every match of a global regex, in order (String.prototype.matchAll is ES2020). */
function allMatches(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  for (let m = g.exec(s); m; m = g.exec(s)) {
    out.push(m);
    if (m[0].length === 0) g.lastIndex++;
  }
  return out;
}

function rangeLink(gap: string): boolean {
  return /^\.?\s*(?:-|по|до)\s*$/.test(gap);
}

// ---------------------------------------------------------------- dates

const NUMERIC_DATE = new RegExp(
  '(?<![\\d.,:/])(?:(\\d{1,2})\\s*-\\s*)?(\\d{1,2})[./](\\d{1,2})(?:[./](\\d{4}|\\d{2}))?(?![\\d])' +
    YEAR_SUFFIX,
  'g',
);
const VERBAL_DATE = new RegExp(
  '(?<![\\d.,:])(\\d{1,2})((?:\\s*(?:,|и|-|по|до)\\s*\\d{1,2})*)\\s*(' +
    NOT_LETTER +
    MONTH_RE_SRC +
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

interface DateItem {
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

function scanDates(scan: Scan, problems: Problem[]): DateItem[] {
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

function resolveYears(
  sy: SchoolYear,
  a: { y: number | null; m: number },
  b: { y: number | null; m: number },
  sameMonthOrder: (ya: number, yb: number) => boolean,
): [number, number] {
  const defA = a.y ?? sy.startYear + (a.m >= 9 ? 0 : 1);
  const defB = b.y ?? sy.startYear + (b.m >= 9 ? 0 : 1);
  if (a.y !== null && b.y !== null) return [defA, defB];
  if (a.y !== null) return [defA, sameMonthOrder(defA, defA) ? defA : defA + 1];
  if (b.y !== null) return [sameMonthOrder(defB, defB) ? defB : defB - 1, defB];
  if (sameMonthOrder(defA, defB)) return [defA, defB];
  return a.m === 8 ? [defA - 1, defB] : [defA, defB + 1];
}

function pointsToOccurrences(sy: SchoolYear, items: DateItem[], problems: Problem[]): Occurrence[] {
  const pts = items.flatMap((i) => i.points);
  const out: Occurrence[] = [];
  const valid = (y: number, p: Point): boolean => {
    if (isValidParts(y, p.m, p.d)) return true;
    const shown = pad2(p.d) + '.' + pad2(p.m) + (p.y !== null ? '.' + p.y : '');
    problems.push({ code: 'timing.invalidDate', params: { date: shown } });
    return false;
  };
  for (let i = 0; i < pts.length; i++) {
    const a = pts[i];
    if (!a) continue;
    const b = a.link === 'range' ? pts[i + 1] : undefined;
    if (!b) {
      const y = a.y ?? sy.startYear + (a.m >= 9 ? 0 : 1);
      if (valid(y, a)) {
        const day = fromParts(y, a.m, a.d);
        out.push(a.time ? { start: day, end: day, time: a.time } : { start: day, end: day });
      }
      continue;
    }
    i++; // b is used up
    // "с 20 по 12 апреля" is reversed, not a year long
    const sameMonth = a.m === b.m && a.y === null && b.y === null;
    const own = sy.startYear + (a.m >= 9 ? 0 : 1);
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

// ---------------------------------------------------------------- months

const MONTH_ITEM = new RegExp(
  NOT_LETTER + '(' + MONTH_RE_SRC + ')(?:\\s*(\\d{4})(?!\\d)' + YEAR_SUFFIX + ')?',
  'g',
);

function scanMonths(scan: Scan): MonthPoint[] {
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

function monthsToOccurrences(sy: SchoolYear, pts: MonthPoint[]): { occ: Occurrence[]; deadline: boolean } {
  const occ: Occurrence[] = [];
  let deadline = false;
  for (let i = 0; i < pts.length; i++) {
    const a = pts[i];
    if (!a) continue;
    const b = a.link === 'range' ? pts[i + 1] : undefined;
    if (!b) {
      const y = a.y ?? sy.startYear + (a.m >= 9 ? 0 : 1);
      if (a.deadline) {
        deadline = true;
        const day = a.deadline === 'end' ? lastDayOfMonth(y, a.m) : addDays(fromParts(y, a.m, 1), -1);
        occ.push({ start: day, end: day });
      } else {
        occ.push({ start: fromParts(y, a.m, 1), end: lastDayOfMonth(y, a.m) });
      }
      continue;
    }
    i++;
    const [ya, yb] = resolveYears(sy, a, b, (y1, y2) => y1 * 100 + a.m <= y2 * 100 + b.m);
    const start = fromParts(ya, a.m, 1);
    const end = lastDayOfMonth(yb, b.m);
    if (start <= end) occ.push({ start, end });
  }
  return { occ, deadline };
}

// ---------------------------------------------------------------- terms

const TERM_NUM =
  '(?:iv|iii|ii|i|[1-9]|перв(?:ая|ой|ую|ое|ого|ом)|втор(?:ая|ой|ую|ое|ого|ом)|трет(?:ья|ьей|ью|ье|ьего|ьем)|четверт(?:ая|ой|ую))';
const TERM_RE = new RegExp(
  '(?<![а-яa-z0-9])(' +
    TERM_NUM +
    '(?:\\s*(?:-|,|и|по)\\s*' +
    TERM_NUM +
    ')*)\\s*(четверт(?:ь|и|ью|ей|ям|ях)|четв\\.?|полугоди(?:е|я|ю|ем|и|ям|ях)|полугод\\.?)' +
    END_WORD,
  'g',
);

interface TermResult {
  occ: Occurrence[];
  deadline: boolean;
}

function scanTerms(sy: SchoolYear, scan: Scan, problems: Problem[]): TermResult | null {
  const s = scan.rest;
  const occ: Occurrence[] = [];
  let deadline = false;
  let any = false;
  for (const m of allMatches(TERM_RE, s)) {
    const start = m.index ?? 0;
    any = true;
    scan.consume(start, start + m[0].length);
    const half = (m[2] ?? '').startsWith('полугод');
    const spanOf = (n: number) => (half ? halfSpan(sy, n) : quarterSpan(sy, n));
    const isDeadline = /(?:^|[^а-я])до\s+(?:конца\s+)?$/.test(s.slice(0, start));
    const parts = allMatches(new RegExp('(' + TERM_NUM + ')(\\s*(?:-|по)\\s*)?', 'g'), m[1] ?? '');
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      if (!p) continue;
      const n = termNumber(p[1] ?? '');
      let last = n;
      if (p[2] && parts[i + 1]) {
        last = termNumber(parts[i + 1]?.[1] ?? '');
        i++;
      }
      const a = n === null ? null : spanOf(n);
      const b = last === null ? null : spanOf(last);
      if (!a || !b || a.start > b.start) {
        problems.push({ code: 'timing.badTerm', params: { text: m[0].trim() } });
        continue;
      }
      if (isDeadline) {
        deadline = true;
        occ.push({ start: b.end, end: b.end });
      } else occ.push({ start: a.start, end: b.end });
    }
  }
  return any ? { occ, deadline } : null;
}

// ---------------------------------------------------------------- recurring, whole year, unscheduled

type Every = NonNullable<Timing['every']>;

const RECURRING: ReadonlyArray<readonly [Every, RegExp]> = [
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

const WEEKDAY_RE = /(?:понедельник|вторник|сред[аыуе]|четверг|пятниц|суббот|воскресен)[а-я]*/;

const WHOLE_YEAR =
  /в\s+течени[еи](?:\s+(?:всего|всех))?(?:\s+(?:\d{4}\s*[-/]\s*\d{2,4}|\d{4}))?\s*(?:учебного|уч\.?)?\s*(?:года|г\.|гг\.?|г(?![а-я])|год)|в\s+течени[еи]\s+всего\s+(?:периода|времени)|на\s+протяжении\s+(?:всего\s+)?(?:учебного\s+)?года|постоянно|весь\s+(?:учебный\s+)?(?:год|период)|круглогодично|круглый\s+год|ежегодно|(?:(?:1|один)\s*)?раз\s+в\s+(?:учебный\s+)?год|систематически|регулярно|в\s+течение\s+уч\S*\s+г\S*/;

/** Seasons as months: autumn Sep–Nov, winter Dec–Feb, spring Mar–May. */
const SEASONS: ReadonlyArray<readonly [RegExp, number, number]> = [
  [/(?<![а-я])(?:осень|осенью|осенний\s+период)(?![а-я])/, 9, 11],
  [/(?<![а-я])(?:зима|зимой|зимний\s+период)(?![а-я])/, 12, 2],
  [/(?<![а-я])(?:весна|весной|весенний\s+период)(?![а-я])/, 3, 5],
];

const SUMMER = /летн\S*\s+каникул\S*|в\s+летний\s+период|летом/;

const UNSCHEDULED =
  /в\s+установленные\s+сроки|по\s+мере[^,;]*|по\s+необходимости|при\s+необходимости|в\s+случае\s+необходимости|по\s+(?:плану|просьбе|согласовани|запрос|заявк|договоренност|приглашени|графику|расписани|отдельному|положени|назначени|возможност)[^,;]*|сроки\s+уточня\S*|уточня\S*|будет\s+определ\S*|(?:в\s+)?(?:осенние|зимние|весенние|осенних|зимних|весенних)?\s*каникул[^,;]*|в\s+каникулярное\s+время|в\s+зависимости\s+от[^,;]*/;

function consumeRe(scan: Scan, re: RegExp): RegExpExecArray | null {
  const m = re.exec(scan.rest);
  if (m) scan.consume(m.index, m.index + m[0].length);
  return m;
}

function recurringOccurrences(
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

// ---------------------------------------------------------------- residue

const FILLER = new Set(
  (
    'в во с со по до на за к и а или к ко около примерно ориентировочно не позднее позже срок сроки ' +
    'течение течении года год г гг уч учебного учебный учебном месяц месяца месяце числа число ' +
    'неделя недели неделе неделю декада декады декаде конец конце конца начало начале начала ' +
    'середина середине середины первая первой первую вторая второй вторую третья третьей третью ' +
    'четвертая четвертой последняя последней последнюю ч час часов мин дня день дни ' +
    'числах период периода всего весь течение протяжении проведения время'
  ).split(' '),
);

function residueOf(rest: string): string[] {
  const words = rest.match(/[a-zа-я]+|\d+/g) ?? [];
  return words.filter((w) => !FILLER.has(w) && !/^(?:19|20)\d\d$/.test(w));
}

// ---------------------------------------------------------------- the parser

function outsideYearProblems(sy: SchoolYear, occ: Occurrence[]): Problem[] {
  const b = schoolYearBounds(sy);
  const out: Problem[] = [];
  for (const o of occ) {
    if (o.start < b.start || o.end > b.end) {
      const shown =
        o.start === o.end ? formatDayRu(o.start) : formatDayRu(o.start) + '–' + formatDayRu(o.end);
      out.push({ code: 'timing.outsideYear', params: { date: shown, year: formatSchoolYear(sy) } });
    }
  }
  return out;
}

function make(
  kind: TimingKind,
  text: string,
  occurrences: Occurrence[],
  problems: Problem[],
  every?: Every,
): Timing {
  const t: Timing = { kind, text, occurrences, problems };
  if (every) t.every = every;
  return t;
}

function analyzeText(text: string, sy: SchoolYear): Analysis {
  const s = expandAbbreviations(normalizePeriod(text));
  if (!/[0-9a-zа-я]/.test(s)) {
    return { timing: make('empty', text, [], [{ code: 'timing.empty' }]), residue: [], recognised: false };
  }
  const scan = new Scan(s);
  const problems: Problem[] = [];
  const done = (kind: TimingKind, occ: Occurrence[], every?: Every): Analysis => {
    if (kind !== 'unknown') consumeRe(scan, UNSCHEDULED); // "в течение года по плану библиотеки"
    const all = problems.concat(outsideYearProblems(sy, occ));
    return {
      timing: make(kind, text, occ, all, every),
      residue: residueOf(scan.rest),
      recognised: scan.recognised,
    };
  };

  for (const [every, re] of RECURRING) {
    if (!consumeRe(scan, re)) continue;
    const wdMatch = every === 'week' ? WEEKDAY_RE.exec(s) : null;
    if (wdMatch) scan.consume(wdMatch.index, wdMatch.index + wdMatch[0].length);
    const wd = wdMatch ? weekdayOfWord(wdMatch[0]) : null;
    consumeRe(scan, WHOLE_YEAR);
    const months = every === 'month' ? scanMonths(scan) : [];
    return done('recurring', recurringOccurrences(sy, every, wd, months), every);
  }

  // «2-я неделя ноября», «третья декада октября» (weeks.ts); «ко Дню матери» (observances.ts)
  const parts = scanMonthParts(scan.rest, sy);
  for (const [a, b] of parts.spans) scan.consume(a, b);
  const observance = findObservance(scan.rest, sy);
  if (observance) scan.consume(observance.at, observance.at + observance.length);
  if (parts.occurrences.length > 0) {
    consumeRe(scan, WHOLE_YEAR);
    return done('range', parts.occurrences);
  }

  const dateItems = scanDates(scan, problems);
  const terms = scanTerms(sy, scan, problems);
  const months = scanMonths(scan);

  if (dateItems.length > 0 || months.length > 0) {
    consumeRe(scan, WHOLE_YEAR);
    const dateOcc = pointsToOccurrences(sy, dateItems, problems);
    const m = monthsToOccurrences(sy, months);
    const occ = dateOcc.concat(m.occ);
    if (occ.length === 0) return done('unknown', []);
    const first = dateItems[0];
    const dateDeadline =
      first !== undefined && /(?:^|[^а-я])(?:до|не позднее|не позже)\s*$/.test(s.slice(0, first.start));
    if (months.length === 0) return done(dateDeadline ? 'deadline' : 'date', occ);
    if (dateItems.length === 0) {
      if (m.deadline && occ.length === 1) return done('deadline', occ);
      if (months.length === 1) return done('month', occ);
      if (occ.length === 1) return done('range', occ);
    }
    return done('months', occ);
  }
  if (terms) {
    consumeRe(scan, WHOLE_YEAR);
    if (terms.occ.length === 0) return done('unknown', []);
    return done(terms.deadline && terms.occ.length === 1 ? 'deadline' : 'term', terms.occ);
  }
  if (observance) return done('date', [{ start: observance.start, end: observance.end }]);
  for (const [re, from, to] of SEASONS) {
    if (consumeRe(scan, re)) {
      const a = monthSpan(sy, from);
      return done('range', [{ start: a.start, end: monthSpan(sy, to).end }]);
    }
  }
  if (consumeRe(scan, SUMMER)) {
    return done('range', [
      { start: fromParts(sy.startYear + 1, 6, 1), end: fromParts(sy.startYear + 1, 8, 31) },
    ]);
  }
  if (consumeRe(scan, WHOLE_YEAR)) return done('year', [studyPeriod(sy)]);
  if (consumeRe(scan, UNSCHEDULED)) return done('unscheduled', []);
  problems.push({ code: 'timing.unknown', params: { text: text.trim() } });
  return done('unknown', []);
}

// ---------------------------------------------------------------- the Дата cell

type CellResult = { occ: Occurrence[] } | { bad: string } | null;

const SHEETS_EPOCH = '1899-12-30';

function fromDateCell(cell: unknown, sy: SchoolYear, timeZone: string): CellResult {
  if (cell === undefined || cell === null) return null;
  if (typeof cell === 'string' && cell.trim() === '') return null;
  if (isDateObject(cell)) {
    const wall = wallTime(dateMs(cell), timeZone);
    if (!wall) return { bad: 'Invalid Date' };
    const occ: Occurrence = { start: wall.day, end: wall.day };
    if (wall.time !== '00:00') occ.time = wall.time;
    return { occ: [occ] };
  }
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || cell < 1 || cell > 150000) return { bad: String(cell) };
    const whole = Math.floor(cell);
    const day = addDays(SHEETS_EPOCH, whole);
    const minutes = Math.round((cell - whole) * 1440);
    if (minutes <= 0 || minutes >= 1440) return { occ: [{ start: day, end: day }] };
    return {
      occ: [{ start: day, end: day, time: pad2(Math.floor(minutes / 60)) + ':' + pad2(minutes % 60) }],
    };
  }
  if (typeof cell !== 'string') return { bad: String(cell) };
  const t = cell.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[t ](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?$/i.exec(t);
  if (iso) {
    const y = Number(iso[1]);
    const m = Number(iso[2]);
    const d = Number(iso[3]);
    if (!isValidParts(y, m, d)) return { bad: t };
    const day = fromParts(y, m, d);
    if (iso[4] === undefined) return { occ: [{ start: day, end: day }] };
    const hh = Number(iso[4]);
    const mm = Number(iso[5]);
    if (hh > 23 || mm > 59) return { bad: t };
    const time = pad2(hh) + ':' + pad2(mm);
    return { occ: [time === '00:00' ? { start: day, end: day } : { start: day, end: day, time }] };
  }
  const a = analyzeText(t, sy);
  const kind = a.timing.kind;
  const clean = a.timing.problems.every((p) => p.code === 'timing.outsideYear');
  if ((kind === 'date' || kind === 'deadline') && clean && a.residue.length === 0) {
    return { occ: a.timing.occurrences };
  }
  return { bad: t.length > 60 ? t.slice(0, 60) + '…' : t };
}

function analyze(text: unknown, sy: SchoolYear, opts?: TimingOptions): Analysis {
  const str = typeof text === 'string' ? text : text === undefined || text === null ? '' : String(text);
  const cell = fromDateCell(opts?.dateCell, sy, opts?.timeZone || 'Europe/Moscow');
  if (cell && 'occ' in cell) {
    const occ = cell.occ;
    return {
      timing: make('date', str, occ, outsideYearProblems(sy, occ)),
      residue: [],
      recognised: true,
    };
  }
  const a = analyzeText(str, sy);
  if (cell && 'bad' in cell) {
    a.timing.problems.unshift({ code: 'timing.badDateCell', params: { value: cell.bad } });
  }
  return a;
}

/**
 * The parser itself: what a period text (and the Дата cell, which wins when filled) says about when a
 * row happens. It is meant never to throw on any string; the property tests call this, not the wrapper.
 */
export function analyzeTiming(text: string, sy: SchoolYear, opts?: TimingOptions): Timing {
  const t = withHolidays(analyze(text, sy, opts).timing, opts?.holidays);
  return withTimeCell(t, opts?.timeCell, opts?.timeZone || 'Europe/Moscow');
}

/**
 * analyzeTiming for the use cases: never throws, whatever it is given (a cell that is not a string, a
 * bug): anything not understood is kind 'unknown' with a problem.
 */
export function parseTiming(text: string, sy: SchoolYear, opts?: TimingOptions): Timing {
  try {
    return analyzeTiming(text, sy, opts);
  } catch (_e) {
    const shown = typeof text === 'string' ? text : '';
    return make('unknown', shown, [], [{ code: 'timing.unknown', params: { text: shown.trim() } }]);
  }
}

/**
 * True when the whole text is a period ("сентябрь", "апрель-июнь", "в течение года", "по мере
 * необходимости") with no other words: how the importer finds where the period starts in a line.
 */
export function isPeriodText(text: string, sy: SchoolYear): boolean {
  try {
    const a = analyzeText(text, sy);
    const k = a.timing.kind;
    return k !== 'empty' && a.recognised && a.residue.length === 0;
  } catch (_e) {
    return false;
  }
}
