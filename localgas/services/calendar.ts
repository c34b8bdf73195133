// The Calendar advanced service (Calendar API v3 as Apps Script exposes it: the global `Calendar`), kept in
// <state>/calendar.json and exported to calendar.ics after every run. Semantics the code relies on
// (APPS-SCRIPT-FACTS §2): client-chosen base32hex ids, 409 on a taken id (a deleted event's id too),
// deletes that only mark an event cancelled (get still returns it; list shows it only with showDeleted),
// 410 on a second delete, 404 for unknown ids, private extended properties and listing by them (all
// pairs must match), pages of at most 2500 (default 250), exclusive all-day ends. Errors carry the
// message Apps Script shows: 'API call to calendar.events.<method> failed with error: <message>'.
// Recurring events (recurrence: RRULE/RDATE/EXDATE) are kept as one event and expanded only by
// events.list with singleEvents=true (recurrence.ts); a timed recurring event needs start.timeZone
// (EventDateTime "timeZone": "For recurring events this field is required and specifies the time zone in
// which the recurrence is expanded", CAL/v3/reference/events).
// Ids are looked up in a per-calendar index (not a scan of every event per insert), and calendar.json
// and calendar.ics are written only when something changed since the last save.
import { existsSync } from 'node:fs';
import { type IcsEvent, instantOfDateTime, toIcs } from '../ics';
import { productOf } from '../product';
import type { FakeService, ServiceContext } from '../service';
import { expand, recurrenceError } from './recurrence';

type Event = GoogleAppsScript.Calendar.Schema.Event;
type EventDateTime = GoogleAppsScript.Calendar.Schema.EventDateTime;

export interface StoredEvent {
  id: string;
  status: 'confirmed' | 'tentative' | 'cancelled';
  summary?: string;
  description?: string;
  location?: string;
  start?: EventDateTime;
  end?: EventDateTime;
  /** RRULE / RDATE / EXDATE lines of a recurring event. */
  recurrence?: string[];
  privateProps: Record<string, string>;
  sharedProps: Record<string, string>;
  created: number;
  updated: number;
  sequence: number;
  /** Deleted by a person in the Calendar UI: an update or patch then answers 403 (see personDeleteEvent). */
  byPerson?: boolean;
}

export interface StoredCalendar {
  id: string;
  summary: string;
  description?: string;
  timeZone: string;
  events: StoredEvent[];
}

interface CalendarState {
  nextId: number;
  calendars: StoredCalendar[];
}

export const CAL_ERRORS = {
  duplicate: 'The requested identifier already exists.',
  notFound: 'Not Found',
  deleted: 'Resource has been deleted',
  invalidId: 'Invalid resource id value.',
  missingEnd: 'Missing end time.',
  emptyRange: 'The specified time range is empty.',
  required: 'Required',
  missingTimeZone: 'Missing time zone definition for start time.',
  invalidRecurrence: 'Invalid recurrence rule.',
  badOrdering: 'The requested ordering is not available for the particular query.',
  forbidden: 'Forbidden',
} as const;

const CODES: Record<string, number> = {
  [CAL_ERRORS.duplicate]: 409,
  [CAL_ERRORS.notFound]: 404,
  [CAL_ERRORS.deleted]: 410,
  [CAL_ERRORS.forbidden]: 403,
};

/** A GoogleJsonResponseException as Apps Script throws it. */
function apiError(resource: string, method: string, message: string): Error {
  const e = new Error(`API call to calendar.${resource}.${method} failed with error: ${message}`);
  e.name = 'GoogleJsonResponseException';
  (e as Error & { details: unknown }).details = {
    code: CODES[message] ?? 400,
    message,
    errors: [{ message }],
  };
  return e;
}

const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

type EventsApi = Pick<
  GoogleAppsScript.Calendar.Collection.EventsCollection,
  'list' | 'get' | 'insert' | 'update' | 'patch' | 'remove'
>;
type CalendarsApi = Pick<GoogleAppsScript.Calendar.Collection.CalendarsCollection, 'insert' | 'get'>;

