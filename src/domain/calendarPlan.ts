// The calendar sync plan: which events the plan's rows should have, and what to do to the events that
// planbook owns so that the calendar shows exactly those. Pure: the use case (app/sync.ts) reads the rows
// and the listed events, asks planSync() for actions as plain data, and carries them out.
//
// What a row becomes (decided here, documented in the README):
// - an exact day (kind 'date' / 'deadline'): one event that day; timed (1 hour, in the Settings' time
//   zone) when the text gave a time and the occurrence is a single day, all-day otherwise. A deadline's
//   title starts with «Срок:».
// - a month or a range of months: one all-day event over the whole period; a list of months: one per
//   month; a term («II полугодие», «I четверть»): one over the term.
// - «в течение года» / «постоянно»: one all-day event over the study period (1 Sep – 31 May), so staff
//   see it exists without it claiming any particular day.
// - recurring: «еженедельно по средам» is ONE recurring event (every Wednesday, RRULE), «ежемесячно»
//   ONE monthly series of one-day markers on the 1st titled «(ежемесячно)» (domain/series.ts); quarter
//   and half-year rhythms («1 раз в четверть») stay one event per term, the events they are. Plain
//   «еженедельно» (every whole week) would be 39 back-to-back week bars, so it becomes one event over
//   the study period, titled «(еженедельно)».
// - the school holidays (Settings «Каникулы», domain/holidays.ts): whole-year bars, weekly bars and
//   weekly/monthly series skip them (bars are cut around them, series get an EXDATE) unless the row
//   says «в каникулы»; exact dates, months and terms are kept as written.
// - «по мере необходимости», empty or unreadable timing: no event (the Sync cell says so).
// - status «отменено»: no event (an existing one is deleted); «проведено» and «перенесено» are shown
//   in the title and the description.
// All-day ends are exclusive (Calendar API events resource): «апрель-июнь» is 1 April .. 1 July.
//
// Event ids are chosen by planbook: planTag (6, from the spreadsheet id) + row key (10) + occurrence
// index (2), all base32hex, as the Calendar API allows for client-chosen ids (5–1024 chars of a–v, 0–9;
// CAL/v3/reference/events "id"). Inserting the same id twice fails with 409, so a create can never
// make a duplicate, however often a killed run is repeated.
import { addDays, wallTime } from './days';
import { monthlyRecurrence, weeklyRecurrence } from './series';
import { t } from './texts/ui';
import type { Day, Lang, Occurrence, Status, Timing } from './types';

const B32 = '0123456789abcdefghijklmnopqrstuv';

/** Private extended property names (extendedProperties.private). */
export const PROP_PLAN = 'planbook';
export const PROP_KEY = 'pbKey';
export const PROP_INDEX = 'pbIndex';
/** The row's content signature (domain/rowIdentity.ts): finds a row again when its key column was lost. */
export const PROP_SIG = 'pbSig';

/** 6 base32hex characters from a spreadsheet id (FNV-1a, 30 bits): tells two plans' events apart. */
export function planTag(spreadsheetId: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < spreadsheetId.length; i++) {
    h ^= spreadsheetId.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  let s = '';
  for (let i = 0; i < 6; i++) {
    s += B32[h & 31];
    h >>>= 5;
  }
  return s;
}

export function eventId(tag: string, key: string, index: number): string {
  return tag + key + B32[(index >> 5) & 31] + B32[index & 31];
}

/**
 * An id for an event made again after a person deleted the original (which can be neither updated, 403,
 * nor inserted again, 409): the original id and four random base32hex characters.
 */
export function freshId(id: string, random: () => number): string {
  let s = id;
  for (let i = 0; i < 4; i++) s += B32[Math.floor(random() * 32) % 32];
  return s;
}

