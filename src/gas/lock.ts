// LockService adapter: one planbook run at a time per script (R/lock/lock-service).

export class BusyError extends Error {
  constructor() {
    super('planbook is busy');
    this.name = 'BusyError';
  }
}

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
