// The jobs that the daily and monthly triggers run, in order. Each feature registers its job here.
// A job that fails does not stop the next one; each records how its last run ended (app/runs.ts).
import type { Budget } from './budget';
import type { AppContext } from './context';
import { recordRun } from './runs';

export interface Job {
  /** Short name, the key of its run record: 'sync', 'remind', 'report'. */
  name: string;
  /** Does the job; returns a one-line result for the Log and the status sidebar. */
  run(ctx: AppContext, budget: Budget, event?: unknown): string;
}

export interface JobResult {
  job: string;
  ok: boolean;
  message: string;
}

export function runJobs(ctx: AppContext, jobs: Job[], budget: Budget, event?: unknown): JobResult[] {
  const results: JobResult[] = [];
  for (const job of jobs) {
    let r: JobResult;
    try {
      r = { job: job.name, ok: true, message: job.run(ctx, budget, event) };
    } catch (e) {
      r = { job: job.name, ok: false, message: e instanceof Error ? e.message : String(e) };
    }
    recordRun(ctx.store, job.name, ctx.now, r.ok, r.message);
    results.push(r);
  }
  return results;
}
