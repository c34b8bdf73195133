// Calendar sync: the plan's rows → the events planbook owns in the plan's calendar.
//
// Full reconcile (daily job, menu, API): one read of the plan, one listing of our events (by the private
// property planbook=<tag>, deleted ones included), the domain's action list, one call per changed event,
// one write of the Sync column. Edit sync (installable on-edit trigger): the same for the edited rows only,
// listing each edited row's events by its key — a handful of calls whatever the plan's size; it reads the
// header, the edited rows and the key column only (app/planRows.ts).
// Every step is idempotent (client-chosen ids; see domain/calendarPlan.ts), so a run killed anywhere and
// run again ends as one clean run. The run stops before the time budget ends, and at once on a rate
// limit or quota error; a single continuation trigger resumes it (app/continuation.ts).
import {
  type CalendarAction,
  type DesiredEvent,
  desiredEvents,
  type ListedEvent,
  PROP_KEY,
  PROP_PLAN,
  PROP_SIG,
  parseEventId,
  planSync,
  planTag,
  type RowOutcome,
} from '../domain/calendarPlan';
import { SHEETS } from '../domain/columns';
import { isKey } from '../domain/keys';
import { rowSignature } from '../domain/rowIdentity';
import { g } from '../domain/texts/guards';
import { t } from '../domain/texts/ui';
import { Backoff, RateLimitStop } from './backoff';
import type { Budget } from './budget';
import { type AppContext, flushLog, log } from './context';
import { finishContinuation, requestContinuation } from './continuation';
import type { Job } from './jobs';
import {
  cellsOf,
  ensureColumnAnchors,
  loadPlan,
  type PlanItem,
  type PlanSnapshot,
  type SystemUpdates,
  writeSystemColumns,
} from './plan';
import { loadRows } from './planRows';
import type { CalendarEvent, EditedRange, PlanCalendar } from './ports';
import { errorText, isDuplicate, isGone } from './serviceErrors';

type Event = CalendarEvent;

const CAL_PROP = 'calendar:id';
const CAL_PENDING = 'calendar:creating';
const STATE_PROP = 'sync:state';
/** Resume after a time-budget stop: soon. After a rate limit: give Google's limit time to pass. */
const RESUME_AFTER_TIME_MS = 60 * 1000;
// Quotas are counted per minute over a sliding window (CAL/guides/quota), and the run already waited
// 15 s and more inside (app/backoff.ts): a few minutes are enough.
const RESUME_AFTER_RATE_MS = 5 * 60 * 1000;

export interface SyncResult {
  message: string;
  calendarId: string;
  created: number;
  updated: number;
  restored: number;
  deleted: number;
  skipped: number;
  errors: number;
  /** Why the run stopped before the end, if it did. */
  stopped: 'time' | 'rate' | null;
  /** Actions not done because of the stop. */
  left: number;
  /** Deletions held for the owner's confirmation (a mass change: see massHold). */
  held: number;
  rows: number;
}

/** The calendar: typed in Settings, or the one planbook created (script properties), or a new one. */
function openCalendar(ctx: AppContext): PlanCalendar {
  const typed = ctx.settings.get('calendarId');
  if (typed) return ctx.calendar.open(typed);
  const store = ctx.store();
  const known = store.get(CAL_PROP);
  if (known) return ctx.calendar.open(known);
  const name = ctx.settings.get('calendarName');
  // Calendars cannot be found again without a wider scope (CalendarList.list), so a run killed between
  // creating the calendar and remembering it may leave an empty one behind: say so in the Log.
  if (store.get(CAL_PENDING))
    log(ctx, t('logSync', ctx.lang), t('syncCalendarMaybeLost', ctx.lang, { name }));
  store.set(CAL_PENDING, ctx.now.toISOString());
  const id = ctx.calendar.create(name, t('calendarDescription', ctx.lang), ctx.settings.timeZone);
  store.set(CAL_PROP, id);
  store.remove(CAL_PENDING);
  log(ctx, t('logSync', ctx.lang), t('syncCalendarCreated', ctx.lang, { name, id }));
  return ctx.calendar.open(id);
}

