// LockService adapter: one planbook run at a time per script (R/lock/lock-service).
import { BusyError, type PlanLock } from '../app/ports';
import { moveOldStateWhenOpened } from './properties';

export { BusyError } from '../app/ports';

/** Runs fn holding the script lock; throws BusyError if another run holds it for longer than waitMs. */
export function withScriptLock<T>(waitMs: number, fn: () => T): T {
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(waitMs)) throw new BusyError();
  try {
    return fn();
  } finally {
    lock.releaseLock();
  }
}

/** The PlanLock port over the script lock. */
export const scriptLock: PlanLock = { run: withScriptLock };

/**
 * Runs fn holding the plan's lock: the document lock where there is one (bound scripts and add-ons), else
 * the script lock. An add-on's script lock is shared by every document using it
 * (R/lock/lock-service#getScriptLock()), so one school's sync would make another's wait.
 */
export function withPlanLock<T>(waitMs: number, fn: () => T): T {
  const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
  if (!lock.tryLock(waitMs)) throw new BusyError();
  // Under the lock, so that two runs never make the one-time move of an old install's state at once.
  moveOldStateWhenOpened();
  try {
    return fn();
  } finally {
    lock.releaseLock();
  }
}

/** The PlanLock port over the plan's lock (what the gas ports use). */
export const planLock: PlanLock = { run: withPlanLock };
