// Times written with the dates in one Сроки cell: «27.12\n10.00», «22 июня 10.00 ч.», «28 апреля\n13.00»,
// «11 марта 11-30-13-30», «18.02.2018 г. с 09-00 до 16-00», «19.12 16.30\n22.12 10.00, 12.00». The Сроки
// text stays as written; what was understood goes to the Дата cell as «27.12.2025 10:00, …».
import { pad2, ruDate } from './importRow';
import { parseTiming } from './timing';
import type { SchoolYear } from './types';

// a dotted day needs a real month («20.00» is a time); a time a real hour («27.01» is a day)
const DATE = String.raw`\d{1,2}[./](?:0?[1-9]|1[0-2])(?!\d)(?:[./]\d{2,4})?\.?(?:\s*г\.?)?|\d{1,2}\s+[а-яё]+(?:\s+\d{4}(?:\s*г\.?|\s*года)?)?`;
const ONE_TIME = String.raw`(?:[01]?\d|2[0-3])[.:-][0-5]\d(?!\d)(?:\s*(?:-|–|—|до)\s*\d{1,2}[.:-]\d{2})?`;
const TIMES = String.raw`${ONE_TIME}(?:(?:\s*(?:,|и)\s*|\s+)${ONE_TIME})*`;
/** One «day times» piece of a line; a line may hold several («24.01.2020 20.00 27.01.2020 17.00»). */
const PIECE = new RegExp(
  String.raw`\s*(?:(${DATE})\s*,?\s*)?(?:(?:в|с)\s*)?(${TIMES})?\s*(?:ч\.?)?\s*[,;]?`,
  'iy',
);
const START = /(\d{1,2})[.:-](\d{2})/;

/** «10.00, 12.00» → «10:00», «12:00»; the end of a range («11-30-13-30») is dropped. */
function timesOf(list: string): string[] | null {
  const out: string[] = [];
  for (const part of list.split(/\s*(?:,|\sи\s)\s*|(?<![-–—]|до)\s+(?=\d{1,2}[.:-]\d{2}(?!\d))/)) {
    const m = START.exec(part);
    if (!m) return null;
    const h = Number(m[1]);
    const min = Number(m[2]);
    if (h > 23 || min > 59) return null;
    out.push(pad2(h) + ':' + pad2(min));
  }
  return out;
}

/** The cell names days with their times («22.02.2020 19.00»), read as it is or through datesWithTimes. */
export function hasDayTimes(cell: string, sy: SchoolYear): boolean {
  if (datesWithTimes(cell, sy) !== '') return true;
  const own = parseTiming(cell, sy);
  return own.problems.length === 0 && own.occurrences.length > 0 && own.occurrences.every((o) => o.time);
}

/**
 * The Дата cell for a Сроки cell whose days come with their times, or '' when the cell is not such a
 * list (then the period is read as it is).
 */
export function datesWithTimes(period: string, sy: SchoolYear): string {
  // «25.12 в 10:00» is read as it is
  const own = parseTiming(period, sy);
  if (own.problems.length === 0 && own.occurrences.some((o) => o.time)) return '';
  const entries: { date: string; times: string[] }[] = [];
  let anyTime = false;
  for (const raw of period.split(/\n|;/)) {
    const line = raw.replace(/\s+/g, ' ').trim();
    PIECE.lastIndex = 0;
    while (PIECE.lastIndex < line.length) {
      const at = PIECE.lastIndex;
      const m = PIECE.exec(line);
      if (!m || PIECE.lastIndex === at || (!m[1] && !m[2])) return '';
      const times = m[2] ? timesOf(m[2]) : [];
      if (!times) return '';
      if (times.length > 0) anyTime = true;
      const last = entries[entries.length - 1];
      if (m[1]) entries.push({ date: m[1], times });
      else if (last && last.times.length === 0) last.times = times;
      else return '';
    }
  }
  if (!anyTime) return '';
  const out: string[] = [];
  for (const e of entries) {
    const t = parseTiming(e.date, sy);
    const o = t.occurrences[0];
    const clean = t.problems.every((p) => p.code === 'timing.outsideYear');
    if (t.kind !== 'date' || t.occurrences.length !== 1 || !o || o.start !== o.end || !clean) return '';
    if (e.times.length === 0) out.push(ruDate(o.start));
    for (const time of e.times) out.push(ruDate(o.start) + ' ' + time);
  }
  return out.join(', ');
}
