// The plan as data for the CLI's `status --json`, the sidebar and the add-on card.
import type { Holiday } from '../domain/holidays';
import { formatSchoolYear } from '../domain/schoolYear';
import { problemText } from '../domain/texts/problems';
import type { Occurrence, Status, TimingKind } from '../domain/types';
import type { AppContext } from './context';
import { loadPlan, readHolidays } from './plan';

export interface RowStatus {
  row: number;
  key: string;
  number: string;
  title: string;
  timing: { kind: TimingKind; text: string; occurrences: Occurrence[] };
  responsibles: string[];
  recipients: string[];
  status: Status | null;
  results: string;
  problems: string[];
}

export interface PlanStatus {
  setUp: boolean;
  schoolYear: string;
  timeZone: string;
  rows: RowStatus[];
  problems: string[];
  /** The Settings' school holidays (occurrences above already skip them where the plan says so). */
  holidays: Holiday[];
}

export function planStatus(ctx: AppContext): PlanStatus {
  if (!ctx.book.find('plan')) {
    return {
      setUp: false,
      schoolYear: '',
      timeZone: ctx.settings.timeZone,
      rows: [],
      problems: [],
      holidays: [],
    };
  }
  const snap = loadPlan(ctx);
  return {
    setUp: true,
    schoolYear: formatSchoolYear(snap.schoolYear),
    timeZone: ctx.settings.timeZone,
    rows: snap.items.map((it) => ({
      row: it.row.row,
      key: it.row.key,
      number: it.row.number,
      title: it.row.title,
      timing: { kind: it.timing.kind, text: it.timing.text, occurrences: it.timing.occurrences },
      responsibles: it.names,
      recipients: it.recipients,
      status: it.row.status,
      results: it.row.results,
      problems: it.problems.map((p) => problemText(p, ctx.lang)),
    })),
    problems: snap.planProblems.map((p) => problemText(p, ctx.lang)),
    holidays: readHolidays(ctx, snap.schoolYear).ranges,
  };
}
