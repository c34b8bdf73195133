// Recurring events as the Calendar API keeps them: an event whose `recurrence` holds RRULE, RDATE and
// EXDATE lines (RFC 5545), expanded into instances by events.list with singleEvents=true
// (CAL/guides/recurringevents; CAL/v3/reference/events/list "singleEvents": "Whether to expand
// recurring events into instances and only return single one-off events and instances of recurring
// events, but not the underlying recurring events themselves").
//
// What is modelled: FREQ DAILY/WEEKLY/MONTHLY/YEARLY with INTERVAL, COUNT, UNTIL, BYDAY (with an ordinal
// for MONTHLY, e.g. 1MO or -1FR) and BYMONTHDAY; RDATE and EXDATE as dates (VALUE=DATE), zoned wall
// times (TZID=…) or UTC times (…Z). DTSTART is always the first instance (RFC 5545 §3.8.5.3). Instances
// are expanded in the wall time of the start's timeZone, so 14:00 stays 14:00 across a DST change.
// Instance ids are the event id, '_' and the original start: YYYYMMDD for all-day, YYYYMMDDTHHMMSSZ for
// timed events (the form the API gives, e.g. "abc123_20261028T110000Z").
import { wallOfInstant } from '../clock';
import { instantOfDateTime } from '../ics';

type EventDateTime = GoogleAppsScript.Calendar.Schema.EventDateTime;

export interface Instance {
  /** The suffix of the instance id and its originalStartTime. */
  key: string;
  start: EventDateTime;
  end: EventDateTime;
  /** Instant of the start (all-day: midnight UTC of the day), for ordering and time windows. */
  startMs: number;
  endMs: number;
}

