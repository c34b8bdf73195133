// What each trigger runs, in order. Features add their job to the list of the trigger that runs it.
import type { Job } from './jobs';
import { remindJob } from './remind';
import { reportJob } from './report';
import { syncJob } from './sync';

/** The daily trigger (morning, the Settings' mail hour): reconcile the calendar, then send reminders. */
export function dailyJobs(): Job[] {
  return [syncJob, remindJob];
}

/** The monthly trigger (day 1, morning): the report for the month that ended. */
export function monthlyJobs(): Job[] {
  return [reportJob];
}
