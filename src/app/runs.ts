// The last run of each job (sync, reminders, report, …) and how it ended, for the status sidebar.
import type { StoreOpener } from './ports';

export interface RunRecord {
  at: string;
  ok: boolean;
  message: string;
}

const PREFIX = 'run:';

export function recordRun(store: StoreOpener, job: string, at: Date, ok: boolean, message: string): void {
  store().set(PREFIX + job, JSON.stringify({ at: at.toISOString(), ok, message: message.slice(0, 500) }));
}

export function lastRuns(all: Record<string, string>): Record<string, RunRecord> {
  const out: Record<string, RunRecord> = {};
  for (const [k, v] of Object.entries(all)) {
    if (!k.startsWith(PREFIX)) continue;
    try {
      out[k.slice(PREFIX.length)] = JSON.parse(v) as RunRecord;
    } catch {
      // A damaged record is just not shown.
    }
  }
  return out;
}
