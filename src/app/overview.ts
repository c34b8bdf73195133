// The plan at a glance, for the Workspace add-on card: counts, what is coming up, mail left, automation.
// One read of the plan (planStatus) and one listing of the triggers; plain data only.
import { addDays } from '../domain/days';
import { type Upcoming, upcomingEvents } from '../domain/upcoming';
import { automationState } from './automation';
import type { AppContext } from './context';
import { planStatus } from './status';

export interface Overview {
  setUp: boolean;
  schoolYear: string;
  rows: number;
  problemRows: number;
  planProblems: string[];
  upcoming: Upcoming[];
  /** Recipients MailApp can still send to today; null when it could not be asked. */
  mailQuota: number | null;
  automationOn: boolean;
}

export const UPCOMING_DAYS = 14;

export function overview(ctx: AppContext, mailQuota: number | null): Overview {
  const status = planStatus(ctx);
  if (!status.setUp) {
    return {
      setUp: false,
      schoolYear: '',
      rows: 0,
      problemRows: 0,
      planProblems: [],
      upcoming: [],
      mailQuota,
      automationOn: false,
    };
  }
  return {
    setUp: true,
    schoolYear: status.schoolYear,
    rows: status.rows.length,
    problemRows: status.rows.filter((r) => r.problems.length > 0).length,
    planProblems: status.problems,
    upcoming: upcomingEvents(status.rows, ctx.today, addDays(ctx.today, UPCOMING_DAYS - 1)),
    mailQuota,
    automationOn: automationState(ctx).on,
  };
}
