// The order a sync carries out its calendar writes. A first sync of a large plan needs more than one run
// (an event write is one Calendar round trip, ≈ 0.35 s: 1,000 rows are ≈ 6 minutes of writes and a run
// works 4.5 minutes, app/budget.ts), so what the first run writes is what people need first: stale
// events removed, then the events that are on now or come soonest, and the past last (most recent first).
// Equal ranks keep the plan's row order (Array.prototype.sort is stable, ES2019).
import type { CalendarAction, EventTime } from './calendarPlan';
import { addDays } from './days';
import type { Day } from './types';

const dayOf = (t: EventTime): Day => (t.date ?? t.dateTime ?? '').slice(0, 10);

/**
 * 0 for a deletion; then [1, day] for an event on now or to come (a series counts as on now: its
 * occurrences run from its first day on); then [2, its last day] for one that is over.
 */
function rank(a: CalendarAction, today: Day): [number, string] {
  if (a.kind === 'delete') return [0, ''];
  const ev = a.event;
  const start = dayOf(ev.start);
  // An all-day event's end is exclusive (the day after its last day); a timed one ends on its day.
  const lastDay = ev.end.date ? addDays(ev.end.date, -1) : dayOf(ev.end);
  if (lastDay >= today || ev.recurrence?.length) return [1, start < today ? today : start];
  return [2, lastDay];
}

/** The actions, most urgent first: deletions, then the soonest events, then the past (latest first). */
export function soonestFirst(actions: readonly CalendarAction[], today: Day): CalendarAction[] {
  const ranked = actions.map((a) => ({ a, r: rank(a, today) }));
  ranked.sort((x, y) => {
    if (x.r[0] !== y.r[0]) return x.r[0] - y.r[0];
    if (x.r[1] === y.r[1]) return 0;
    const before = x.r[1] < y.r[1];
    // Upcoming: the earlier day first; past: the later day first.
    return (x.r[0] === 2 ? !before : before) ? -1 : 1;
  });
  return ranked.map((x) => x.a);
}
