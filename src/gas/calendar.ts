// Calendar advanced service adapter (Calendar API v3, enabled in appsscript.json as `Calendar`): the only
// code that touches the calendar. Argument order follows the advanced service: the resource first for
// writes, e.g. Events.insert(resource, calendarId) (R/ advanced services; APPS-SCRIPT-FACTS §2).
//
// Why the advanced service and not CalendarApp: it lets planbook choose each event's id (Events.insert
// with `id`, 5–1024 base32hex characters, CAL/v3/reference/events) and keep private extended properties
// (extendedProperties.private) that Events.list filters by (`privateExtendedProperty=k=v`,
// CAL/v3/reference/events/list). A chosen id makes a create exactly-once: a repeat fails with 409
// "The requested identifier already exists." instead of making a duplicate (CAL/guides/errors).
//
// Scopes (appsscript.json): `calendar.events` ("View and edit events on all your calendars") to keep
// events in a shared calendar chosen by id, and `calendar.app.created` ("Make secondary Google calendars,
// and see, create, change, and delete events on them") to create the plan's own calendar — Calendars.insert
// accepts calendar, calendar.app.created or calendar.calendars (CAL/v3/reference/calendars/insert).
// Both are narrower than `calendar` ("See, edit, share, and permanently delete all the calendars you can
// access"), which planbook does not need (https://developers.google.com/calendar/api/auth).
// CalendarList.list is not used: it needs calendar(.readonly) or calendar.calendarlist(.readonly)
// (CAL/v3/reference/calendarList/list), a wider read of every calendar the user has.

import type { CalendarEvent, CalendarService, PlanCalendar as PlanCalendarPort } from '../app/ports';

type Event = CalendarEvent;

function api(): GoogleAppsScript.Calendar {
  if (typeof Calendar === 'undefined' || !Calendar) {
    throw new Error('Calendar advanced service is not enabled (appsscript.json: enabledAdvancedServices)');
  }
  return Calendar;
}

export { errorText, isDailyQuota, isDuplicate, isGone, isRateLimit } from '../app/serviceErrors';

export class PlanCalendar implements PlanCalendarPort {
  constructor(readonly id: string) {}

  /**
   * Every event matching the private property, deleted ones too (showDeleted: cancelled events are listed
   * only with showDeleted=true, CAL/v3/reference/events/list). Pages of up to 2500 (the maximum), following
   * nextPageToken; a page may hold fewer items while more remain.
   */
  list(property: string): Event[] {
    const out: Event[] = [];
    let pageToken: string | undefined;
    do {
      const page = api().Events!.list(this.id, {
        privateExtendedProperty: property,
        showDeleted: true,
        maxResults: 2500,
        ...(pageToken ? { pageToken } : {}),
      });
      for (const e of page.items ?? []) out.push(e as Event);
      pageToken = page.nextPageToken || undefined;
    } while (pageToken);
    return out;
  }

  insert(resource: Event): Event {
    return api().Events!.insert(resource, this.id) as Event;
  }

  /** Full replace; with status 'confirmed' it also brings back a deleted event of ours. */
  update(id: string, resource: Event): Event {
    return api().Events!.update(resource, this.id, id) as Event;
  }

  remove(id: string): void {
    api().Events!.remove(this.id, id);
  }

  get(id: string): Event {
    return api().Events!.get(this.id, id) as Event;
  }

  peek(): number {
    return (api().Events!.list(this.id, { maxResults: 1 }).items ?? []).length;
  }
}

/** Creates a secondary calendar owned by the user; returns its id. */
export function createCalendar(summary: string, description: string, timeZone: string): string {
  const cal = api().Calendars!.insert({ summary, description, timeZone });
  return String(cal.id);
}

/** The CalendarService port. */
export const gasCalendar: CalendarService = {
  open: (id) => new PlanCalendar(id),
  create: createCalendar,
};
