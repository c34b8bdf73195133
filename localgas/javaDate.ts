// Utilities.formatDate follows Java's SimpleDateFormat (R/utilities/utilities#formatDate): letters are
// fields, text in single quotes is literal, '' is a quote. YYYY is the week-year, D the day of the year.
import { zoneOffsetMs } from './clock';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const pad = (n: number, w: number) => String(Math.abs(n)).padStart(w, '0');

/**
 * Week-year and week as Java's default (US) calendar counts them: weeks start on Sunday and week 1 is
 * the week that holds 1 January, so 29 Dec 2019 (a Sunday) is in week 1 of 2020.
 */
function weekYear(d: Date): { year: number; week: number } {
  const day = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  const saturday = new Date(day + (6 - new Date(day).getUTCDay()) * 86400000);
  const year = saturday.getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1);
  const firstSunday = jan1 - new Date(jan1).getUTCDay() * 86400000;
  return { year, week: Math.floor((day - firstSunday) / (7 * 86400000)) + 1 };
}

export function formatJavaDate(instant: Date, timeZone: string, pattern: string): string {
  const off = zoneOffsetMs(instant.getTime(), timeZone);
  const d = new Date(instant.getTime() + off);
  const field = (ch: string, n: number): string => {
    switch (ch) {
      case 'y':
        return n === 2 ? pad(d.getUTCFullYear() % 100, 2) : pad(d.getUTCFullYear(), n);
      case 'Y': {
        const y = weekYear(d).year;
        return n === 2 ? pad(y % 100, 2) : pad(y, n);
      }
      case 'M':
        if (n >= 4) return MONTHS[d.getUTCMonth()]!;
        if (n === 3) return MONTHS[d.getUTCMonth()]!.slice(0, 3);
        return pad(d.getUTCMonth() + 1, n);
      case 'd':
        return pad(d.getUTCDate(), n);
      case 'D': {
        const doy = Math.floor((d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86400000) + 1;
        return pad(doy, n);
      }
      case 'w':
        return pad(weekYear(d).week, n);
      case 'E':
        return n >= 4 ? DAYS[d.getUTCDay()]! : DAYS[d.getUTCDay()]!.slice(0, 3);
      case 'u':
        return String(d.getUTCDay() || 7);
      case 'H':
        return pad(d.getUTCHours(), n);
      case 'k':
        return pad(d.getUTCHours() || 24, n);
      case 'h':
        return pad(d.getUTCHours() % 12 || 12, n);
      case 'K':
        return pad(d.getUTCHours() % 12, n);
      case 'm':
        return pad(d.getUTCMinutes(), n);
      case 's':
        return pad(d.getUTCSeconds(), n);
      case 'S':
        return pad(d.getUTCMilliseconds(), Math.max(n, 3)).slice(0, Math.max(n, 3));
      case 'a':
        return d.getUTCHours() < 12 ? 'AM' : 'PM';
      case 'Z': {
        const m = Math.round(off / 60000);
        return `${m < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(m) / 60), 2)}${pad(Math.abs(m) % 60, 2)}`;
      }
      case 'X': {
        const m = Math.round(off / 60000);
        if (m === 0) return 'Z';
        const hh = `${m < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(m) / 60), 2)}`;
        return n === 1
          ? hh
          : n === 2
            ? `${hh}${pad(Math.abs(m) % 60, 2)}`
            : `${hh}:${pad(Math.abs(m) % 60, 2)}`;
      }
      case 'z': {
        const m = Math.round(off / 60000);
        return `GMT${m < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(m) / 60), 2)}:${pad(Math.abs(m) % 60, 2)}`;
      }
      default:
        throw new Error(`Illegal pattern character '${ch}'`);
    }
  };
  let out = '';
  for (let i = 0; i < pattern.length; ) {
    const ch = pattern[i]!;
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) {
        out += "'";
        i += 2;
        continue;
      }
      out += pattern.slice(i + 1, end < 0 ? undefined : end).replace(/''/g, "'");
      i = end < 0 ? pattern.length : end + 1;
      continue;
    }
    if (/[a-zA-Z]/.test(ch)) {
      let n = 1;
      while (pattern[i + n] === ch) n++;
      out += field(ch, n);
      i += n;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}
