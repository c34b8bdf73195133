// calendar.ics: the emulator's calendar as an iCalendar file (RFC 5545) that any calendar app imports.
// Lines end in CRLF and are folded at 75 octets (§3.1); text values escape \ ; , and newlines (§3.3.11);
// all-day events use DTSTART;VALUE=DATE with the exclusive DTEND of the Calendar API (§3.6.1: DTEND is
// non-inclusive); timed events are written in UTC ("Z"), so no VTIMEZONE is needed (§3.3.5 form 2).
import { instantOf } from './clock';

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

export function toIcs(name: string, timeZone: string, events: IcsEvent[]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//planbook//local workspace//RU',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    `X-WR-TIMEZONE:${timeZone}`,
  ];
  for (const e of events) {
    lines.push('BEGIN:VEVENT', `UID:${e.uid}`, `DTSTAMP:${utcStamp(e.stamp)}`);
    lines.push(dateProp('DTSTART', e.start, timeZone), dateProp('DTEND', e.end, timeZone));
    lines.push(`SUMMARY:${escapeText(e.summary)}`);
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
    for (const [k, v] of Object.entries(e.extra ?? {})) lines.push(`${k}:${escapeText(v)}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
