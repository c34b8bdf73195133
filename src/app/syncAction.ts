// One calendar action carried out: create (a 409 brings back a deleted event of ours), update or restore
// (a 404/410 makes it anew; a 403, a person's deletion, makes it again under a fresh id), delete (already
// gone is done). Usage limits are waited out (app/backoff.ts).
import { type CalendarAction, type DesiredEvent, freshId } from '../domain/calendarPlan';
import { type Backoff, RateLimitStop } from './backoff';
import type { CalendarEvent, PlanCalendar } from './ports';
import { isDuplicate, isForbidden, isGone } from './serviceErrors';

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
 * (app/backoff.ts) and throws RateLimitStop only when that does not help within the run. A deleted event
 * that cannot be brought back (403 to the update: a person deleted it; 409 to the insert: its id is taken)
 * is made again under a fresh id, and the listing by private property then knows it as the row's
 * (domain/calendarPlan.ts planSync).
 */
export function performAction(
  cal: PlanCalendar,
  a: CalendarAction,
  backoff: Backoff,
  random: () => number = Math.random,
): 'restored' | 'done' {
  const guard = <T>(fn: () => T): T => backoff.run(fn);
  const fresh = (d: DesiredEvent) =>
    guard(() => cal.insert({ ...toResource(d, false), id: freshId(d.id, random) }));
  const rethrow = (e: unknown, expected: (e: unknown) => boolean) => {
    if (e instanceof RateLimitStop || !expected(e)) throw e;
  };
  switch (a.kind) {
    case 'skip':
      return 'done';
    case 'create':
      try {
        guard(() => cal.insert(toResource(a.event, false)));
        return 'done';
      } catch (e) {
        // 409: the id exists — a deleted event of ours the listing did not show: bring it back.
        rethrow(e, isDuplicate);
        try {
          guard(() => cal.update(a.event.id, toResource(a.event, true)));
        } catch (e2) {
          rethrow(e2, isForbidden);
          fresh(a.event);
        }
        return 'restored';
      }
    case 'update':
    case 'restore':
      try {
        guard(() => cal.update(a.target ?? a.event.id, toResource(a.event, true)));
      } catch (e) {
        if (e instanceof RateLimitStop) throw e;
        if (isForbidden(e)) fresh(a.event);
        else {
          // 404/410: gone for good since the listing; make it anew (under a fresh id if its own is taken).
          rethrow(e, isGone);
          try {
            guard(() => cal.insert(toResource(a.event, false)));
          } catch (e2) {
            rethrow(e2, isDuplicate);
            fresh(a.event);
          }
        }
      }
      return a.kind === 'restore' ? 'restored' : 'done';
    case 'delete':
      try {
        guard(() => cal.remove(a.id));
      } catch (e) {
        rethrow(e, isGone); // already deleted: done
      }
      return 'done';
  }
}
