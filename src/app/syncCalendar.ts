// The plan's calendar and planbook's events in it: the calendar typed in Settings, or the one planbook made
// (its id in the store), or a new one; listing our events by a private property; a calendar gone (404)
// made again or, when typed, stopping the run with what to do.
import { type ListedEvent, PROP_INDEX, PROP_KEY, PROP_SIG } from '../domain/calendarPlan';
import { g } from '../domain/texts/guards';
import { t } from '../domain/texts/ui';
import { type AppContext, flushLog, log } from './context';
import { forgetPlan } from './planCache';
import type { CalendarEvent, PlanCalendar } from './ports';
import { isGone } from './serviceErrors';

export const CAL_PROP = 'calendar:id';
const CAL_PENDING = 'calendar:creating';

/** The calendar: typed in Settings, or the one planbook created (the plan's store), or a new one. */
function openCalendar(ctx: AppContext): PlanCalendar {
  const typed = ctx.settings.get('calendarId');
  if (typed) return ctx.calendar.open(typed);
  // The on-edit sync has the id from the cache the full sync left (app/planCache.ts): no store opened.
  if (ctx.cachedCalendarId) return ctx.calendar.open(ctx.cachedCalendarId);
  const store = ctx.store();
  const known = store.get(CAL_PROP);
  ctx.ownCalendarId = known ?? undefined;
  if (known) return ctx.calendar.open(known);
  const name = ctx.settings.get('calendarName');
  // Calendars cannot be found again without a wider scope (CalendarList.list), so a run killed between
  // creating the calendar and remembering it may leave an empty one behind: say so in the Log.
  if (store.get(CAL_PENDING))
    log(ctx, t('logSync', ctx.lang), t('syncCalendarMaybeLost', ctx.lang, { name }));
  store.set(CAL_PENDING, ctx.now.toISOString());
  const id = ctx.calendar.create(name, t('calendarDescription', ctx.lang), ctx.settings.timeZone);
  forgetPlan(ctx); // the cache's calendar id is an old one now
  store.set(CAL_PROP, id);
  ctx.ownCalendarId = id;
  store.remove(CAL_PENDING);
  log(ctx, t('logSync', ctx.lang), t('syncCalendarCreated', ctx.lang, { name, id }));
  return ctx.calendar.open(id);
}

function listed(e: CalendarEvent): ListedEvent {
  const props = e.extendedProperties?.private ?? {};
  const key = props[PROP_KEY];
  const index = props[PROP_INDEX];
  return {
    id: String(e.id ?? ''),
    ...(key && index !== undefined ? { ident: `${key}#${index}` } : {}),
    ...(e.recurringEventId ? { instanceOf: e.recurringEventId } : {}),
    status: e.status,
    summary: e.summary,
    description: e.description,
    location: e.location,
    start: e.start,
    end: e.end,
    ...(e.recurrence?.length ? { recurrence: e.recurrence } : {}),
    sig: e.extendedProperties?.private?.[PROP_SIG],
  };
}

/** The typed calendar id names no calendar planbook can reach: the owner must fix the setting. */
export class CalendarMissingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CalendarMissingError';
  }
}

/**
 * The calendar and our events in it. A calendar that answers 404 (deleted by hand, access taken away, a
 * typo in the setting) never shows as Google's raw error: planbook's own calendar is made again (the
 * events follow in this run), a typed id stops the run with what to do — in the Log too.
 */
export function openAndList(
  ctx: AppContext,
  properties: string[],
): { cal: PlanCalendar; events: ListedEvent[] } {
  const list = (cal: PlanCalendar) => properties.flatMap((p) => cal.list(p).map(listed));
  const cal = openCalendar(ctx);
  try {
    return { cal, events: list(cal) };
  } catch (e) {
    if (!isGone(e)) throw e;
    const name = ctx.settings.get('calendarName');
    if (ctx.settings.get('calendarId')) {
      const message = g('calendarTypedMissing', ctx.lang, { id: cal.id });
      log(ctx, t('logSync', ctx.lang), message);
      flushLog(ctx);
      throw new CalendarMissingError(message);
    }
    ctx.store().remove(CAL_PROP);
    ctx.cachedCalendarId = undefined; // the new one is made (and the cache dropped) just below
    ctx.ownCalendarId = undefined;
    log(ctx, t('logSync', ctx.lang), g('calendarOwnMissing', ctx.lang, { id: cal.id, name }));
    const fresh = openCalendar(ctx);
    return { cal: fresh, events: list(fresh) };
  }
}
