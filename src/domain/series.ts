// Recurring rows as ONE recurring event (issue #14): «по средам» is one weekly series, not 39 events;
// «ежемесячно» one monthly series. Pure: the occurrences the timing parser gave (holidays already taken
// out) → the recurrence lines of the Calendar API (RFC 5545 RRULE/EXDATE/RDATE; CAL/guides/recurringevents).
//
// - Weekly on a weekday: RRULE:FREQ=WEEKLY;BYDAY=WE;UNTIL=<last day>, and an EXDATE for every week of
//   that span the row has no occurrence in (the holidays).
// - Monthly: a one-day marker on the first day of each month the row names, the title saying
//   «(ежемесячно)» (a month-long bar cannot repeat: every instance of a series has the same length, and
//   months do not). RRULE:FREQ=MONTHLY;BYMONTHDAY=1; a month left out is an EXDATE; a first day in the
//   holidays moves to the first day after them (EXDATE of the 1st + RDATE of that day).
// - Timed series (a time was written) repeat the wall time in the Settings' zone; start.timeZone is then
//   required (CAL/v3/reference/events, EventDateTime.timeZone), EXDATE/RDATE name the zone (TZID), and
//   UNTIL is the end of the last day in UTC (RFC 5545 §3.3.10: UNTIL is UTC when DTSTART has a zone).
import { addDays, daysBetween, weekday } from './days';
import type { Day } from './types';

const BYDAY = ['', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

const compact = (d: Day) => d.replace(/-/g, '');

function stamps(days: Day[], time: string | undefined, zone: string, kind: 'EXDATE' | 'RDATE'): string[] {
  if (days.length === 0) return [];
  if (!time) return [`${kind};VALUE=DATE:${days.map(compact).join(',')}`];
  const t = `${time.replace(':', '')}00`;
  return [`${kind};TZID=${zone}:${days.map((d) => `${compact(d)}T${t}`).join(',')}`];
}

function until(last: Day, time: string | undefined): string {
  return time ? `${compact(last)}T235959Z` : compact(last);
}

/** Weekly single days (ascending) → recurrence lines; null when they are not one weekday's weeks. */
export function weeklyRecurrence(days: Day[], time: string | undefined, zone: string): string[] | null {
  if (days.length < 2) return null;
  const wd = weekday(days[0]!);
  if (days.some((d) => weekday(d) !== wd)) return null;
  if (days.some((d) => daysBetween(days[0]!, d) % 7 !== 0)) return null;
  const have = new Set(days);
  const missing: Day[] = [];
  for (let d = days[0]!; d <= days[days.length - 1]!; d = addDays(d, 7)) if (!have.has(d)) missing.push(d);
  return [
    `RRULE:FREQ=WEEKLY;BYDAY=${BYDAY[wd]};UNTIL=${until(days[days.length - 1]!, time)}`,
    ...stamps(missing, time, zone, 'EXDATE'),
  ];
}

/**
 * Monthly markers: the marker day of each month (ascending; the 1st, or the first day after the
 * holidays) → the first day and the recurrence lines; null for fewer than two months.
 */
export function monthlyRecurrence(markers: Day[], zone: string): { first: Day; lines: string[] } | null {
  if (markers.length < 2) return null;
  const byMonth = new Map(markers.map((d) => [d.slice(0, 7), d]));
  const exdates: Day[] = [];
  const rdates: Day[] = [];
  const first = markers[0]!;
  let y = Number(first.slice(0, 4));
  let m = Number(first.slice(5, 7));
  const lastMonth = markers[markers.length - 1]!.slice(0, 7);
  for (let guard = 0; guard < 36; guard++) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > lastMonth) break;
    const firstDay = `${month}-01`;
    const marker = byMonth.get(month);
    if (month !== first.slice(0, 7)) {
      if (!marker) exdates.push(firstDay);
      else if (marker !== firstDay) {
        exdates.push(firstDay);
        rdates.push(marker);
      }
    }
    m = m === 12 ? 1 : m + 1;
    if (m === 1) y++;
  }
  const last = markers[markers.length - 1]!;
  return {
    first,
    lines: [
      `RRULE:FREQ=MONTHLY;BYMONTHDAY=1;UNTIL=${until(last, undefined)}`,
      ...stamps(exdates, undefined, zone, 'EXDATE'),
      ...stamps(rdates, undefined, zone, 'RDATE'),
    ],
  };
}
