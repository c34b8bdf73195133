// Values as Google Sheets (ru locale) sees them: zone arithmetic for date cells, the "typed text" conversion
// (a string that looks like a number or a date becomes one unless the cell is plain text '@'), and the
// display text of a value under a number format.

/** A date cell: the wall-clock time shown in the sheet, as ms of the same wall time in UTC (like a serial). */
export class Wall {
  constructor(readonly ms: number) {}
}

export type CellValue = string | number | boolean | Wall;

const DAY = 86_400_000;
/** Excel/Sheets serial 0 is 1899-12-30. */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

export function wallToSerial(w: Wall): number {
  return (w.ms - SERIAL_EPOCH) / DAY;
}
export function serialToWall(serial: number): Wall {
  return new Wall(Math.round(SERIAL_EPOCH + serial * DAY));
}

// --- time zones (cached: Intl formatters are slow to build, and date columns repeat the same hours) ---

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, Map<number, number>>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** Offset of the zone from UTC at an instant, in ms. Zone offsets change on whole quarter hours. */
export function offsetAt(instant: number, zone: string): number {
  let byBucket = offsets.get(zone);
  if (!byBucket) {
    byBucket = new Map();
    offsets.set(zone, byBucket);
  }
  const bucket = Math.floor(instant / 900_000);
  const hit = byBucket.get(bucket);
  if (hit !== undefined) return hit;
  const at = bucket * 900_000;
  const p: Record<string, number> = {};
  for (const part of formatter(zone).formatToParts(new Date(at))) p[part.type] = Number(part.value);
  const asUtc = Date.UTC(p['year']!, p['month']! - 1, p['day']!, p['hour']!, p['minute']!, p['second']!);
  const off = asUtc - at;
  if (byBucket.size > 100_000) byBucket.clear();
  byBucket.set(bucket, off);
  return off;
}

