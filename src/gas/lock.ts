// LockService adapter: one planbook run at a time per script (R/lock/lock-service).
import { BusyError, type PlanLock } from '../app/ports';

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
