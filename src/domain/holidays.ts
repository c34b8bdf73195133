// The school holidays (каникулы) of the Settings sheet: «26.10.2026–03.11.2026; 31.12.2026–11.01.2027».
//
// Decisions:
// - Ranges are separated by «;» or a new line; a range is «дата–дата» (any dash, or «с … по …») or one day.
// - A date is DD.MM.YYYY, DD.MM.YY or DD.MM; without a year it belongs to the school year (Sep–Dec →
//   the start year, Jan–Aug → the next), as the plan's own dates do (timing.ts).
// - So «28.12–10.01» is 28.12 of the start year to 10.01 of the next; a range ending before it starts
//   is a problem of the setting (shown in the status sidebar), as is text that is no date.
// - What holidays mean for the calendar: whole-year, weekly and monthly occurrences skip them unless the
//   row says «в каникулы» (calendarPlan.ts); exact dates and months written in the plan are kept as they
//   are (a person wrote them). The summer (June–August) is outside the study period anyway.
// - The season of a range (autumn, winter, spring, extra February week) is read from its start month, so
//   a period like «в весенние каникулы» can find its dates (holidayOfSeason).
import { addDays, formatDayRu, fromParts, isValidParts } from './days';
import { yearOfMonth } from './schoolYear';
import type { Day, Occurrence, Problem, SchoolYear, Timing } from './types';

export interface Holiday {
  start: Day;
  end: Day;
}

export type HolidaySeason = 'autumn' | 'winter' | 'february' | 'spring' | 'summer';

export interface Holidays {
  ranges: Holiday[];
  problems: Problem[];
}

const DATE = /(\d{1,2})\s*[./]\s*(\d{1,2})(?:\s*[./]\s*(\d{2}|\d{4}))?/;
const RANGE = new RegExp(`^(?:с\\s*)?${DATE.source}(?:\\s*(?:[-–—]|по|до)\\s*${DATE.source})?\\s*\\.?$`, 'i');

function dayOf(sy: SchoolYear, d: string, m: string, y: string | undefined): Day | null {
  const day = Number(d);
  const month = Number(m);
  let year = y === undefined ? yearOfMonth(sy, month) : Number(y);
  if (y !== undefined && y.length === 2) year += 2000;
  return isValidParts(year, month, day) ? fromParts(year, month, day) : null;
}

/** Reads the setting's text. Empty text: no holidays, no problem. */
export function parseHolidays(text: string, sy: SchoolYear): Holidays {
  const ranges: Holiday[] = [];
  const problems: Problem[] = [];
  for (const raw of String(text ?? '').split(/[;\n]+/)) {
    const part = raw.trim().replace(/\s+г\.?$/i, '');
    if (!part) continue;
    const m = RANGE.exec(part);
    const start = m ? dayOf(sy, m[1]!, m[2]!, m[3]) : null;
    const end = m && m[4] !== undefined ? dayOf(sy, m[4]!, m[5]!, m[6]) : start;
    if (!start || !end || end < start) {
      problems.push({ code: 'holidays.unreadable', params: { text: part } });
      continue;
    }
    ranges.push({ start, end });
  }
  ranges.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  return { ranges: mergeOverlaps(ranges), problems };
}

function mergeOverlaps(ranges: Holiday[]): Holiday[] {
  const out: Holiday[] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r.start <= addDays(last.end, 1)) {
      if (r.end > last.end) last.end = r.end;
    } else out.push({ ...r });
  }
  return out;
}

/** «26.10.2026–03.11.2026; 31.12.2026–11.01.2027»: the setting as it should be written. */
export function formatHolidays(ranges: Holiday[]): string {
  return ranges
    .map((r) => (r.start === r.end ? formatDayRu(r.start) : `${formatDayRu(r.start)}–${formatDayRu(r.end)}`))
    .join('; ');
}

export function isHoliday(day: Day, ranges: Holiday[]): boolean {
  return ranges.some((r) => day >= r.start && day <= r.end);
}

/** The season a range belongs to, by the month it starts in. */
export function seasonOf(r: Holiday): HolidaySeason {
  const m = Number(r.start.slice(5, 7));
  if (m >= 9 && m <= 11) return 'autumn';
  if (m === 12 || m === 1) return 'winter';
  if (m === 2) return 'february';
  if (m >= 6 && m <= 8) return 'summer';
  return 'spring';
}

/** The first range of a season («весенние каникулы» → the spring range), or null when not set. */
export function holidayOfSeason(ranges: Holiday[], season: HolidaySeason): Holiday | null {
  return ranges.find((r) => seasonOf(r) === season) ?? null;
}

/** The row says its work happens in the holidays too: nothing is skipped for it. */
export function runsInHolidays(text: string): boolean {
  return /(?<![а-яё])(?:в|во\s+время|на|и\s+в|включая)\s+(?:[а-яё]+\s+)?каникул/i.test(text);
}

/**
 * A span of days without the holidays: the parts before, between and after them (none when the
 * holidays cover it all). Spans are inclusive.
 */
export function spanWithoutHolidays(o: Occurrence, ranges: Holiday[]): Occurrence[] {
  let parts: Occurrence[] = [o];
  for (const r of ranges) {
    const next: Occurrence[] = [];
    for (const p of parts) {
      if (r.end < p.start || r.start > p.end) {
        next.push(p);
        continue;
      }
      if (r.start > p.start) next.push({ ...p, end: addDays(r.start, -1) });
      if (r.end < p.end) next.push({ ...p, start: addDays(r.end, 1) });
    }
    parts = next;
  }
  return parts;
}

/**
 * A row's timing with the holidays taken out, as the calendar, the reminders, the status sidebar and the
 * report all see it: whole-year spans, weekly bars and monthly spans are cut around the holidays, weekly
 * days in them dropped — unless the row says «в каникулы». Exact dates, months and terms stay as written.
 */
export function applyHolidays(timing: Timing, ranges: Holiday[]): Timing {
  if (ranges.length === 0 || runsInHolidays(timing.text)) return timing;
  const { kind, every } = timing;
  const occ = timing.occurrences;
  const weeklyBars = kind === 'recurring' && every === 'week' && occ.some((x) => x.end !== x.start);
  let out: Occurrence[];
  if (kind === 'year' || (kind === 'recurring' && (every === 'month' || weeklyBars))) {
    out = occ.flatMap((x) => spanWithoutHolidays(x, ranges));
  } else if (kind === 'recurring' && every === 'week') out = occ.filter((x) => !isHoliday(x.start, ranges));
  else return timing;
  return { ...timing, occurrences: out };
}
