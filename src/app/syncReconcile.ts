// One reconcile of some plan rows with their events: the domain's action list carried out within the time
// budget (a mass deletion held for the owner), the Sync column written, the stop recorded and a
// continuation asked for, a line in the Log when something changed.
import {
  type DesiredEvent,
  desiredEvents,
  type ListedEvent,
  planSync,
  type RowOutcome,
} from '../domain/calendarPlan';
import { rowSignature } from '../domain/rowIdentity';
import { soonestFirst } from '../domain/syncOrder';
import { g } from '../domain/texts/guards';
import { t } from '../domain/texts/ui';
import { Backoff, RateLimitStop } from './backoff';
import type { Budget } from './budget';
import { type AppContext, flushLog, log } from './context';
import { finishContinuation, requestContinuation } from './continuation';
import { cellsOf, type PlanItem, type PlanSnapshot, type SystemUpdates, writeSystemColumns } from './plan';
import type { PlanCalendar } from './ports';
import { errorText } from './serviceErrors';
import { performAction } from './syncAction';
import { CONFIRMED_PROP, HELD_PROP, massHold } from './syncMassHold';

const STATE_PROP = 'sync:state';
/** Resume after a time-budget stop: soon. After a rate limit: give Google's limit time to pass. */
export const RESUME_AFTER_TIME_MS = 60 * 1000;
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

export interface Scope {
  items: PlanItem[];
  events: ListedEvent[];
  /** Full reconcile: record/clear the continuation state. */
  full: boolean;
}

export function reconcile(
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
  // Soonest first: a run that stops on its time budget has written what people need first.
  const actions = soonestFirst(planSync(desired, scope.events, tag, ctx.settings.timeZone), ctx.today);
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
      const how = performAction(cal, a, backoff, ctx.random);
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
    // A card's run (20 s of a 30 s callback) hands nothing to a trigger: the card says to press again.
    const resume = budget.resumesByTrigger;
    r.message += ` ${t(resume ? 'syncStopped' : 'syncStoppedCard', lang, { reason, left: r.left })}`;
    ctx
      .store()
      .set(STATE_PROP, JSON.stringify({ at: ctx.now.toISOString(), stopped: r.stopped, left: r.left }));
    if (resume)
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
