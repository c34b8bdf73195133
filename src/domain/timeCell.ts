// The Время column of a plan row: the time of the row's days that have none of their own.
import { dateMs, isDateObject, wallTime } from './days';
import type { Timing } from './types';

const pad2 = (n: number): string => (n < 10 ? '0' : '') + n;

/** «10:00», «10.00», «9.30-10.15», a Date (its wall time) or a day fraction → «HH:MM», or ''. */
export function timeOfCell(cell: unknown, timeZone: string): string {
  if (cell === undefined || cell === null || cell === '') return '';
  if (isDateObject(cell)) {
    const wall = wallTime(dateMs(cell), timeZone);
    return wall && wall.time !== '00:00' ? wall.time : '';
  }
  if (typeof cell === 'number') {
    const minutes = Math.round((cell - Math.floor(cell)) * 1440);
    return minutes > 0 && minutes < 1440 ? pad2(Math.floor(minutes / 60)) + ':' + pad2(minutes % 60) : '';
  }
  const m = /^\s*(?:в\s*)?(\d{1,2})[.:](\d{2})(?!\d)/.exec(String(cell));
  if (!m) return '';
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h <= 23 && min <= 59 ? pad2(h) + ':' + m[2] : '';
}

/** The timing with the Время cell's time on its single days that have no time. */
export function withTimeCell(t: Timing, cell: unknown, timeZone: string): Timing {
  const time = timeOfCell(cell, timeZone);
  if (!time) return t;
  return {
    ...t,
    occurrences: t.occurrences.map((o) => (o.time || o.start !== o.end ? o : { ...o, time })),
  };
}
