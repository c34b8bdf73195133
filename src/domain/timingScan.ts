// What the timing rules share: the text being consumed (Scan), the regex pieces for month words and years,
// small readers, and the calendar year of a month written without one (school-year arithmetic, once).
import { MONTH_WORD } from './russianDates';
import { yearOfMonth } from './schoolYear';
import type { SchoolYear } from './types';

const NOT_LETTER = '(?<![а-яa-z])';
export const END_WORD = '(?![а-яa-z])';
const MONTH_RE_SRC = '(?:' + MONTH_WORD + ')\\.?' + END_WORD;
/** A month word ("мая", "сент.") not inside another word. */
export const MONTH_NAME = NOT_LETTER + MONTH_RE_SRC;
export const YEAR_SUFFIX = '(?:\\s*(?:г\\.?|года?|гг\\.?)' + END_WORD + ')?';

/** Text (normalised) being consumed by the rules; consumed characters become spaces. */
export class Scan {
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

/** A day written in the text; y is null when no year was written. */
export interface Point {
  y: number | null;
  m: number;
  d: number;
  time?: string;
  /** How this point joins the next one. */
  link: 'range' | 'list';
}

/** A month written in the text ("май", "до конца мая", "ноябрь-февраль"). */
export interface MonthPoint {
  y: number | null;
  m: number;
  link: 'range' | 'list';
  deadline?: 'end' | 'before';
}

export const pad2 = (n: number): string => (n < 10 ? '0' : '') + n;

export function fullYear(y: string | undefined): number | null {
  if (!y) return null;
  const n = Number(y);
  return y.length <= 2 ? 2000 + n : n;
}

/** Every match of a global regex, in order (String.prototype.matchAll is ES2020). */
export function allMatches(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  for (let m = g.exec(s); m; m = g.exec(s)) {
    out.push(m);
    if (m[0].length === 0) g.lastIndex++;
  }
  return out;
}

export function rangeLink(gap: string): boolean {
  return /^\.?\s*(?:-|по|до)\s*$/.test(gap);
}

export function consumeRe(scan: Scan, re: RegExp): RegExpExecArray | null {
  const m = re.exec(scan.rest);
  if (m) scan.consume(m.index, m.index + m[0].length);
  return m;
}

/**
 * The years of the two ends of a range where a year may be missing: the order test says whether a
 * start in year ya comes no later than an end in year yb. An end before its start moves a year on,
 * unless the range starts in August (the August before the school year).
 */
export function resolveYears(
  sy: SchoolYear,
  a: { y: number | null; m: number },
  b: { y: number | null; m: number },
  sameMonthOrder: (ya: number, yb: number) => boolean,
): [number, number] {
  const defA = a.y ?? yearOfMonth(sy, a.m);
  const defB = b.y ?? yearOfMonth(sy, b.m);
  if (a.y !== null && b.y !== null) return [defA, defB];
  if (a.y !== null) return [defA, sameMonthOrder(defA, defA) ? defA : defA + 1];
  if (b.y !== null) return [sameMonthOrder(defB, defB) ? defB : defB - 1, defB];
  if (sameMonthOrder(defA, defB)) return [defA, defB];
  return a.m === 8 ? [defA - 1, defB] : [defA, defB + 1];
}

/** The points as they are written: each alone, or with the next one when a range joins them. */
export function linkedPairs<P extends { link: 'range' | 'list' }>(pts: readonly P[]): [P, P | undefined][] {
  const out: [P, P | undefined][] = [];
  for (let i = 0; i < pts.length; i++) {
    const a = pts[i];
    if (!a) continue;
    const b = a.link === 'range' ? pts[i + 1] : undefined;
    if (b) i++; // b is used up
    out.push([a, b]);
  }
  return out;
}