/** The row key and occurrence index of one of our ids; null for an id planbook did not make. */
export function parseEventId(tag: string, id: string): { key: string; index: number } | null {
  const m = /^([0-9a-v]{6})([0-9a-v]{10})([0-9a-v])([0-9a-v])$/.exec(id);
  if (!m || m[1] !== tag) return null;
  return { key: m[2]!, index: B32.indexOf(m[3]!) * 32 + B32.indexOf(m[4]!) };
}

export interface EventTime {
  date?: string;
  dateTime?: string;
  timeZone?: string;
}

/** An event as planbook wants it. */
export interface DesiredEvent {
  id: string;
  key: string;
  index: number;
  row: number;
  summary: string;
  description: string;
  location: string;
  start: EventTime;
  end: EventTime;
  /** RRULE / EXDATE / RDATE lines of a recurring event. */
  recurrence?: string[];
  privateProps: Record<string, string>;
}

/** An event as listed (only the fields planbook compares). */
export interface ListedEvent {
  id: string;
  /** Which row and occurrence it stands for, from its private properties: `${PROP_KEY}#${PROP_INDEX}`. */
  ident?: string;
  /** An instance of a recurring series (recurringEventId): the series stands for the row, not it. */
  instanceOf?: string;
  status?: string;
  summary?: string;
  description?: string;
  location?: string;
  start?: EventTime;
  end?: EventTime;
  recurrence?: string[];
  /** extendedProperties.private[PROP_SIG]. */
  sig?: string;
}

/** What the row's Sync cell says, besides errors and stops. */
export type RowOutcome = 'scheduled' | 'noDate' | 'cancelled';

export interface RowInput {
  row: number;
  key: string;
  title: string;
  period: string;
  place: string;
  responsibles: string;
  classes?: string;
  section?: string;
  status: Status | null;
  statusText: string;
  timing: Timing;
  /** Content signature, kept on the events. */
  sig?: string;
}

export interface DesiredOptions {
  tag: string;
  lang: Lang;
  timeZone: string;
  /**
   * A link that opens the plan's sheet. Not the row: a row's number changes with every sort or inserted
   * row, and an event text that named it would have to be rewritten for all of them (issue #14).
   */
  planUrl: string;
  /** Minutes of a timed event (default 60). */
  durationMin?: number;
}

const pad2 = (n: number): string => (n < 10 ? '0' : '') + n;

function addMinutes(day: Day, time: string, minutes: number): { day: Day; time: string } {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const total = h * 60 + m + minutes;
  const days = Math.floor(total / 1440);
  const rest = total - days * 1440;
  return { day: addDays(day, days), time: pad2(Math.floor(rest / 60)) + ':' + pad2(rest % 60) };
}

function joinAdjacent(occ: Occurrence[]): Occurrence[] {
  const out: Occurrence[] = [];
  for (const x of occ) {
    const last = out[out.length - 1];
    if (last && addDays(last.end, 1) === x.start) last.end = x.end;
    else out.push({ start: x.start, end: x.end });
  }
  return out;
}