function toResource(d: DesiredEvent, confirmed: boolean): Event {
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

function listed(e: Event): ListedEvent {
  return {
    id: String(e.id ?? ''),
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

/**
 * Carries out one action; returns whether it brought back a deleted event. A usage limit is waited out
 * (app/backoff.ts) and throws RateLimitStop only when that does not help within the run.
 */
function perform(cal: PlanCalendar, a: CalendarAction, backoff: Backoff): 'restored' | 'done' {
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

interface Scope {
  items: PlanItem[];
  events: ListedEvent[];
  /** Full reconcile: record/clear the continuation state. */
  full: boolean;
}

function reconcile(
  ctx: AppContext,
  snap: PlanSnapshot,
  cal: PlanCalendar,
  tag: string,
  scope: Scope,
  budget: Budget,
) {
  const lang = ctx.lang;
  const opts = {
    tag,
    lang,
    timeZone: ctx.settings.timeZone,
    planUrl: ctx.book.sheetUrl(snap.sheet),
  };
  const outcome = new Map<
    number,
    { outcome: RowOutcome; count: number; series: boolean; error?: string; pending: boolean }
  >();
  const desired: DesiredEvent[] = [];
  for (const it of scope.items) {
    const sig = rowSignature(it.row);
    const d = desiredEvents(
      { ...it.row, timing: it.timing, sig: `${sig.sig}.${sig.title}.${sig.rest}` },
      opts,
    );
    desired.push(...d.events);
    const series = d.events.length === 1 && Boolean(d.events[0]!.recurrence);
    outcome.set(it.row.row, { outcome: d.outcome, count: d.events.length, series, pending: false });
  }
  const actions = planSync(desired, scope.events, tag, ctx.settings.timeZone);
  const r: SyncResult = {
    message: '',
    calendarId: cal.id,
    created: 0,
    updated: 0,
    restored: 0,
    deleted: 0,
    skipped: 0,
    errors: 0,
    stopped: null,
    left: 0,
    held: 0,
    rows: scope.items.length,
  };
  const hold = massHold(ctx, actions, scope.events, tag);
  if (hold) {
    r.held = hold.events;
    r.message = g('massHeld', lang, hold);
    ctx.store().set(HELD_PROP, JSON.stringify({ at: ctx.now.toISOString(), ...hold }));
    log(ctx, t('logSync', lang), r.message);
    flushLog(ctx);
    return r;
  }
  // Keys that loadPlan just gave new rows go to the sheet before any event carries them (not when the run
  // is held: a later run may still find the rows' old keys, domain/rowIdentity.ts and adoptOrphanKeys).
  if (
    scope.items.some((it) => it.row.key !== String(cellsOf(snap, it.row.row)?.[snap.map.key] ?? '').trim())
  ) {
    writeSystemColumns(ctx, snap);
  }
  const backoff = new Backoff(budget, ctx.random, (ms) => ctx.clock.sleep(ms));
  let i = 0;
  for (; i < actions.length; i++) {
    const a = actions[i]!;
    if (a.kind === 'skip') {
      r.skipped++;
      continue;
    }
    if (budget.exhausted()) {
      r.stopped = 'time';
      break;
    }
    try {
      backoff.beforeWrite();
      const how = perform(cal, a, backoff);
      if (how === 'restored') {
        r.restored++;
        const ev = (a as { event: DesiredEvent }).event;
        log(ctx, t('logSync', lang), t('syncRestored', lang, { title: ev.summary, row: ev.row }));
      } else if (a.kind === 'create') r.created++;
      else if (a.kind === 'update') r.updated++;
      else if (a.kind === 'delete') r.deleted++;
    } catch (e) {
      if (e instanceof RateLimitStop) {
        r.stopped = 'rate';
        break;
      }
      r.errors++;
      const row = a.kind === 'delete' ? undefined : a.event.row;
      const message = errorText(e);
      if (row !== undefined) {
        const o = outcome.get(row);
        if (o) o.error = message;
      }
      log(ctx, t('logSync', lang), row !== undefined ? t('syncRowError', lang, { row, message }) : message);
    }
  }
  for (let j = i; j < actions.length; j++) {
    const a = actions[j]!;
    if (a.kind === 'skip') {
      r.skipped++;
      continue;
    }
    r.left++;
    if (a.kind !== 'delete') {
      const o = outcome.get(a.event.row);
      if (o) o.pending = true;
    }
  }
  const updates: SystemUpdates = new Map();
  for (const [row, o] of outcome) {
    let text: string;
    if (o.error) text = t('syncError', lang, { message: o.error.slice(0, 200) });
    else if (o.pending) text = t('syncPending', lang);
    else if (o.outcome === 'noDate') text = t('syncNoDate', lang);
    else if (o.outcome === 'cancelled') text = t('syncCancelled', lang);
    else if (o.series) text = t('syncSeries', lang);
    else text = t('syncOk', lang, { count: o.count });
    updates.set(row, { sync: text });
  }
  writeSystemColumns(ctx, snap, updates);
  const counts = {
    created: r.created,
    updated: r.updated,
    restored: r.restored,
    deleted: r.deleted,
    skipped: r.skipped,
  };
  r.message = t('syncDone', lang, counts);
  if (r.stopped) {
    const reason = t(r.stopped === 'rate' ? 'syncReasonRate' : 'syncReasonTime', lang);
    r.message += ` ${t('syncStopped', lang, { reason, left: r.left })}`;
    ctx
      .store()
      .set(STATE_PROP, JSON.stringify({ at: ctx.now.toISOString(), stopped: r.stopped, left: r.left }));
    requestContinuation(ctx, 'sync', r.stopped === 'rate' ? RESUME_AFTER_RATE_MS : RESUME_AFTER_TIME_MS);
  } else if (scope.full) {
    finishContinuation(ctx, 'sync');
    const store = ctx.store();
    store.remove(HELD_PROP);
    store.remove(CONFIRMED_PROP);
  }
  // The Log is for people: a line when events were made, removed or restored, when the daily reconcile
  // changed something, or when a run stopped — not a daily «nothing to do», nor every edit's update (the
  // last run of each job is kept apart for the status sidebar: app/runs.ts).
  const changed = r.created || r.deleted || r.restored || (scope.full && r.updated);
  if (changed || r.errors || r.stopped) log(ctx, t('logSync', lang), r.message);
  flushLog(ctx);
  return r;
}

/**
 * Rows whose key nobody named (the key column was deleted, then set up again) take the key of an
 * orphaned event set — events of no row in the sheet — that carries the same signature. So a lost key
 * column costs no event and no reminder sent again (reminders are recorded by key).
 */
function adoptOrphanKeys(snap: PlanSnapshot, events: ListedEvent[], tag: string): void {
  const fresh = snap.items.filter((it) => it.freshKey);
  if (fresh.length === 0) return;
  const inSheet = new Set<string>(snap.items.map((it) => it.row.key));
  for (const v of snap.values.slice(1)) inSheet.add(String(v[snap.map.key] ?? '').trim());
  // The events carry "<content>.<title>.<rest>" signatures (rowSignature): the whole content first, then
  // the title, then the rest — a row edited since its last sync is still found by the part not edited.
  const orphans: { key: string; parts: string[] }[] = [];
  const seen = new Set<string>();
  for (const e of events) {
    const p = parseEventId(tag, e.id);
    if (!p || e.status === 'cancelled' || inSheet.has(p.key) || !e.sig || seen.has(p.key)) continue;
    seen.add(p.key);
    orphans.push({ key: p.key, parts: e.sig.split('.') });
  }
  for (const part of [0, 1, 2]) {
    for (const it of fresh) {
      if (!it.freshKey) continue;
      const s = rowSignature(it.row);
      const want = [s.sig, s.title, s.rest][part]!;
      const i = orphans.findIndex((o) => o.parts[part] === want);
      if (i < 0) continue;
      it.row.key = orphans[i]!.key;
      delete it.freshKey;
      orphans.splice(i, 1);
    }
  }
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
function openAndList(ctx: AppContext, properties: string[]): { cal: PlanCalendar; events: ListedEvent[] } {
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
    log(ctx, t('logSync', ctx.lang), g('calendarOwnMissing', ctx.lang, { id: cal.id, name }));
    const fresh = openCalendar(ctx);
    return { cal: fresh, events: list(fresh) };
  }
}

/** More rows than this losing all their events in one run, and more than this share of them, waits. */
const MASS_MIN_ROWS = 5;
const MASS_SHARE = 0.2;
/** How long the owner's confirmation holds (a long deletion may need a continuation or two). */
const CONFIRM_MS = 6 * 60 * 60 * 1000;
const HELD_PROP = 'sync:held';
const CONFIRMED_PROP = 'sync:massConfirmed';

/**
 * A guard before mass changes: when the run would delete the events of many rows at once (the plan
 * cleared, a column pasted over, keys lost), nothing is done until the owner confirms from the menu.
 * Deleting events is the one action a later run cannot undo for the people who already saw them.
 */
function massHold(
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

/** The owner confirms the held deletions (menu): a full sync now carries them out (and its continuations). */
export function confirmedSync(ctx: AppContext, budget: Budget): SyncResult {
  const store = ctx.store();
  const held = store.get(HELD_PROP);
  store.set(CONFIRMED_PROP, ctx.now.toISOString());
  const r = fullSync(ctx, budget);
  if (!held) r.message = `${g('massNothing', ctx.lang)} ${r.message}`;
  return r;
}

/** Full reconcile of the whole plan with the calendar. */
export function fullSync(ctx: AppContext, budget: Budget): SyncResult {
  const snap = loadPlan(ctx);
  ensureColumnAnchors(ctx, snap);
  const tag = planTag(ctx.book.id());
  const { cal, events } = openAndList(ctx, [`${PROP_PLAN}=${tag}`]);
  adoptOrphanKeys(snap, events, tag);
  return reconcile(ctx, snap, cal, tag, { items: snap.items, events, full: true }, budget);
}

/** Sync of some rows only (1-based sheet rows): their events, found by their keys. */
export function syncRows(ctx: AppContext, budget: Budget, rows: number[]): SyncResult {
  const wanted = new Set(rows.filter((r) => r >= 2));
  const snap = wanted.size ? loadRows(ctx, Math.min(...wanted), Math.max(...wanted)) : loadRows(ctx, 2, 1);
  // An edited row whose content its key's witness does not name came from elsewhere (a sort of a
  // selection since the last full read): only the whole plan tells which key it has.
  if (snap.suspect) return fullSync(ctx, budget);
  const items = snap.items.filter((it) => wanted.has(it.row.row));
  const keys = new Set(items.map((it) => it.row.key));
  // A row a person emptied keeps its key cell: its events are found by it and deleted. Not a key another
  // row keeps (a row pasted with its key over this one): those events are that row's.
  for (const r of wanted) {
    const k = String(cellsOf(snap, r)?.[snap.map.key] ?? '').trim();
    const owner = snap.keyRows?.get(k);
    if (isKey(k) && (owner === undefined || owner === r)) keys.add(k);
  }
  const tag = planTag(ctx.book.id());
  const { cal, events } = openAndList(
    ctx,
    [...keys].map((k) => `${PROP_KEY}=${tag}${k}`),
  );
  return reconcile(ctx, snap, cal, tag, { items, events, full: false }, budget);
}

/** Is an edit one the calendar follows: in the Plan sheet? (Asked before the lock is taken.) */
export function isPlanEdit(range: EditedRange | null): range is EditedRange {
  const plan: string[] = [SHEETS.plan.ru, SHEETS.plan.en];
  return range !== null && plan.includes(range.sheetName);
}

/** The edited rows' events follow the sheet (many rows at once, a paste: cheaper as one full reconcile). */
export function syncEdited(ctx: AppContext, budget: Budget, range: EditedRange): SyncResult {
  const rows: number[] = [];
  for (let r = range.firstRow; r < range.firstRow + Math.min(range.numRows, 500); r++) rows.push(r);
  return range.numRows > 50 ? fullSync(ctx, budget) : syncRows(ctx, budget, rows);
}

/** Another run held the lock through an edit: the continuation reconciles everything a minute later. */
export function syncEditLater(ports: Pick<AppContext, 'store' | 'triggers'>): null {
  requestContinuation(ports, 'sync', RESUME_AFTER_TIME_MS);
  return null;
}

export const syncJob: Job = {
  name: 'sync',
  run: (ctx, budget) => fullSync(ctx, budget).message,
};
