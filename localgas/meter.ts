// Counts every call made to a fake service, per method, and fires the fault plan.
// A fault makes the k-th call (overall, or of one named method) throw a real Apps Script error message,
// or end the execution there as if Apps Script had killed it (timeout, quota, a closed tab).

/** Thrown by a fault that kills the execution. The runtime catches it and ends the run there. */
export class KillSignal extends Error {
  constructor(public readonly at: string) {
    super(`localgas: execution killed at ${at}`);
    this.name = 'KillSignal';
  }
}

export interface FaultRule {
  /** Fire on the k-th counted call of any method (1-based). */
  at?: number;
  /** Fire on calls of this method, e.g. 'Calendar.Events.insert'. */
  method?: string;
  /** With method: fire on its k-th call (1-based); without: on every call. */
  nth?: number;
  /** Throw an Error with this message. */
  error?: string;
  /** Kill the execution instead of throwing. */
  kill?: boolean;
}

/** Real messages, for fault plans (see ../shared/APPS-SCRIPT-FACTS.md). */
export const GAS_ERRORS = {
  mailQuota: 'Service invoked too many times for one day: email.',
  calendarRate:
    'API call to calendar.events.insert failed with error: Rate Limit Exceeded. You have been creating or deleting too many calendars or calendar events in a short time. Please try again later.',
  // the Calendar API's 403 usageLimits message (CAL/guides/errors), as GAS-ICS-Sync #167 quotes it
  calendarUsage: 'API call to calendar.events.insert failed with error: Calendar usage limits exceeded.',
  timeout: 'Exceeded maximum execution time',
  lockTimeout: 'Lock timeout: another process was holding the lock for too long.',
  serviceError: 'Service error: Spreadsheets',
} as const;

export class Meter {
  readonly counts = new Map<string, number>();
  total = 0;
  /** Set once a kill fault fired: every later call dies too, as nothing runs after a killed execution. */
  killed: KillSignal | null = null;
  private rules: FaultRule[] = [];
  /** Called on every counted call (the runtime uses it to simulate service latency on its clock). */
  onHit: ((method: string) => void) | null = null;
  /** True once the execution is past its time limit: the next call kills it (a card's 30 s). */
  deadline: (() => boolean) | null = null;
  /** Called before a call is counted; throws when the call is not allowed (the runtime's scope check). */
  guard: ((method: string) => void) | null = null;

  setFaults(rules: FaultRule[]): void {
    this.rules = rules.slice();
  }

  reset(): void {
    this.counts.clear();
    this.total = 0;
  }

  /** A new execution starts: a kill ended the previous one only. */
  revive(): void {
    this.killed = null;
  }

  /** Records one call of `method`; throws if the fault plan says so. Every fake method calls this first. */
  hit(method: string): void {
    if (this.killed) throw this.killed;
    if (this.deadline?.()) {
      this.killed = new KillSignal(`${method} (past the execution's time limit)`);
      throw this.killed;
    }
    this.guard?.(method);
    const n = (this.counts.get(method) ?? 0) + 1;
    this.counts.set(method, n);
    this.total++;
    this.onHit?.(method);
    for (const r of this.rules) {
      const fires =
        (r.at !== undefined && r.at === this.total && (r.method === undefined || r.method === method)) ||
        (r.at === undefined && r.method === method && (r.nth === undefined || r.nth === n));
      if (!fires) continue;
      if (r.kill) {
        this.killed = new KillSignal(`${method} (call ${this.total})`);
        throw this.killed;
      }
      throw new Error(r.error ?? GAS_ERRORS.serviceError);
    }
  }

  snapshot(): { total: number; byMethod: Record<string, number> } {
    return { total: this.total, byMethod: Object.fromEntries([...this.counts.entries()].sort()) };
  }
}

/** Counts a call, then computes its answer: `counted(hit, 'File.getId', () => id)`. */
export function counted<T>(hit: (method: string) => void, method: string, answer: () => T): T {
  hit(method);
  return answer();
}
