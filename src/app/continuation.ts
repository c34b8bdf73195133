// Continuing a run that stopped early (time budget, rate limit): the job names left to do are kept in
// the plan's store, and ONE one-off trigger (CONTINUATION_HANDLER) runs them later. Never a second one:
// a user may have 20 triggers per script (G/services/quotas), planbook keeps at most 4. It cannot jam:
// the trigger that fires is deleted whether or not its run gets the lock (a fired one-off trigger stays
// in the project's list until deleted, never fires again and counts toward the 20), and one past its time
// is stale — replaced, never allowed to block a new continuation.

import { CONTINUATION_HANDLER } from './automation';
import { parseList as parse } from './planTriggers';
import type { Ports } from './ports';

type Needs = Pick<Ports, 'store' | 'triggers'>;

const KEY = 'continue:jobs';
const DUE_KEY = 'continue:due';
/** A one-off trigger this long past its time has fired (or never will): it no longer counts. */
const STALE_MS = 30 * 60_000;
/** A continuation that found the lock taken tries again this much later. */
export const BUSY_RETRY_MS = 5 * 60_000;

const continuations = (ports: Needs) =>
  ports.triggers.list().filter((t) => t.handler === CONTINUATION_HANDLER);

/** Remembers that `job` must continue, and makes sure exactly one live continuation trigger exists. */
export function requestContinuation(ports: Needs, job: string, afterMs: number): void {
  const store = ports.store();
  const jobs = parse(store.get(KEY));
  if (!jobs.includes(job)) store.set(KEY, JSON.stringify([...jobs, job]));
  const now = Date.now();
  const ours = continuations(ports);
  if (ours.length === 1 && Number(store.get(DUE_KEY) ?? '0') + STALE_MS > now) return;
  ports.triggers.remove(ours.map((t) => t.id));
  try {
    ports.triggers.once(CONTINUATION_HANDLER, afterMs);
    store.set(DUE_KEY, String(now + afterMs));
  } catch {
    // An add-on may have one time-driven trigger per document (its daily one): the daily run, which
    // runs every daily job, continues the work instead.
  }
}

/** The job finished: it no longer needs a continuation. */
export function finishContinuation(ports: Needs, job: string): void {
  const store = ports.store();
  const jobs = parse(store.get(KEY));
  if (jobs.includes(job)) store.set(KEY, JSON.stringify(jobs.filter((j) => j !== job)));
}

/** The id of the trigger that started this run (the time-driven event's triggerUid), if any. */
function firingId(e: unknown): string | null {
  const id = e !== null && typeof e === 'object' ? (e as { triggerUid?: unknown }).triggerUid : undefined;
  return id === undefined || id === null ? null : String(id);
}

/** The continuation trigger fired: delete it (and any stray copy), return the jobs to continue. */
export function takeContinuation(ports: Needs, e?: unknown): string[] {
  const ids = continuations(ports).map((t) => t.id);
  const firing = firingId(e);
  if (firing && !ids.includes(firing)) ids.push(firing);
  ports.triggers.remove(ids);
  return parse(ports.store().get(KEY));
}

/**
 * The continuation fired but another run holds the lock: its trigger is deleted all the same and the
 * jobs wait for a fresh one, not for the fired one (which would never fire again).
 */
export function continueLater(ports: Needs, e?: unknown): string[] {
  const jobs = takeContinuation(ports, e);
  for (const job of jobs) requestContinuation(ports, job, BUSY_RETRY_MS);
  return jobs;
}
