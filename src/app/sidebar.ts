// The status sidebar: what is due in the next two weeks, rows with problems, the last runs of each job,
// the mail left for today and whether automation is on. Plain data only (google.script.run can't carry
// Date objects: G/html/reference/run).
import { addDays } from '../domain/days';
import { formatHolidays, isHoliday } from '../domain/holidays';
import { capitalized, jobLabel } from '../domain/texts/runs';
import { type Upcoming, upcomingEvents } from '../domain/upcoming';
import { automationState } from './automation';
import type { AppContext } from './context';
import type { MailService } from './ports';
import { lastRuns } from './runs';
import { planStatus } from './status';

export interface SidebarData {
  setUp: boolean;
  today: string;
  until: string;
  upcoming: Upcoming[];
  problemRows: { row: number; number: string; title: string; problems: string[] }[];
  /** Problems of the plan as a whole (the «Каникулы» setting unreadable, numbering). */
  planProblems: string[];
  /** The school holidays as the plan uses them. */
  holidays: { text: string; inHolidays: boolean };
  /** Each job's last run; `label` is what people read («календарь», «напоминания»). */
  runs: { job: string; label: string; at: string; ok: boolean; message: string }[];
  mailQuota: number | null;
  automation: { on: boolean; installed: string[]; missing: string[] };
}

const DAYS_AHEAD = 14;

export function sidebarData(ctx: AppContext, mailQuota: number | null): SidebarData {
  const status = planStatus(ctx);
  const until = addDays(ctx.today, DAYS_AHEAD - 1);
  const upcoming = upcomingEvents(status.rows, ctx.today, until);
  const runs = Object.entries(lastRuns(ctx.store().all()))
    .map(([job, r]) => ({
      job,
      label: capitalized(jobLabel(job, ctx.lang)),
      at: String(r.at),
      ok: Boolean(r.ok),
      message: String(r.message),
    }))
    .sort((a, b) => b.at.localeCompare(a.at));
  const auto = automationState(ctx);
  return {
    setUp: status.setUp,
    today: ctx.today,
    until,
    upcoming: upcoming.slice(0, 50),
    problemRows: status.rows
      .filter((r) => r.problems.length)
      .map((r) => ({ row: r.row, number: r.number, title: r.title, problems: r.problems })),
    planProblems: status.problems,
    holidays: { text: formatHolidays(status.holidays), inHolidays: isHoliday(ctx.today, status.holidays) },
    runs,
    mailQuota,
    automation: { on: auto.on, installed: auto.installed, missing: auto.missing },
  };
}

/** Recipients MailApp may still send to today; null if it cannot be asked (the count is only shown). */
export function mailQuotaOrNull(mail: MailService): number | null {
  try {
    return mail.remainingDailyQuota();
  } catch {
    return null;
  }
}