export class CalendarFake implements FakeService {
  readonly name = 'calendar';
  state: CalendarState = { nextId: 1, calendars: [] };
  /** Events by id, per calendar (built on first use, kept up to date by insert). */
  private index = new Map<StoredCalendar, Map<string, StoredEvent>>();
  /** Something changed since the last save (or load). */
  private dirty = true;
  /** Tests: how many of the next inserts with an id already taken go through undetected. */
  undetectedDuplicates = 0;

  constructor(private readonly ctx: ServiceContext) {}

  async load(): Promise<void> {
    this.state = this.ctx.workspace.readState('calendar', this.state);
    this.index.clear();
    this.dirty = false;
  }

  /** Writes calendar.json and calendar.ics, only when events changed (or the .ics is not there yet). */
  async save(): Promise<void> {
    if (!this.dirty && existsSync(this.ctx.workspace.calendarPath)) return;
    this.ctx.workspace.writeState('calendar', this.state);
    this.ctx.workspace.writeFile(this.ctx.workspace.calendarPath, this.ics());
    this.dirty = false;
  }

  private changed(): void {
    this.dirty = true;
  }

  private byId(cal: StoredCalendar): Map<string, StoredEvent> {
    let m = this.index.get(cal);
    if (!m) {
      m = new Map(cal.events.map((e) => [e.id, e]));
      this.index.set(cal, m);
    }
    return m;
  }

  private addEvent(cal: StoredCalendar, e: StoredEvent): void {
    cal.events.push(e);
    this.byId(cal).set(e.id, e);
    this.changed();
  }

  /** Every live (not cancelled) event, in start order: what people see in the calendar. */
  liveEvents(): (StoredEvent & { calendarId: string })[] {
    const out: (StoredEvent & { calendarId: string })[] = [];
    for (const c of this.state.calendars)
      for (const e of c.events) if (e.status !== 'cancelled') out.push({ ...e, calendarId: c.id });
    const key = (e: StoredEvent) => e.start?.date ?? e.start?.dateTime ?? '';
    return out.sort((a, b) => key(a).localeCompare(key(b)) || a.id.localeCompare(b.id));
  }

  ics(): string {
    const first = this.state.calendars[0];
    const zone = first?.timeZone ?? this.ctx.session.timeZone;
    const product = productOf(this.ctx).name;
    const events: IcsEvent[] = this.liveEvents().map((e) => ({
      uid: `${e.id}@${product}.local`,
      summary: e.summary ?? '',
      description: e.description,
      location: e.location,
      start: e.start ?? {},
      end: e.end ?? {},
      stamp: e.updated,
      ...(e.recurrence?.length ? { recurrence: e.recurrence } : {}),
      extra: privateLines(e.privateProps),
    }));
    return toIcs(product, first?.summary ?? product, zone, events);
  }

  status(): Record<string, unknown> {
    return {
      events: this.liveEvents().map((e) => {
        const allDay = Boolean(e.start?.date);
        return {
          id: e.id,
          calendarId: e.calendarId,
          title: e.summary ?? '',
          start: allDay ? e.start!.date : e.start?.dateTime,
          end: allDay ? e.end!.date : e.end?.dateTime,
          allDay,
          ...(allDay ? {} : { timeZone: e.start?.timeZone }),
          ...(e.recurrence?.length ? { recurrence: e.recurrence } : {}),
          location: e.location ?? '',
          privateProps: { ...e.privateProps },
          status: e.status,
        };
      }),
      calendars: this.state.calendars.map((c) => ({ id: c.id, summary: c.summary, timeZone: c.timeZone })),
    };
  }

  // --- what a person does in Google Calendar (not counted: no script call) ---

