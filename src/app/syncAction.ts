// One calendar action carried out: create (a 409 brings back a deleted event of ours), update or restore
// (a 404/410 makes it anew), delete (already gone is done). Usage limits are waited out (app/backoff.ts).
import type { CalendarAction, DesiredEvent } from '../domain/calendarPlan';
import { type Backoff, RateLimitStop } from './backoff';
import type { CalendarEvent, PlanCalendar } from './ports';
import { isDuplicate, isGone } from './serviceErrors';

function toResource(d: DesiredEvent, confirmed: boolean): CalendarEvent {
  return {
    id: d.id,
    summary: d.summary,
    description: d.description,
    location: d.location,
    start: d.start,
    end: d.end,
    ...(d.recurrence ? { recurrence: d.recurrence } : {}),
    extendedProperties: { private: d.privateProps },
    ...(confirmed ? { status: 'confirmed' } : {}),
  };
}

/**
 * Carries out one action; returns whether it brought back a deleted event. A usage limit is waited out
 * (app/backoff.ts) and throws RateLimitStop only when that does not help within the run.
 */
export function performAction(cal: PlanCalendar, a: CalendarAction, backoff: Backoff): 'restored' | 'done' {
  const guard = <T>(fn: () => T): T => backoff.run(fn);
  switch (a.kind) {
    case 'skip':
      return 'done';
    case 'create':
      try {
        guard(() => cal.insert(toResource(a.event, false)));
        return 'done';
      } catch (e) {
        // 409: the id exists — a deleted event of ours the listing did not show: bring it back.
        if (e instanceof RateLimitStop || !isDuplicate(e)) throw e;
        guard(() => cal.update(a.event.id, toResource(a.event, true)));
        return 'restored';
      }
    case 'update':
    case 'restore':
      try {
        guard(() => cal.update(a.event.id, toResource(a.event, true)));
      } catch (e) {
        // 404/410: gone for good since the listing; make it anew.
        if (e instanceof RateLimitStop || !isGone(e)) throw e;
        guard(() => cal.insert(toResource(a.event, false)));
      }
      return a.kind === 'restore' ? 'restored' : 'done';
    case 'delete':
      try {
        guard(() => cal.remove(a.id));
      } catch (e) {
        if (e instanceof RateLimitStop || !isGone(e)) throw e; // already deleted: done
      }
      return 'done';
  }
}