/** The events one row should have (none for cancelled and unscheduled rows) and why. */
export function desiredEvents(
  r: RowInput,
  o: DesiredOptions,
): { events: DesiredEvent[]; outcome: RowOutcome } {
  if (r.status === 'cancelled') return { events: [], outcome: 'cancelled' };
  let occ = r.timing.occurrences;
  if (occ.length === 0) return { events: [], outcome: 'noDate' };
  const { kind, every } = r.timing;
  const weeklyBars = kind === 'recurring' && every === 'week' && occ.some((x) => x.end !== x.start);
  const weeklyDays = kind === 'recurring' && every === 'week' && !weeklyBars;
  const monthly = kind === 'recurring' && every === 'month';
  // Week bars that follow each other become one bar (the holidays, cut out by applyHolidays, part them).
  if (weeklyBars) occ = joinAdjacent(occ);
  // «ежемесячно»: a marker on the month's first day, or on the first day after the holidays in it
  // (the first part of the month applyHolidays left).
  if (monthly) {
    const firstOfMonth = new Map<string, Occurrence>();
    for (const x of occ) if (!firstOfMonth.has(x.start.slice(0, 7))) firstOfMonth.set(x.start.slice(0, 7), x);
    occ = [...firstOfMonth.values()].map((x) => ({ start: x.start, end: x.start }));
  }
  if (occ.length === 0) return { events: [], outcome: 'noDate' };
  let recurrence: string[] | null = null;
  const time = occ[0]!.time;
  if (weeklyDays && occ.every((x) => x.time === time)) {
    recurrence = weeklyRecurrence(
      occ.map((x) => x.start),
      time,
      o.timeZone,
    );
  }
  if (monthly)
    recurrence =
      monthlyRecurrence(
        occ.map((x) => x.start),
        o.timeZone,
      )?.lines ?? null;
  if (recurrence) occ = [occ[0]!];
  const lang = o.lang;
  let summary = r.title || t('calNoTitle', lang);
  if (kind === 'deadline') summary = t('calDeadline', lang, { title: summary });
  if (weeklyBars) summary = t('calWeekly', lang, { title: summary });
  if (monthly) summary = t('calMonthly', lang, { title: summary });
  if (r.status === 'held') summary = t('calHeld', lang, { title: summary });
  if (r.status === 'moved') summary = t('calMoved', lang, { title: summary });
  const lines = [
    r.responsibles ? t('calDescWho', lang, { who: r.responsibles }) : '',
    r.period ? t('calDescWhen', lang, { when: r.period }) : '',
    r.place ? t('calDescPlace', lang, { place: r.place }) : '',
    r.classes ? t('calDescClasses', lang, { classes: r.classes }) : '',
    r.section ? t('calDescSection', lang, { section: r.section }) : '',
    t('calDescStatus', lang, { status: r.statusText || t('calPlanned', lang) }),
    t('calDescPlan', lang, { url: o.planUrl }),
  ].filter(Boolean);
  const description = lines.join('\n');
  const events = occ.map((x, index): DesiredEvent => {
    let start: EventTime;
    let end: EventTime;
    if (x.time && x.start === x.end) {
      const e = addMinutes(x.start, x.time, o.durationMin ?? 60);
      start = { dateTime: `${x.start}T${x.time}:00`, timeZone: o.timeZone };
      end = { dateTime: `${e.day}T${e.time}:00`, timeZone: o.timeZone };
    } else {
      start = { date: x.start };
      end = { date: addDays(x.end, 1) };
    }
    return {
      id: eventId(o.tag, r.key, index),
      key: r.key,
      index,
      row: r.row,
      summary,
      description,
      location: r.place,
      start,
      end,
      ...(recurrence ? { recurrence } : {}),
      privateProps: {
        [PROP_PLAN]: o.tag,
        [PROP_KEY]: o.tag + r.key,
        [PROP_INDEX]: String(index),
        ...(r.sig ? { [PROP_SIG]: r.sig } : {}),
      },
    };
  });
  return { events, outcome: 'scheduled' };
}

/** Wall day and time of an EventTime in a zone: 'YYYY-MM-DD' for all-day, 'YYYY-MM-DDTHH:MM' for timed. */
export function wallOf(t: EventTime | undefined, timeZone: string): string {
  if (!t) return '';
  if (t.date) return t.date;
  if (!t.dateTime) return '';
  // "2026-10-15T14:00:00" without an offset is wall time in t.timeZone (EventDateTime, CAL/v3/reference/events)
  if (!/[zZ]|[+-]\d\d:?\d\d$/.test(t.dateTime)) {
    if (!t.timeZone || t.timeZone === timeZone) return t.dateTime.slice(0, 16);
  }
  const ms = Date.parse(t.dateTime);
  const w = wallTime(ms, timeZone);
  return w ? `${w.day}T${w.time}` : '';
}