  /**
   * A person deletes an event in the calendar UI: it becomes cancelled, as an API delete would make it;
   * inserting its id again answers 409 and updating it answers 403 Forbidden, as API users report
   * (google-api-ruby-client #1811, google-api-python-client #846): it cannot be brought back.
   */
  personDeleteEvent(eventId: string): boolean {
    for (const c of this.state.calendars) {
      const e = this.byId(c).get(eventId);
      if (e && e.status !== 'cancelled') {
        e.status = 'cancelled';
        e.byPerson = true;
        e.updated = this.ctx.clock.now();
        this.changed();
        return true;
      }
    }
    return false;
  }

  /**
   * What an insert whose taken id Google did not detect leaves (Events resource, id: "we cannot guarantee
   * that ID collisions will be detected at event creation time"): a second event, same content and private
   * properties, under an id of its own. Returns its id.
   */
  collideEvent(eventId: string): string | null {
    for (const c of this.state.calendars) {
      const e = this.byId(c).get(eventId);
      if (e) {
        const copy: StoredEvent = { ...clone(e), id: `g${this.state.nextId++}dup` };
        this.addEvent(c, copy);
        return copy.id;
      }
    }
    return null;
  }

  /** A person renames an event in the calendar UI. */
  personEditEvent(eventId: string, changes: { summary?: string }): boolean {
    for (const c of this.state.calendars) {
      const e = this.byId(c).get(eventId);
      if (e) {
        Object.assign(e, changes);
        e.updated = this.ctx.clock.now();
        this.changed();
        return true;
      }
    }
    return false;
  }

  /**
   * A person deletes a whole calendar (Settings → Remove calendar): afterwards every call naming it answers
   * 404 Not Found, as the API does for a calendar id that is not there (CAL/guides/errors, notFound).
   */
  personDeleteCalendar(calendarId: string): boolean {
    const before = this.state.calendars.length;
    this.state.calendars = this.state.calendars.filter((c) => c.id !== calendarId);
    return this.state.calendars.length < before;
  }

  /** A calendar a person made by hand (e.g. a shared school calendar), with optional events of their own. */
  personCreateCalendar(summary: string, timeZone = 'Europe/Moscow'): string {
    const id = `c_${String(this.state.nextId++).padStart(6, '0')}@group.calendar.google.com`;
    this.state.calendars.push({ id, summary, timeZone, events: [] });
    this.changed();
    return id;
  }

  personAddEvent(calendarId: string, summary: string, date: string): string {
    const cal = this.state.calendars.find((c) => c.id === calendarId);
    if (!cal) throw new Error(`no calendar ${calendarId}`);
    const id = `person${String(this.state.nextId++).padStart(6, '0')}`;
    const now = this.ctx.clock.now();
    this.addEvent(cal, {
      id,
      status: 'confirmed',
      summary,
      start: { date },
      end: { date },
      privateProps: {},
      sharedProps: {},
      created: now,
      updated: now,
      sequence: 0,
    });
    return id;
  }

  // --- the advanced service ---

  /** The calendar and one of its events (cancelled ones too, as the API returns them), or the API's 404. */
  private event(method: string, calendarId: string, eventId: string): StoredEvent {
    const e = this.byId(this.calendar('events', method, calendarId)).get(eventId);
    if (!e) throw apiError('events', method, CAL_ERRORS.notFound);
    return e;
  }

  private calendar(resource: string, method: string, calendarId: string): StoredCalendar {
    const id = calendarId === 'primary' ? this.primaryId() : calendarId;
    const c = this.state.calendars.find((x) => x.id === id);
    if (!c) {
      if (calendarId === 'primary')
        return this.addCalendar(id, this.ctx.session.email, this.ctx.session.timeZone);
      throw apiError(resource, method, CAL_ERRORS.notFound);
    }
    return c;
  }

  private primaryId(): string {
    return this.ctx.session.email;
  }

  private addCalendar(id: string, summary: string, timeZone: string, description?: string): StoredCalendar {
    const c: StoredCalendar = { id, summary, timeZone, events: [], ...(description ? { description } : {}) };
    this.state.calendars.push(c);
    this.changed();
    return c;
  }

