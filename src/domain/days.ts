// Day arithmetic on 'YYYY-MM-DD' strings, and the wall time of an instant in a time zone.
// Pure: no Apps Script or Node globals. Dates from other realms are recognised by their tag.
import type { Day } from './types';

export interface DayParts {
  y: number;
  m: number; // 1..12
  d: number; // 1..31
}

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Number of days in a month (month 1..12). */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** True when y-m-d is a real calendar day (year 1000..9999). */
export function isValidParts(y: number, m: number, d: number): boolean {
  return (
    Number.isInteger(y) &&
    Number.isInteger(m) &&
    Number.isInteger(d) &&
    y >= 1000 &&
    y <= 9999 &&
    m >= 1 &&
    m <= 12 &&
    d >= 1 &&
    d <= daysInMonth(y, m)
  );
}

/** 'YYYY-MM-DD' from parts (no validation: use isValidParts first). */
export function fromParts(y: number, m: number, d: number): Day {
  return String(y).padStart(4, '0') + '-' + pad2(m) + '-' + pad2(d);
}

/** Parts of a Day, or null when the string is not a valid day. */
export function toParts(day: Day): DayParts | null {
  const m = DAY_RE.exec(day);
  if (!m) return null;
  const parts = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidParts(parts.y, parts.m, parts.d) ? parts : null;
}

export function isValidDay(day: unknown): day is Day {
  return typeof day === 'string' && toParts(day) !== null;
}

export function firstDayOfMonth(y: number, m: number): Day {
  return fromParts(y, m, 1);
}

export function lastDayOfMonth(y: number, m: number): Day {
  return fromParts(y, m, daysInMonth(y, m));
}

function toUtcMs(day: Day): number {
  const p = toParts(day);
  if (!p) throw new RangeError('Not a day: ' + day);
  return Date.UTC(p.y, p.m - 1, p.d);
}

function fromUtcMs(ms: number): Day {
  const d = new Date(ms);
  return fromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The day n days after (n < 0: before) the given day. */
export function addDays(day: Day, n: number): Day {
  return fromUtcMs(toUtcMs(day) + n * 86400000);
}

/** Whole days from a to b (b - a). */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((toUtcMs(b) - toUtcMs(a)) / 86400000);
}

/** -1, 0 or 1, like a comparator. 'YYYY-MM-DD' strings order like the days they name. */
export function compareDays(a: Day, b: Day): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** ISO weekday: 1 = Monday .. 7 = Sunday. */
export function weekday(day: Day): number {
  const wd = new Date(toUtcMs(day)).getUTCDay();
  return wd === 0 ? 7 : wd;
}

/** 'DD.MM.YYYY', the way Russian schools write dates. */
export function formatDayRu(day: Day): string {
  const p = toParts(day);
  return p ? pad2(p.d) + '.' + pad2(p.m) + '.' + p.y : day;
}

/** True for a Date object from any realm (Apps Script and the emulator's vm hand us foreign Dates). */
/** A span of days as people read it: «15.10.2026», «01.09–30.09.2026», «01.09.2026–31.05.2027». */
export function formatSpanRu(first: Day, last: Day): string {
  if (first === last) return formatDayRu(first);
  const sameYear = first.slice(0, 4) === last.slice(0, 4);
  const from = sameYear ? formatDayRu(first).slice(0, 5) : formatDayRu(first);
  return `${from}–${formatDayRu(last)}`;
}

export function isDateObject(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** Milliseconds of a (possibly foreign) Date, NaN when invalid. */
export function dateMs(v: Date): number {
  return Date.prototype.getTime.call(v);
}

export interface WallTime {
  day: Day;
  /** 'HH:MM', 24-hour. */
  time: string;
}

const formatters: Record<string, Intl.DateTimeFormat> = {};

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters[timeZone];
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
    });
    formatters[timeZone] = f;
  }
  return f;
}

/**
 * The calendar day and clock time that an instant shows in an IANA time zone.
 * An unknown zone falls back to Europe/Moscow (UTC+3 if even that is missing). Null for an invalid instant.
 */
export function wallTime(instantMs: number, timeZone = 'Europe/Moscow'): WallTime | null {
  if (!Number.isFinite(instantMs)) return null;
  const at = new Date(instantMs);
  if (Number.isNaN(at.getTime())) return null;
  for (const zone of [timeZone, 'Europe/Moscow']) {
    try {
      const parts = formatterFor(zone).formatToParts(at);
      const get = (t: string): number => Number(parts.find((p) => p.type === t)?.value);
      const y = get('year');
      const m = get('month');
      const d = get('day');
      let h = get('hour');
      const min = get('minute');
      if (h === 24) h = 0; // some engines print midnight as 24 with hour12: false
      if (isValidParts(y, m, d) && h >= 0 && h < 24 && min >= 0 && min < 60) {
        return { day: fromParts(y, m, d), time: pad2(h) + ':' + pad2(min) };
      }
    } catch (_e) {
      // unknown zone or missing ICU data: try the next one
    }
  }
  const shifted = new Date(instantMs + 3 * 3600000);
  const y = shifted.getUTCFullYear();
  const m = shifted.getUTCMonth() + 1;
  const d = shifted.getUTCDate();
  if (!isValidParts(y, m, d)) return null;
  return {
    day: fromParts(y, m, d),
    time: pad2(shifted.getUTCHours()) + ':' + pad2(shifted.getUTCMinutes()),
  };
}
