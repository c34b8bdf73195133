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
//
// The pieces: syncReconcile.ts (one run over some rows), syncAction.ts (one calendar action),
// syncCalendar.ts (which calendar, our events in it), syncMassHold.ts (the guard before mass deletions),
// syncOrphans.ts (rows that lost their keys).
import { PROP_KEY, PROP_PLAN, planTag } from '../domain/calendarPlan';
import { SHEETS } from '../domain/columns';
import { isKey } from '../domain/keys';
import { g } from '../domain/texts/guards';
import type { Budget } from './budget';
import type { AppContext } from './context';
import { requestContinuation } from './continuation';
import type { Job } from './jobs';
import { cellsOf, ensureColumnAnchors, loadPlan } from './plan';
import { rememberRead } from './planCache';
import { loadRows } from './planRows';
import type { EditedRange } from './ports';
import { openAndList } from './syncCalendar';
import { CONFIRMED_PROP, HELD_PROP } from './syncMassHold';
import { adoptOrphanKeys } from './syncOrphans';
import { RESUME_AFTER_TIME_MS, reconcile, type SyncResult } from './syncReconcile';

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
  const result = reconcile(ctx, snap, cal, tag, { items: snap.items, events, full: true }, budget);
  rememberRead(ctx);
  return result;
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
  const result = reconcile(ctx, snap, cal, tag, { items, events, full: false }, budget);
  rememberRead(ctx);
  return result;
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
