// One row of the table of operations (app/operations.ts) and perform(), which runs a row the same way
// however it is started: the budget first, then the precheck, the lock, the use case inside it.
//
// Lock policies (LockService's script lock, R/lock/lock#tryLock(Integer): released when the execution
// that holds it ends):
//   none   — reads only; never waits.
//   writer — writes the plan, the calendar, mail, docs or triggers: waits up to WRITER_WAIT_MS for
//            another run, then fails with BusyError («planbook is busy», a readable message).
//   edit   — the on-edit trigger: waits up to EDIT_WAIT_MS, then leaves the edit to the continuation
//            trigger (op.busy), so an edit made during a long run is never lost.

import type { OperationId } from '../domain/texts/runs';
import { Budget, CARD_LIMIT_MS } from './budget';
import { BusyError, type PlanLock, type Ports } from './ports';

export type LockPolicy = 'none' | 'writer' | 'edit';

/** Short enough for a person waiting on a menu item. */
export const WRITER_WAIT_MS = 30_000;
export const EDIT_WAIT_MS = 20_000;
/** A card waits less: its whole execution has 30 s (G/services/quotas). */
const CARD_LOCK_WAIT_MS = 5_000;

export interface Operation<A extends unknown[], R> {
  /** Its id; people read its label (domain/texts/runs.json), never the id. */
  name: OperationId;
  lock: LockPolicy;
  /** How long a writer waits for the lock (default WRITER_WAIT_MS). */
  lockWaitMs?: number;
  /** Time the run may take before it stops cleanly and continues later (app/budget.ts). */
  budgetMs: number;
  /** A card's run: what is left is not handed to a trigger; the person presses again (app/budget.ts). */
  byCard?: boolean;
  /** The use case. It opens its context from the ports (inside the lock). */
  run(ports: Ports, budget: Budget, ...args: A): R;
  /** The line a menu alert or a card notification shows (operations started from a menu or a card). */
  message?(result: NoInfer<R>): string;
  /** Asked before the lock is taken (open() gives the ports): a result here means nothing else to do. */
  precheck?(open: () => Ports, ...args: A): R | undefined;
  /** Instead of BusyError when the lock could not be had. */
  busy?(ports: Ports, ...args: A): R;
}

/** An operation that a menu item or a card button can start: it has a message. */
export type Said<A extends unknown[], R> = Operation<A, R> & { message(result: R): string };

export function op<A extends unknown[], R>(o: Operation<A, R>): Operation<A, R> {
  return o;
}

export function said<A extends unknown[], R>(
  o: Operation<A, R> & { message(result: NoInfer<R>): string },
): Said<A, R> {
  return o;
}

/** The message a use case's result carries. */
export const own = (r: { message: string }) => r.message;

/**
 * A Workspace add-on card's row: its callback ends after 30 s ("Google Workspace add-on runtime: 30 sec /
 * execution", G/services/quotas), so the work stops at 20 s (CARD_LIMIT_MS), the lock is waited for 5 s,
 * and nothing is handed to a trigger (an add-on's time-driven trigger has no open spreadsheet): the card
 * says to press again.
 */
export const BY_CARD = {
  lock: 'writer',
  lockWaitMs: CARD_LOCK_WAIT_MS,
  budgetMs: CARD_LIMIT_MS,
  byCard: true,
} as const;

/** How an entry point reaches its ports: the lock first (no service call), the rest once it is held. */
export interface Host {
  lock: PlanLock;
  open(): Ports;
}

/** Runs one operation as its row says: the budget from the start, the lock, then the use case. */
export function perform<A extends unknown[], R>(o: Operation<A, R>, host: Host, args: A): R {
  const budget = new Budget(o.budgetMs, undefined, !o.byCard);
  const early = o.precheck?.(() => host.open(), ...args);
  if (early !== undefined) return early;
  if (o.lock === 'none') return o.run(host.open(), budget, ...args);
  const wait = o.lockWaitMs ?? (o.lock === 'edit' ? EDIT_WAIT_MS : WRITER_WAIT_MS);
  try {
    return host.lock.run(wait, () => o.run(host.open(), budget, ...args));
  } catch (e) {
    if (!(e instanceof BusyError) || !o.busy) throw e;
    return o.busy(host.open(), ...args);
  }
}