  private checkTimes(method: string, r: Event): void {
    if (!r.start || (!r.start.date && !r.start.dateTime))
      throw apiError('events', method, CAL_ERRORS.required);
    if (!r.end || (!r.end.date && !r.end.dateTime)) throw apiError('events', method, CAL_ERRORS.missingEnd);
    const zone = this.ctx.session.timeZone;
    const ms = (t: EventDateTime) =>
      t.date ? Date.parse(`${t.date}T00:00:00Z`) : instantOfDateTime(t.dateTime ?? '', t.timeZone ?? zone);
    const a = ms(r.start);
    const b = ms(r.end);
    if (Number.isNaN(a) || Number.isNaN(b)) throw apiError('events', method, 'Bad Request');
    if (Boolean(r.start.date) !== Boolean(r.end.date)) throw apiError('events', method, 'Bad Request');
    if (b <= a) throw apiError('events', method, CAL_ERRORS.emptyRange);
    const rec = r.recurrence ?? [];
    if (rec.length) {
      const bad = recurrenceError(rec);
      if (bad) throw apiError('events', method, bad);
      if (r.start.dateTime && !r.start.timeZone) throw apiError('events', method, CAL_ERRORS.missingTimeZone);
    }
  }

  private toApi(e: StoredEvent): Event {
    const out: Event = {
      kind: 'calendar#event',
      id: e.id,
      status: e.status,
      iCalUID: `${e.id}@google.com`,
      created: new Date(e.created).toISOString(),
      updated: new Date(e.updated).toISOString(),
      sequence: e.sequence,
      etag: `"${e.updated}${e.sequence}"`,
    };
    if (e.summary !== undefined) out.summary = e.summary;
    if (e.description) out.description = e.description;
    if (e.location) out.location = e.location;
    if (e.start) out.start = clone(e.start);
    if (e.end) out.end = clone(e.end);
    if (e.recurrence?.length) out.recurrence = [...e.recurrence];
    if (Object.keys(e.privateProps).length || Object.keys(e.sharedProps).length) {
      out.extendedProperties = {
        ...(Object.keys(e.privateProps).length ? { private: { ...e.privateProps } } : {}),
        ...(Object.keys(e.sharedProps).length ? { shared: { ...e.sharedProps } } : {}),
      };
    }
    return out;
  }

  private fill(e: StoredEvent, r: Event): void {
    e.summary = r.summary ?? undefined;
    e.description = r.description ?? undefined;
    e.location = r.location ?? undefined;
    e.start = clone(r.start);
    e.end = clone(r.end);
    e.recurrence = r.recurrence?.length ? [...r.recurrence] : undefined;
    e.privateProps = { ...(r.extendedProperties?.private ?? {}) };
    e.sharedProps = { ...(r.extendedProperties?.shared ?? {}) };
  }

  /**
   * What a listing returns: events as they are, or with singleEvents their instances instead of the
   * recurring events; within timeMin (exclusive bound of an event's end) and timeMax (exclusive bound of
   * its start), as CAL/v3/reference/events/list defines them; ordered by start with orderBy=startTime.
   */
  private listed(
    cal: StoredCalendar,
    matches: StoredEvent[],
    o: { singleEvents?: boolean; orderBy?: string; timeMin?: string; timeMax?: string },
  ): Event[] {
    const zone = cal.timeZone;
    const ms = (t: EventDateTime | undefined) =>
      !t
        ? 0
        : t.date
          ? instantOfDateTime(`${t.date}T00:00`, zone)
          : instantOfDateTime(t.dateTime ?? '', t.timeZone ?? zone);
    const min = o.timeMin ? Date.parse(o.timeMin) : Number.NEGATIVE_INFINITY;
    const max = o.timeMax ? Date.parse(o.timeMax) : Number.POSITIVE_INFINITY;
    const inWindow = (s: EventDateTime | undefined, e: EventDateTime | undefined) =>
      ms(e) > min && ms(s) < max;
    const out: { ev: Event; at: number }[] = [];
    for (const e of matches) {
      const instances =
        e.recurrence?.length && e.start && e.end ? expand(e.recurrence, e.start, e.end, zone) : null;
      if (!instances) {
        if (inWindow(e.start, e.end)) out.push({ ev: this.toApi(e), at: ms(e.start) });
        continue;
      }
      const visible = instances.filter((i) => inWindow(i.start, i.end));
      if (!o.singleEvents) {
        if (visible.length) out.push({ ev: this.toApi(e), at: ms(e.start) });
        continue;
      }
      for (const i of visible) {
        const { recurrence: _r, ...api } = this.toApi(e);
        out.push({
          ev: {
            ...api,
            id: `${e.id}_${i.key}`,
            start: i.start,
            end: i.end,
            recurringEventId: e.id,
            originalStartTime: clone(i.start),
          },
          at: ms(i.start),
        });
      }
    }
    if (o.orderBy === 'startTime') out.sort((a, b) => a.at - b.at);
    return out.map((x) => x.ev);
  }

