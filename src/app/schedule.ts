// What each trigger runs, in order. Features add their job to the list of the trigger that runs it.
import type { Job } from './jobs';
import { remindJob } from './remind';
import { reportJob, reportMailJob } from './report';
import { syncJob } from './sync';
import { yearReportJob } from './yearReport';

/**
 * The daily trigger (morning, the Settings' mail hour): reconcile the calendar, the report mail a kill or
 * the quota left unsent (app/reportMail.ts: before the reminders, so that its quota witness sees no other
 * mail of this run), then the reminders.
 */
export function dailyJobs(): Job[] {
  return [syncJob, reportMailJob, remindJob];
}

/**
 * The monthly trigger (day 1, morning): the report for the month that ended; on 1 June and 1 July also
 * the year's analysis (rebuilt in place, so July's has June's events too).
 */
export function monthlyJobs(today = ''): Job[] {
  const month = Number(today.slice(5, 7));
  return month === 6 || month === 7 ? [reportJob, yearReportJob] : [reportJob];
}