const DAY = 86_400_000;
const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
/** Never more than this many instances of one event (an endless rule stops here). */
const MAX_INSTANCES = 1000;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** 'YYYY-MM-DD' ↔ days since 1970-01-01 (UTC calendar arithmetic). */
function dayNumber(day: string): number {
  return Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY);
}
function dayString(n: number): string {
  const d = new Date(n * DAY);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
/** 0 = Monday … 6 = Sunday. */
function weekdayOf(n: number): number {
  return (new Date(n * DAY).getUTCDay() + 6) % 7;
}

/** Wall date and time of an EventDateTime in its zone: all-day → time null. */
function wallOf(t: EventDateTime, zone: string): { day: string; time: string | null } {
  if (t.date) return { day: t.date, time: null };
  const s = String(t.dateTime ?? '');
  if (!/[zZ]|[+-]\d\d:?\d\d$/.test(s)) return { day: s.slice(0, 10), time: s.slice(11, 19).padEnd(8, ':00') };
  const w = wallOfInstant(Date.parse(s), zone);
  return { day: w.slice(0, 10), time: w.slice(11, 19) };
}

interface Rule {
  freq: string;
  interval: number;
  count: number | null;
  /** Last allowed day (all-day) or instant (timed). */
  untilDay: number | null;
  untilMs: number | null;
  byDay: { ord: number; wd: number }[];
  byMonthDay: number[];
}

function parseRule(line: string): Rule | null {
  const body = line.replace(/^RRULE:/i, '');
  const kv = new Map(
    body.split(';').map((p) => {
      const i = p.indexOf('=');
      return [p.slice(0, i).toUpperCase(), p.slice(i + 1)] as const;
    }),
  );
  const freq = kv.get('FREQ')?.toUpperCase();
  if (!freq || !['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'].includes(freq)) return null;
  const until = kv.get('UNTIL');
  let untilDay: number | null = null;
  let untilMs: number | null = null;
  if (until) {
    const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(until);
    if (!m) return null;
    untilDay = dayNumber(`${m[1]}-${m[2]}-${m[3]}`);
    if (m[4]) untilMs = Date.parse(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`);
  }
  const byDay: { ord: number; wd: number }[] = [];
  for (const d of (kv.get('BYDAY') ?? '').split(',').filter(Boolean)) {
    const m = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/i.exec(d.trim());
    if (!m) return null;
    byDay.push({ ord: m[1] ? Number(m[1]) : 0, wd: WEEKDAYS.indexOf(m[2]!.toUpperCase()) });
  }
  const byMonthDay = (kv.get('BYMONTHDAY') ?? '').split(',').filter(Boolean).map(Number);
  const count = kv.has('COUNT') ? Number(kv.get('COUNT')) : null;
  const interval = kv.has('INTERVAL') ? Number(kv.get('INTERVAL')) : 1;
  if (!(interval >= 1) || (count !== null && !(count >= 1)) || byMonthDay.some((d) => !Number.isInteger(d)))
    return null;
  return { freq, interval, count, untilDay, untilMs, byDay, byMonthDay };
}

/** Day numbers of one period (a week, a month, a year) the rule picks, ascending. */
function daysOfPeriod(r: Rule, first: number, k: number): number[] {
  const start = new Date(first * DAY);
  if (r.freq === 'DAILY') return [first + k * r.interval];
  if (r.freq === 'WEEKLY') {
    const monday = first - weekdayOf(first) + 7 * k * r.interval;
    const wds = r.byDay.length ? r.byDay.map((d) => d.wd) : [weekdayOf(first)];
    return [...new Set(wds)].sort((a, b) => a - b).map((wd) => monday + wd);
  }
  const y0 = start.getUTCFullYear();
  if (r.freq === 'YEARLY') {
    const y = y0 + k * r.interval;
    const d = Date.UTC(y, start.getUTCMonth(), start.getUTCDate());
    return new Date(d).getUTCDate() === start.getUTCDate() ? [d / DAY] : [];
  }
  const mIndex = start.getUTCMonth() + k * r.interval;
  const y = y0 + Math.floor(mIndex / 12);
  const m = ((mIndex % 12) + 12) % 12;
  const firstOfMonth = Date.UTC(y, m, 1) / DAY;
  const length = Date.UTC(y, m + 1, 1) / DAY - firstOfMonth;
  const out: number[] = [];
  if (r.byDay.length) {
    for (const { ord, wd } of r.byDay) {
      const all: number[] = [];
      for (let d = 0; d < length; d++) if (weekdayOf(firstOfMonth + d) === wd) all.push(firstOfMonth + d);
      if (ord === 0) out.push(...all);
      else {
        const pick = ord > 0 ? all[ord - 1] : all[all.length + ord];
        if (pick !== undefined) out.push(pick);
      }
    }
  } else {
    const days = r.byMonthDay.length ? r.byMonthDay : [start.getUTCDate()];
    for (const d of days) {
      const n = d > 0 ? d : length + d + 1;
      if (n >= 1 && n <= length) out.push(firstOfMonth + n - 1);
    }
  }
  return [...new Set(out)].sort((a, b) => a - b);
}

/** Dates or date-times of an RDATE/EXDATE line, as start keys comparable with instance keys. */
function listedStarts(line: string, allDay: boolean, zone: string): string[] {
  const colon = line.indexOf(':');
  const params = line.slice(0, colon).toUpperCase();
  const tzid = /TZID=([^;:]+)/i.exec(line.slice(0, colon))?.[1] ?? zone;
  return line
    .slice(colon + 1)
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean)
    .map((v) => {
      const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(v);
      if (!m) return '';
      const day = `${m[1]}-${m[2]}-${m[3]}`;
      if (allDay || params.includes('VALUE=DATE') || !m[4]) return day.replace(/-/g, '');
      const ms = m[7]
        ? Date.parse(`${day}T${m[4]}:${m[5]}:${m[6]}Z`)
        : instantOfDateTime(`${day}T${m[4]}:${m[5]}:${m[6]}`, tzid);
      return utcKey(ms);
    })
    .filter(Boolean);
}

function utcKey(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

/** What is wrong with a recurrence, as the API says it; null when it is valid. */
export function recurrenceError(lines: string[]): string | null {
  for (const l of lines) {
    if (/^RRULE:/i.test(l)) {
      if (!parseRule(l)) return 'Invalid recurrence rule.';
    } else if (!/^(?:EXRULE|RDATE|EXDATE)[;:]/i.test(l)) return 'Invalid recurrence rule.';
  }
  return null;
}

/** The instances of a recurring event, in start order (EXDATEs removed, RDATEs added). */
export function expand(
  recurrence: string[],
  start: EventDateTime,
  end: EventDateTime,
  calendarZone: string,
): Instance[] {
  const allDay = Boolean(start.date);
  const zone = start.timeZone ?? calendarZone;
  const s = wallOf(start, zone);
  const e = wallOf(end, end.timeZone ?? zone);
  const first = dayNumber(s.day);
  const spanDays = dayNumber(e.day) - first;
  const startMs0 = allDay ? first * DAY : instantOfDateTime(`${s.day}T${s.time}`, zone);
  const endMs0 = allDay
    ? dayNumber(e.day) * DAY
    : instantOfDateTime(`${e.day}T${e.time}`, end.timeZone ?? zone);
  const durationMs = endMs0 - startMs0;
  const make = (day: number): Instance => {
    if (allDay) {
      return {
        key: dayString(day).replace(/-/g, ''),
        start: { date: dayString(day) },
        end: { date: dayString(day + spanDays) },
        startMs: day * DAY,
        endMs: (day + spanDays) * DAY,
      };
    }
    const ms = instantOfDateTime(`${dayString(day)}T${s.time}`, zone);
    const endWall = wallOf({ dateTime: new Date(ms + durationMs).toISOString() }, zone);
    return {
      key: utcKey(ms),
      start: { dateTime: `${dayString(day)}T${s.time}`, timeZone: zone },
      end: { dateTime: `${endWall.day}T${endWall.time}`, timeZone: end.timeZone ?? zone },
      startMs: ms,
      endMs: ms + durationMs,
    };
  };
  const byKey = new Map<string, Instance>();
  const first0 = make(first);
  byKey.set(first0.key, first0);
  for (const line of recurrence) {
    if (!/^RRULE:/i.test(line)) continue;
    const r = parseRule(line)!;
    let n = 1; // DTSTART counts
    outer: for (let k = 0; k < MAX_INSTANCES * 31 && byKey.size < MAX_INSTANCES; k++) {
      const days = daysOfPeriod(r, first, k);
      if (days.length === 0 && r.freq === 'YEARLY' && k > 400) break;
      for (const d of days) {
        if (d <= first) continue;
        if (r.untilDay !== null && d > r.untilDay) break outer;
        if (r.count !== null && n >= r.count) break outer;
        const inst = make(d);
        if (r.untilMs !== null && inst.startMs > r.untilMs) break outer;
        byKey.set(inst.key, inst);
        n++;
        if (byKey.size >= MAX_INSTANCES) break outer;
      }
      if (r.untilDay === null && r.count === null && k > 3660) break;
    }
  }
  for (const line of recurrence) {
    if (!/^RDATE/i.test(line)) continue;
    for (const key of listedStarts(line, allDay, zone)) {
      const day = dayNumber(`${key.slice(0, 4)}-${key.slice(4, 6)}-${key.slice(6, 8)}`);
      const inst = allDay ? make(day) : make(dayNumber(wallOf({ dateTime: isoOfKey(key) }, zone).day));
      byKey.set(inst.key, inst);
    }
  }
  for (const line of recurrence) {
    if (!/^EXDATE/i.test(line)) continue;
    for (const key of listedStarts(line, allDay, zone)) byKey.delete(key);
  }
  return [...byKey.values()].sort((a, b) => a.startMs - b.startMs);
}

function isoOfKey(key: string): string {
  return `${key.slice(0, 4)}-${key.slice(4, 6)}-${key.slice(6, 8)}T${key.slice(9, 11)}:${key.slice(11, 13)}:${key.slice(13, 15)}Z`;
}
