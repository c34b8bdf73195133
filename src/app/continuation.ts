// Continuing a run that stopped early (time budget, rate limit): the job names left to do are kept in
// script properties, and ONE one-off trigger (CONTINUATION_HANDLER) runs them later. Never a second one:
// a user may have 20 triggers per script (G/services/quotas), planbook keeps at most 4.

import { scriptStore } from '../gas/properties';
import { createOnceTrigger, deleteTriggers, listTriggers } from '../gas/triggers';
import { CONTINUATION_HANDLER } from './automation';

const KEY = 'continue:jobs';

function parse(v: string | null): string[] {
  try {
    const a = JSON.parse(v ?? '[]') as unknown;
    return Array.isArray(a) ? a.map(String) : [];
  } catch {
    return [];
  }
}

/** Remembers that `job` must continue, and makes sure exactly one continuation trigger exists. */
export function requestContinuation(job: string, afterMs: number): void {
  const store = scriptStore();
  const jobs = parse(store.get(KEY));
  if (!jobs.includes(job)) store.set(KEY, JSON.stringify([...jobs, job]));
  if (!listTriggers().some((t) => t.handler === CONTINUATION_HANDLER))
    createOnceTrigger(CONTINUATION_HANDLER, afterMs);
}

/** The job finished: it no longer needs a continuation. */
export function finishContinuation(job: string): void {
  const store = scriptStore();
  const jobs = parse(store.get(KEY));
  if (jobs.includes(job)) store.set(KEY, JSON.stringify(jobs.filter((j) => j !== job)));
}

/** The continuation trigger fired: delete it (and any stray copy), return the jobs to continue. */
export function takeContinuation(): string[] {
  deleteTriggers(
    listTriggers()
      .filter((t) => t.handler === CONTINUATION_HANDLER)
      .map((t) => t.id),
  );
  return parse(scriptStore().get(KEY));
}
