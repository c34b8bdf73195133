// The guard before mass deletions: when a run would delete the events of many rows at once (the plan
// cleared, a column pasted over, keys lost), nothing is done until the owner confirms from the menu.
import { type CalendarAction, type ListedEvent, parseEventId } from '../domain/calendarPlan';
import type { AppContext } from './context';

/** More rows than this losing all their events in one run, and more than this share of them, waits. */
const MASS_MIN_ROWS = 5;
const MASS_SHARE = 0.2;
/** How long the owner's confirmation holds (a long deletion may need a continuation or two). */
const CONFIRM_MS = 6 * 60 * 60 * 1000;
export const HELD_PROP = 'sync:held';
export const CONFIRMED_PROP = 'sync:massConfirmed';

/**
 * A guard before mass changes: when the run would delete the events of many rows at once (the plan
 * cleared, a column pasted over, keys lost), nothing is done until the owner confirms from the menu.
 * Deleting events is the one action a later run cannot undo for the people who already saw them.
 */
export function massHold(
  ctx: AppContext,
  actions: CalendarAction[],
  listedEvents: ListedEvent[],
  tag: string,
): { rows: number; events: number; total: number } | null {
  const gone = new Set<string>();
  let events = 0;
  for (const a of actions) {
    if (a.kind !== 'delete') continue;
    gone.add(a.key);
    events++;
  }
  if (gone.size <= MASS_MIN_ROWS) return null;
  const withEvents = new Set<string>();
  for (const e of listedEvents) {
    const p = parseEventId(tag, e.id);
    if (p && e.status !== 'cancelled') withEvents.add(p.key);
  }
  if (gone.size <= withEvents.size * MASS_SHARE) return null;
  const confirmed = Date.parse(ctx.store().get(CONFIRMED_PROP) ?? '');
  if (Number.isFinite(confirmed) && ctx.now.getTime() - confirmed < CONFIRM_MS) return null;
  return { rows: gone.size, events, total: withEvents.size };
}
