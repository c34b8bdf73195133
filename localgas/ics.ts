// calendar.ics: the emulator's calendar as an iCalendar file (RFC 5545) that any calendar app imports.
// Lines end in CRLF and are folded at 75 octets (§3.1); text values escape \ ; , and newlines (§3.3.11);
// all-day events use DTSTART;VALUE=DATE with the exclusive DTEND of the Calendar API (§3.6.1: DTEND is
// non-inclusive); timed events are written in UTC ("Z"), so no VTIMEZONE is needed (§3.3.5 form 2) —
// but a timed recurring event is written in its zone's wall time (DTSTART;TZID=…, §3.3.5 form 3), since
// its rule repeats wall times (every Wednesday at 15:00), with a VTIMEZONE for each such zone (§3.6.5; a
// fixed offset, the one at the event's start: right for zones without daylight saving time, such as
// Russia's). RRULE, RDATE and EXDATE lines are written as the Calendar API holds them (§3.8.5).
import { instantOf, wallOfInstant, zoneOffsetMs } from './clock';

export interface IcsEvent {
  uid: string;
  summary: string;
  description?: string;
  location?: string;
  /** All-day: YYYY-MM-DD; timed: an RFC 3339 date-time, or wall time with timeZone. */
  start: { date?: string; dateTime?: string; timeZone?: string };
  end: { date?: string; dateTime?: string; timeZone?: string };
  /** ms of the last change (DTSTAMP). */
  stamp: number;
  /** RRULE / RDATE / EXDATE lines of a recurring event. */
  recurrence?: string[];
  extra?: Record<string, string>;
}

export function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds one content line into lines of at most 75 octets, never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let cur = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const n = Buffer.byteLength(ch, 'utf8');
    if (octets + n > limit) {
      out.push(cur);
      cur = ' ';
      octets = 1;
      limit = 75;
    }
    cur += ch;
    octets += n;
  }
  out.push(cur);
  return out.join('\r\n');
}

const pad = (n: number) => String(n).padStart(2, '0');

function utcStamp(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

/** The instant of an EventDateTime's dateTime (wall time in timeZone when it has no offset). */
export function instantOfDateTime(dateTime: string, timeZone = 'Europe/Moscow'): number {
  if (/[zZ]|[+-]\d\d:?\d\d$/.test(dateTime)) return Date.parse(dateTime);
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::(\d{2}))?/.exec(dateTime);
  if (!m) return Number.NaN;
  return instantOf(`${m[1]}T${m[2]}`, timeZone) + Number(m[3] ?? 0) * 1000;
}

function dateProp(name: string, t: IcsEvent['start'], zone: string): string {
  if (t.date) return `${name};VALUE=DATE:${t.date.replace(/-/g, '')}`;
  return `${name}:${utcStamp(instantOfDateTime(t.dateTime ?? '', t.timeZone ?? zone))}`;
}

function wallStamp(dateTime: string, zone: string): string {
  return wallOfInstant(instantOfDateTime(dateTime, zone), zone).replace(/[-:]/g, '');
}

function offsetOf(dateTime: string, zone: string): string {
  const min = Math.round(zoneOffsetMs(instantOfDateTime(dateTime, zone), zone) / 60000);
  const a = Math.abs(min);
  return `${min < 0 ? '-' : '+'}${pad(Math.floor(a / 60))}${pad(a % 60)}`;
}

function vtimezone(zone: string, at: string): string[] {
  const off = offsetOf(at, zone);
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${zone}`,
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    `TZOFFSETFROM:${off}`,
    `TZOFFSETTO:${off}`,
    'END:STANDARD',
    'END:VTIMEZONE',
  ];
}

/** product: the PRODID's vendor (RFC 5545 §3.7.3); name: the calendar's, as X-WR-CALNAME. */
export function toIcs(product: string, name: string, timeZone: string, events: IcsEvent[]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${product}//local workspace//RU`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    `X-WR-TIMEZONE:${timeZone}`,
  ];
  const zones = new Map<string, string>();
  for (const e of events) {
    if (e.recurrence?.length && e.start.dateTime) zones.set(e.start.timeZone ?? timeZone, e.start.dateTime);
  }
  for (const [zone, at] of zones) lines.push(...vtimezone(zone, at));
  for (const e of events) {
    lines.push('BEGIN:VEVENT', `UID:${e.uid}`, `DTSTAMP:${utcStamp(e.stamp)}`);
    if (e.recurrence?.length && e.start.dateTime) {
      const zone = e.start.timeZone ?? timeZone;
      lines.push(`DTSTART;TZID=${zone}:${wallStamp(e.start.dateTime, zone)}`);
      lines.push(
        `DTEND;TZID=${zone}:${wallStamp(e.end.dateTime ?? e.start.dateTime, e.end.timeZone ?? zone)}`,
      );
    } else lines.push(dateProp('DTSTART', e.start, timeZone), dateProp('DTEND', e.end, timeZone));
    for (const r of e.recurrence ?? []) lines.push(r);
    lines.push(`SUMMARY:${escapeText(e.summary)}`);
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
    for (const [k, v] of Object.entries(e.extra ?? {})) lines.push(`${k}:${escapeText(v)}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
