// «кроме …» in a Сроки text (issue #14): the days a row leaves out, as people write them —
// «по средам, кроме 24.02», «еженедельно по четвергам (кроме 5 ноября и 31 декабря)», «ежемесячно,
// кроме января», «в течение года, кроме декабря». The clause runs from «кроме» to a closing bracket, a
// semicolon or the end, and is read by the same rules as a whole text (dates, months). Its days go from
// the row's occurrences the way the Каникулы do (holidays.ts): a single day is dropped, a span is cut
// around them — so a weekly or monthly series gets them as EXDATE (series.ts) and the reminders, the
// report and the status sidebar never see them. A clause none of the rules understands («кроме
// выходных») is left in the text, as before; one that names no day of the row is a problem.
import { formatDayRu } from './days';
import { spanWithoutHolidays } from './holidays';
import type { Occurrence, Problem } from './types';

const CLAUSE = /(^|[\s,;(])кроме\s+([^();]+?)\s*(?=\)|;|$)/;

/** The text without its «кроме …» clause, and the clause; null when there is none. */
export function exceptClause(s: string): { main: string; clause: string } | null {
  const m = CLAUSE.exec(s);
  if (!m || /кроме/.test(m[2]!)) return null;
  const start = m.index + m[1]!.length;
  return { main: `${s.slice(0, start)} ${s.slice(m.index + m[0].length)}`, clause: m[2]! };
}

/** The occurrences without the left-out days; a left-out day or span the row does not have is a problem. */
export function withoutExcepted(occ: Occurrence[], left: Occurrence[], problems: Problem[]): Occurrence[] {
  for (const e of left) {
    if (occ.some((o) => o.start <= e.end && o.end >= e.start)) continue;
    const date = e.start === e.end ? formatDayRu(e.start) : `${formatDayRu(e.start)}–${formatDayRu(e.end)}`;
    problems.push({ code: 'timing.exceptNone', params: { date } });
  }
  return occ.flatMap((o) => spanWithoutHolidays(o, left));
}
