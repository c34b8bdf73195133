// What is coming up: the dated occurrences of the plan's rows that overlap [today, until], soonest first.
// Pure: the add-on card (and any other face) asks for this list and only lays it out.
import { compareDays } from './days';
import type { Day, Occurrence, Status } from './types';

export interface UpcomingSource {
  number: string;
  title: string;
  status: Status | null;
  responsibles: string[];
  timing: { occurrences: Occurrence[] };
}

export interface Upcoming {
  start: Day;
  end: Day;
  time: string;
  number: string;
  title: string;
  responsibles: string[];
}

/** Held and cancelled rows are not coming up; a range that started before today but goes on still is. */
export function upcomingEvents(rows: UpcomingSource[], today: Day, until: Day): Upcoming[] {
  const out: Upcoming[] = [];
  for (const r of rows) {
    if (r.status === 'cancelled' || r.status === 'held') continue;
    for (const o of r.timing.occurrences) {
      if (compareDays(o.end, today) < 0 || compareDays(o.start, until) > 0) continue;
      out.push({
        start: o.start,
        end: o.end,
        time: o.time ?? '',
        number: r.number,
        title: r.title,
        responsibles: r.responsibles,
      });
    }
  }
  return out.sort(
    (a, b) => compareDays(a.start, b.start) || a.number.localeCompare(b.number, 'ru', { numeric: true }),
  );
}
