// The school year (1 September .. 31 August), its quarters and halves, as Russian schools count them.
import { fromParts, lastDayOfMonth, toParts } from './days';
import type { Day, SchoolYear } from './types';

export interface Span {
  start: Day;
  end: Day;
}

const MIN_YEAR = 1990;
const MAX_YEAR = 2200;

function sane(y: number): boolean {
  return Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR;
}

/** The school year a day belongs to for planning: from August on, the one that starts this calendar year. */
export function schoolYearOf(today: Day): SchoolYear {
  const p = toParts(today);
  if (!p) throw new RangeError('Not a day: ' + today);
  return { startYear: p.m >= 8 ? p.y : p.y - 1 };
}

/** Calendar year of a month (1..12) of the school year: Sep–Dec → startYear, Jan–Aug → startYear + 1. */
export function yearOfMonth(sy: SchoolYear, month: number): number {
  return month >= 9 ? sy.startYear : sy.startYear + 1;
}

/** 1 September .. 31 August. */
export function schoolYearBounds(sy: SchoolYear): Span {
  return { start: fromParts(sy.startYear, 9, 1), end: fromParts(sy.startYear + 1, 8, 31) };
}

/**
 * The study period, 1 September .. 31 May: what "the whole year" and recurring items cover
 * (the summer holidays are not part of it).
 */
export function studyPeriod(sy: SchoolYear): Span {
  return { start: fromParts(sy.startYear, 9, 1), end: fromParts(sy.startYear + 1, 5, 31) };
}

/** "2026–2027" (en dash). */
export function formatSchoolYear(sy: SchoolYear): string {
  return sy.startYear + '–' + (sy.startYear + 1);
}

/** The span of one month of the school year. */
export function monthSpan(sy: SchoolYear, month: number): Span {
  const y = yearOfMonth(sy, month);
  return { start: fromParts(y, month, 1), end: lastDayOfMonth(y, month) };
}

/** 'YYYY-MM' of a month (1..12) of the school year: month 8 of 2026–2027 is '2027-08'. */
export function monthKey(sy: SchoolYear, month: number): string {
  return monthSpan(sy, month).start.slice(0, 7);
}

/*
 * Terms, by the convention most Russian schools use for planning (exact holiday weeks vary by region
 * and school, so the plan uses whole months):
 *   I четверть   1 Sep – 31 Oct     I полугодие  1 Sep – 31 Dec
 *   II четверть  1 Nov – 31 Dec     II полугодие 1 Jan – 31 May
 *   III четверть 1 Jan – 31 Mar
 *   IV четверть  1 Apr – 31 May
 */
const QUARTER_MONTHS: ReadonlyArray<readonly [number, number]> = [
  [9, 10],
  [11, 12],
  [1, 3],
  [4, 5],
];
const HALF_MONTHS: ReadonlyArray<readonly [number, number]> = [
  [9, 12],
  [1, 5],
];

function monthsSpan(sy: SchoolYear, from: number, to: number): Span {
  return { start: monthSpan(sy, from).start, end: monthSpan(sy, to).end };
}

/** Quarter n (1..4) of the school year, or null. */
export function quarterSpan(sy: SchoolYear, n: number): Span | null {
  const q = QUARTER_MONTHS[n - 1];
  return q ? monthsSpan(sy, q[0], q[1]) : null;
}

/** Half n (1..2) of the school year, or null. */
export function halfSpan(sy: SchoolYear, n: number): Span | null {
  const h = HALF_MONTHS[n - 1];
  return h ? monthsSpan(sy, h[0], h[1]) : null;
}

function fromPair(a: number, b: number): SchoolYear | null {
  if (!sane(a)) return null;
  // b may be written in full (2027) or by its last two digits (27)
  const full = b < 100 ? Math.floor(a / 100) * 100 + b : b;
  const fixed = full < a ? full + 100 : full; // 2099/00
  return fixed === a + 1 ? { startYear: a } : null;
}

/**
 * The school year named in a heading: "на 2026-2027 учебный год", "2026/2027 уч. год",
 * "2026–2027 учебного года". A bare "2026-2027" is accepted too when the years follow each other.
 */
export function schoolYearFromText(text: string): SchoolYear | null {
  if (typeof text !== 'string') return null;
  const re = /(?<!\d)(\d{4})\s*(?:г\.?\s*)?[-‐‑‒–—―−/\\]\s*(\d{4}|\d{2})(?!\d)(\s*(?:гг?\.?\s*)?уч)?/gi;
  let fallback: SchoolYear | null = null;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const sy = fromPair(Number(m[1]), Number(m[2]));
    if (!sy) continue;
    if (m[3]) return sy;
    if (!fallback) fallback = sy;
  }
  return fallback;
}

/** The school year from the Settings cell: "2026-2027", "2026/27", "2026–2027", 2026, "2026". */
export function parseSchoolYear(cell: string | number): SchoolYear | null {
  if (typeof cell === 'number') {
    return sane(cell) ? { startYear: cell } : null;
  }
  if (typeof cell !== 'string') return null;
  const t = cell.trim();
  const single = /^(\d{4})(?:\s*г\.?)?$/.exec(t);
  if (single) {
    const y = Number(single[1]);
    return sane(y) ? { startYear: y } : null;
  }
  return schoolYearFromText(t);
}