  globals(): Record<string, unknown> {
    const hit = (m: string) => this.ctx.meter.hit(`Calendar.${m}`);
    const now = () => this.ctx.clock.now();
    const Events: EventsApi = {
      list: (calendarId: string, optionalArgs?: object) => {
        hit('Events.list');
        const cal = this.calendar('events', 'list', calendarId);
        const o = (optionalArgs ?? {}) as {
          privateExtendedProperty?: string | string[];
          sharedExtendedProperty?: string | string[];
          showDeleted?: boolean;
          maxResults?: number;
          pageToken?: string;
          singleEvents?: boolean;
          orderBy?: string;
          timeMin?: string;
          timeMax?: string;
        };
        // "orderBy: startTime … only available when querying single events (i.e. the parameter
        // singleEvents is True)" (CAL/v3/reference/events/list)
        if (o.orderBy === 'startTime' && !o.singleEvents)
          throw apiError('events', 'list', CAL_ERRORS.badOrdering);
        const pairs = (v: string | string[] | undefined) =>
          (v === undefined ? [] : Array.isArray(v) ? v : [v]).map((s) => {
            const i = String(s).indexOf('=');
            return [String(s).slice(0, i), String(s).slice(i + 1)] as const;
          });
        const priv = pairs(o.privateExtendedProperty);
        const shared = pairs(o.sharedExtendedProperty);
        const max = Math.min(Math.max(Number(o.maxResults ?? 250), 1), 2500);
        const matches = cal.events.filter(
          (e) =>
            (o.showDeleted || e.status !== 'cancelled') &&
            priv.every(([k, v]) => e.privateProps[k] === v) &&
            shared.every(([k, v]) => e.sharedProps[k] === v),
        );
        const from = o.pageToken ? Number.parseInt(o.pageToken.replace(/^p/, ''), 10) : 0;
        if (Number.isNaN(from)) throw apiError('events', 'list', 'Invalid Value');
        const all = this.listed(cal, matches, o);
        const items = all.slice(from, from + max);
        const next = from + max < all.length ? `p${from + max}` : undefined;
        return {
          kind: 'calendar#events',
          summary: cal.summary,
          timeZone: cal.timeZone,
          items,
          ...(next ? { nextPageToken: next } : { nextSyncToken: `s${now()}` }),
        };
      },
      get: (calendarId: string, eventId: string) => {
        hit('Events.get');
        const e = this.event('get', calendarId, eventId);
        return this.toApi(e); // a cancelled event too, with 200 (events resource)
      },
      insert: (resource: Event, calendarId: string) => {
        hit('Events.insert');
        const cal = this.calendar('events', 'insert', calendarId);
        let id = resource.id;
        if (id !== undefined && id !== null) {
          if (!/^[0-9a-v]{5,1024}$/.test(id)) throw apiError('events', 'insert', CAL_ERRORS.invalidId);
          if (this.byId(cal).has(id)) {
            // "We cannot guarantee that ID collisions will be detected at event creation time" (Events
            // resource, id): with the knob set, the insert goes through and the event gets an id of its own.
            if (this.undetectedDuplicates <= 0) throw apiError('events', 'insert', CAL_ERRORS.duplicate);
            this.undetectedDuplicates--;
            id = `g${this.state.nextId++}dup`;
          }
        } else {
          do
            id = `g${Math.floor(Math.random() * 32 ** 8)
              .toString(32)
              .padStart(8, '0')}${this.state.nextId++}`;
          while (this.byId(cal).has(id));
        }
        this.checkTimes('insert', resource);
        const e: StoredEvent = {
          id,
          status: resource.status === 'tentative' ? 'tentative' : 'confirmed',
          privateProps: {},
          sharedProps: {},
          created: now(),
          updated: now(),
          sequence: 0,
        };
        this.fill(e, resource);
        this.addEvent(cal, e);
        return this.toApi(e);
      },
      update: (resource: Event, calendarId: string, eventId: string) => {
        hit('Events.update');
        const e = this.event('update', calendarId, eventId);
        if (e.byPerson && e.status === 'cancelled') throw apiError('events', 'update', CAL_ERRORS.forbidden);
        this.checkTimes('update', resource);
        this.fill(e, resource);
        e.status = (resource.status as StoredEvent['status']) ?? 'confirmed';
        e.updated = now();
        e.sequence++;
        this.changed();
        return this.toApi(e);
      },
      patch: (resource: Event, calendarId: string, eventId: string) => {
        hit('Events.patch');
        const e = this.event('patch', calendarId, eventId);
        if (e.byPerson && e.status === 'cancelled') throw apiError('events', 'patch', CAL_ERRORS.forbidden);
        const merged: Event = { ...this.toApi(e), ...resource };
        if (resource.extendedProperties) {
          merged.extendedProperties = {
            private: { ...e.privateProps, ...(resource.extendedProperties.private ?? {}) },
            shared: { ...e.sharedProps, ...(resource.extendedProperties.shared ?? {}) },
          };
        }
        this.checkTimes('patch', merged);
        this.fill(e, merged);
        if (resource.status) e.status = resource.status as StoredEvent['status'];
        e.updated = now();
        e.sequence++;
        this.changed();
        return this.toApi(e);
      },
      remove: (calendarId: string, eventId: string) => {
        hit('Events.remove');
        const e = this.event('delete', calendarId, eventId);
        if (e.status === 'cancelled') throw apiError('events', 'delete', CAL_ERRORS.deleted);
        e.status = 'cancelled';
        e.updated = now();
        this.changed();
      },
    };
    const Calendars: CalendarsApi = {
      insert: (resource: GoogleAppsScript.Calendar.Schema.Calendar) => {
        hit('Calendars.insert');
        if (!resource.summary) throw apiError('calendars', 'insert', CAL_ERRORS.required);
        const id = `c_${String(this.state.nextId++).padStart(6, '0')}@group.calendar.google.com`;
        const c = this.addCalendar(
          id,
          resource.summary,
          resource.timeZone ?? 'UTC',
          resource.description ?? undefined,
        );
        return {
          kind: 'calendar#calendar',
          id: c.id,
          summary: c.summary,
          timeZone: c.timeZone,
          description: c.description,
        };
      },
      get: (calendarId: string) => {
        hit('Calendars.get');
        const c = this.calendar('calendars', 'get', calendarId);
        return {
          kind: 'calendar#calendar',
          id: c.id,
          summary: c.summary,
          timeZone: c.timeZone,
          description: c.description,
        };
      },
    };
    return { Calendar: { Events, Calendars } };
  }
}

/**
 * An event's private extended properties in the .ics, each as `X-LOCALGAS-PRIVATE-<NAME>` (RFC 5545 §3.8.8.2:
 * a non-standard property is an X-name, which calendar programs keep or ignore), the name upper-cased with
 * anything but letters, digits and '-' as '-'. They are the script's own bookkeeping; nothing reads them back.
 */
function privateLines(props: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(props))
    out[`X-LOCALGAS-PRIVATE-${k.toUpperCase().replace(/[^A-Z0-9-]/g, '-')}`] = v;
  return out;
}