/** True when the listed event already shows what the desired one says. */
export function sameEvent(want: DesiredEvent, have: ListedEvent, timeZone: string): boolean {
  return (
    (have.summary ?? '') === want.summary &&
    (have.description ?? '') === want.description &&
    (have.location ?? '') === want.location &&
    wallOf(have.start, timeZone) === wallOf(want.start, timeZone) &&
    wallOf(have.end, timeZone) === wallOf(want.end, timeZone) &&
    Boolean(have.start?.date) === Boolean(want.start.date) &&
    (have.recurrence ?? []).join('\n') === (want.recurrence ?? []).join('\n') &&
    (have.sig ?? '') === (want.privateProps[PROP_SIG] ?? '')
  );
}

export type CalendarAction =
  | { kind: 'create'; event: DesiredEvent }
  /** target: the listed event's id when it is not the desired id (one made again under a fresh id). */
  | { kind: 'update'; event: DesiredEvent; target?: string }
  /** Our event exists but was deleted (by hand, or by an earlier sync): bring it back with an update. */
  | { kind: 'restore'; event: DesiredEvent; target?: string }
  | { kind: 'delete'; id: string; key: string; summary: string }
  | { kind: 'skip'; event: DesiredEvent };

/** The row+occurrence a listed event stands for: its private properties, else its id; null if not ours. */
function identOf(tag: string, e: ListedEvent): string | null {
  if (e.instanceOf) return null;
  if (e.ident) return e.ident.startsWith(tag) ? e.ident : null;
  const p = parseEventId(tag, e.id);
  return p ? `${tag}${p.key}#${p.index}` : null;
}

/** With target when the event to change is not under the desired id. */
function onEvent(kind: 'update' | 'restore', d: DesiredEvent, id: string): CalendarAction {
  return id === d.id ? { kind, event: d } : { kind, event: d, target: id };
}

/**
 * Reconciles: desired events of the rows in scope against the listed events planbook owns. The listing
 * by private property is the truth: an event is ours and stands for a row+occurrence by its properties,
 * whatever its id (one made again under a fresh id, or one whose client id Google did not detect as taken:
 * "we cannot guarantee that ID collisions will be detected", Events resource). Of several live events for
 * one row+occurrence one is kept (the desired id first) and the others are deleted. Events that are not
 * ours are never touched. Order: by row, then occurrence; deletes of rows that are gone come last.
 */
export function planSync(
  desired: DesiredEvent[],
  listed: ListedEvent[],
  tag: string,
  timeZone: string,
): CalendarAction[] {
  const groups = new Map<string, ListedEvent[]>();
  for (const e of listed) {
    const k = identOf(tag, e);
    if (!k) continue;
    const g = groups.get(k);
    if (g) g.push(e);
    else groups.set(k, [e]);
  }
  const actions: CalendarAction[] = [];
  const wanted = new Set<string>();
  for (const d of desired) {
    const k = `${tag}${d.key}#${d.index}`;
    wanted.add(k);
    const g = groups.get(k) ?? [];
    const live = g.filter((e) => e.status !== 'cancelled');
    if (live.length === 0) {
      const gone = g.find((e) => e.id === d.id) ?? g[0];
      actions.push(gone ? onEvent('restore', d, gone.id) : { kind: 'create', event: d });
      continue;
    }
    const keep = live.find((e) => e.id === d.id) ?? live[0]!;
    for (const extra of live)
      if (extra !== keep)
        actions.push({ kind: 'delete', id: extra.id, key: d.key, summary: extra.summary ?? '' });
    actions.push(sameEvent(d, keep, timeZone) ? { kind: 'skip', event: d } : onEvent('update', d, keep.id));
  }
  for (const [k, g] of groups) {
    if (wanted.has(k)) continue;
    const key = k.slice(tag.length).split('#')[0]!;
    for (const h of g)
      if (h.status !== 'cancelled') actions.push({ kind: 'delete', id: h.id, key, summary: h.summary ?? '' });
  }
  return actions;
}