export function isValidZone(zone: string): boolean {
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

export function instantToWall(instant: number, zone: string): Wall {
  return new Wall(instant + offsetAt(instant, zone));
}

export function wallToInstant(w: Wall, zone: string): number {
  const first = w.ms - offsetAt(w.ms, zone);
  const second = w.ms - offsetAt(first, zone);
  return second;
}

export function isDateObject(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

// --- typed text ---

/** Only text starting like this can become something else than text. */
const MAY_CONVERT = /^(?:\s*[-+\d.,']|\s*[tfил])/i;
const NUMBER = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?$/;
const PERCENT = /^([+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+))\s?%$/;
const RU_DATE = /^(\d{1,2})\.(\d{1,2})(?:\.(\d{4}|\d{2}))?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

function wallOf(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): Wall | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(ms);
  if (back.getUTCDate() !== d || back.getUTCMonth() !== mo - 1) return null;
  return new Wall(ms);
}

/**
 * What Google Sheets in the ru locale stores for text typed into (or written by a script to) a cell whose
 * format is not plain text: numbers (also '007', '+7916…', '1,5', '50%'), dates ('15.10.2026',
 * '15.10.2026 14:00', '2026-10-15', and '15.10' = that day of `currentYear`), times ('14:00'), booleans.
 * A leading apostrophe forces text (and is not stored).
 */
export function parseTyped(text: string, currentYear: number | (() => number)): CellValue {
  if (!MAY_CONVERT.test(text)) return text;
  if (text.startsWith("'")) return text.slice(1);
  const t = text.trim();
  if (t === '') return text;
  if (NUMBER.test(t)) {
    // '1.5' in the ru locale is the 1st of May, not a number: see the date rule below.
    if (!(/^\d{1,2}\.\d{1,2}$/.test(t) && RU_DATE.test(t) && dateOf(t, currentYear))) {
      const n = Number(t.replace(',', '.'));
      if (Number.isFinite(n)) return n;
    }
  }
  const pct = PERCENT.exec(t);
  if (pct) return Number(pct[1]!.replace(',', '.')) / 100;
  const date = dateOf(t, currentYear);
  if (date) return date;
  const tm = TIME.exec(t);
  if (tm) {
    const w = wallOf(1899, 12, 30, +tm[1]!, +tm[2]!, +(tm[3] ?? 0));
    if (w) return w;
  }
  const up = t.toUpperCase();
  if (up === 'TRUE' || up === 'ИСТИНА') return true;
  if (up === 'FALSE' || up === 'ЛОЖЬ') return false;
  return text;
}

function dateOf(t: string, currentYear: number | (() => number)): Wall | null {
  let m = RU_DATE.exec(t);
  if (m) {
    let y = m[3] === undefined ? (typeof currentYear === 'number' ? currentYear : currentYear()) : +m[3];
    if (m[3] !== undefined && m[3].length === 2) y += y < 30 ? 2000 : 1900;
    return wallOf(y, +m[2]!, +m[1]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  }
  m = ISO_DATE.exec(t);
  if (m) return wallOf(+m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  return null;
}

// --- display ---

export const DEFAULT_NUMBER_FORMAT = '0.###############';

type FormatKind = 'text' | 'general' | 'date' | 'number';

export function formatKind(nf: string | undefined): FormatKind {
  if (nf === undefined || nf === '' || /^general$/i.test(nf) || nf === DEFAULT_NUMBER_FORMAT)
    return 'general';
  if (nf === '@') return 'text';
  const bare = nf
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*]/g, '')
    .replace(/\\./g, '');
  if (/[ydhsm]/i.test(bare.replace(/general/gi, ''))) return 'date';
  if (/[0#?]/.test(bare)) return 'number';
  return 'general';
}

export function isDateFormat(nf: string | undefined): boolean {
  return formatKind(nf) === 'date';
}

export function displayValue(v: CellValue, nf: string | undefined): string {
  if (v === '') return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'string') return v;
  const kind = formatKind(nf);
  if (v instanceof Wall) {
    if (kind === 'date') return formatDate(v, nf!);
    if (kind === 'number') return formatNumber(wallToSerial(v), nf!);
    return formatDate(v, v.ms % DAY === 0 ? 'dd.MM.yyyy' : 'dd.MM.yyyy H:mm:ss');
  }
  if (kind === 'date') return formatDate(serialToWall(v), nf!);
  if (kind === 'number') return formatNumber(v, nf!);
  return generalNumber(v);
}

function generalNumber(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toPrecision(15))).replace('.', ',');
}

function formatNumber(n: number, nf: string): string {
  const section = nf.split(';')[0] ?? nf;
  const percent = section.includes('%');
  const value = percent ? n * 100 : n;
  const body = section.replace(/"[^"]*"/g, '').replace(/[^0#?.,]/g, '');
  const dot = body.indexOf('.');
  const intPart = dot < 0 ? body : body.slice(0, dot);
  const fracPart = dot < 0 ? '' : body.slice(dot + 1);
  const required = (fracPart.match(/0/g) ?? []).length;
  const optional = (fracPart.match(/[#?]/g) ?? []).length;
  let s = Math.abs(value).toFixed(required + optional);
  if (optional > 0) {
    const [i, f = ''] = s.split('.');
    let frac = f;
    while (frac.length > required && frac.endsWith('0')) frac = frac.slice(0, -1);
    s = frac ? `${i}.${frac}` : (i ?? '');
  }
  let [int = '', frac = ''] = s.split('.');
  const minInt = (intPart.match(/0/g) ?? []).length;
  if (minInt === 0 && int === '0' && frac) int = '';
  while (int.length < minInt) int = `0${int}`;
  if (intPart.includes(',')) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  const sign = value < 0 && Number(s) !== 0 ? '-' : '';
  const prefix = section.match(/^"([^"]*)"/)?.[1] ?? '';
  return `${prefix}${sign}${int}${frac ? `,${frac}` : ''}${percent ? '%' : ''}`;
}

const MONTHS_SHORT = [
  'янв.',
  'февр.',
  'мар.',
  'апр.',
  'мая',
  'июн.',
  'июл.',
  'авг.',
  'сент.',
  'окт.',
  'нояб.',
  'дек.',
];
const MONTHS_LONG = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];
const DAYS_SHORT = ['Вс', 'Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб'];
const DAYS_LONG = ['воскресенье', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота'];

interface Token {
  kind: 'y' | 'm' | 'd' | 'h' | 's' | 'ampm' | 'lit';
  len: number;
  text: string;
}

function tokenize(nf: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < nf.length) {
    const ch = nf[i]!;
    if (ch === '"') {
      const end = nf.indexOf('"', i + 1);
      const lit = end < 0 ? nf.slice(i + 1) : nf.slice(i + 1, end);
      out.push({ kind: 'lit', len: 0, text: lit });
      i = end < 0 ? nf.length : end + 1;
      continue;
    }
    if (ch === '\\' && i + 1 < nf.length) {
      out.push({ kind: 'lit', len: 0, text: nf[i + 1]! });
      i += 2;
      continue;
    }
    if (ch === '[') {
      const end = nf.indexOf(']', i);
      i = end < 0 ? nf.length : end + 1;
      continue;
    }
    if (/^am\/pm/i.test(nf.slice(i, i + 5))) {
      out.push({ kind: 'ampm', len: 5, text: '' });
      i += 5;
      continue;
    }
    const lower = ch.toLowerCase();
    if ('ymdhs'.includes(lower)) {
      let j = i;
      while (j < nf.length && nf[j]!.toLowerCase() === lower) j++;
      out.push({ kind: lower as Token['kind'], len: j - i, text: '' });
      i = j;
      continue;
    }
    out.push({ kind: 'lit', len: 0, text: ch });
    i++;
  }
  return out;
}

const pad = (n: number, len: number) => String(n).padStart(len, '0');

/** Formats a wall time with a Sheets/Excel date pattern (m is minutes after h or before s, else month). */
export function formatDate(w: Wall, nf: string): string {
  const d = new Date(w.ms);
  const tokens = tokenize(nf);
  const ampm = tokens.some((t) => t.kind === 'ampm');
  const dated = tokens.filter((t) => t.kind !== 'lit');
  let out = '';
  for (const t of tokens) {
    switch (t.kind) {
      case 'lit':
        out += t.text;
        break;
      case 'y':
        out += t.len <= 2 ? pad(d.getUTCFullYear() % 100, 2) : String(d.getUTCFullYear());
        break;
      case 'd': {
        if (t.len <= 2) out += pad(d.getUTCDate(), t.len);
        else out += (t.len === 3 ? DAYS_SHORT : DAYS_LONG)[d.getUTCDay()];
        break;
      }
      case 'h': {
        const h = ampm ? d.getUTCHours() % 12 || 12 : d.getUTCHours();
        out += pad(h, Math.min(t.len, 2));
        break;
      }
      case 's':
        out += pad(d.getUTCSeconds(), Math.min(t.len, 2));
        break;
      case 'ampm':
        out += d.getUTCHours() < 12 ? 'AM' : 'PM';
        break;
      case 'm': {
        const k = dated.indexOf(t);
        const prev = dated[k - 1]?.kind;
        const next = dated[k + 1]?.kind;
        if (t.len <= 2 && (prev === 'h' || next === 's')) out += pad(d.getUTCMinutes(), t.len);
        else if (t.len <= 2) out += pad(d.getUTCMonth() + 1, t.len);
        else out += (t.len === 3 ? MONTHS_SHORT : MONTHS_LONG)[d.getUTCMonth()];
        break;
      }
    }
  }
  return out;
}
