// Continuing a run that stopped early (time budget, rate limit): the job names left to do are kept in
// script properties, and ONE one-off trigger (CONTINUATION_HANDLER) runs them later. Never a second one:
// a user may have 20 triggers per script (G/services/quotas), planbook keeps at most 4.

import { CONTINUATION_HANDLER } from './automation';
import type { Ports } from './ports';

type Needs = Pick<Ports, 'store' | 'triggers'>;

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
export function requestContinuation(ports: Needs, job: string, afterMs: number): void {
  const store = ports.store();
  const jobs = parse(store.get(KEY));
  if (!jobs.includes(job)) store.set(KEY, JSON.stringify([...jobs, job]));
  if (!ports.triggers.list().some((t) => t.handler === CONTINUATION_HANDLER))
    ports.triggers.once(CONTINUATION_HANDLER, afterMs);
}

/** The job finished: it no longer needs a continuation. */
export function finishContinuation(ports: Needs, job: string): void {
  const store = ports.store();
  const jobs = parse(store.get(KEY));
  if (jobs.includes(job)) store.set(KEY, JSON.stringify(jobs.filter((j) => j !== job)));
}

/** The continuation trigger fired: delete it (and any stray copy), return the jobs to continue. */
export function takeContinuation(ports: Needs): string[] {
  ports.triggers.remove(
    ports.triggers
      .list()
      .filter((t) => t.handler === CONTINUATION_HANDLER)
      .map((t) => t.id),
  );
  return parse(ports.store().get(KEY));
}
