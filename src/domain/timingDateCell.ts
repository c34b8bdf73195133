// The Дата cell of a plan row: a Date (an instant, read in the plan's zone), a Sheets serial number, an
// ISO day or a written date. It wins over the Сроки text when filled.
import { addDays, dateMs, fromParts, isDateObject, isValidParts, wallTime } from './days';
import { pad2 } from './timingScan';
import { analyzeText } from './timingText';
import type { Occurrence, SchoolYear } from './types';

export type CellResult = { occ: Occurrence[] } | { bad: string } | null;

const SHEETS_EPOCH = '1899-12-30';

export function fromDateCell(cell: unknown, sy: SchoolYear, timeZone: string): CellResult {
  if (cell === undefined || cell === null) return null;
  if (typeof cell === 'string' && cell.trim() === '') return null;
  if (isDateObject(cell)) {
    const wall = wallTime(dateMs(cell), timeZone);
    if (!wall) return { bad: 'Invalid Date' };
    const occ: Occurrence = { start: wall.day, end: wall.day };
    if (wall.time !== '00:00') occ.time = wall.time;
    return { occ: [occ] };
  }
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || cell < 1 || cell > 150000) return { bad: String(cell) };
    const whole = Math.floor(cell);
    const day = addDays(SHEETS_EPOCH, whole);
    const minutes = Math.round((cell - whole) * 1440);
    if (minutes <= 0 || minutes >= 1440) return { occ: [{ start: day, end: day }] };
    return {
      occ: [{ start: day, end: day, time: pad2(Math.floor(minutes / 60)) + ':' + pad2(minutes % 60) }],
    };
  }
  if (typeof cell !== 'string') return { bad: printable(cell) };
  const t = cell.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[t ](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?$/i.exec(t);
  if (iso) {
    const y = Number(iso[1]);
    const m = Number(iso[2]);
    const d = Number(iso[3]);
    if (!isValidParts(y, m, d)) return { bad: t };
    const day = fromParts(y, m, d);
    if (iso[4] === undefined) return { occ: [{ start: day, end: day }] };
    const hh = Number(iso[4]);
    const mm = Number(iso[5]);
    if (hh > 23 || mm > 59) return { bad: t };
    const time = pad2(hh) + ':' + pad2(mm);
    return { occ: [time === '00:00' ? { start: day, end: day } : { start: day, end: day, time }] };
  }
  const a = analyzeText(t, sy);
  const kind = a.timing.kind;
  const clean = a.timing.problems.every((p) => p.code === 'timing.outsideYear');
  if ((kind === 'date' || kind === 'deadline') && clean && a.residue.length === 0) {
    return { occ: a.timing.occurrences };
  }
  return { bad: t.length > 60 ? t.slice(0, 60) + '…' : t };
}

/** A cell value as text, even an object whose toString is not a function (never throws). */
function printable(v: unknown): string {
  try {
    return String(v);
  } catch {
    return Object.prototype.toString.call(v);
  }
}
