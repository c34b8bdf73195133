// "Check the plan": every row's key and Problems cell brought up to date, in one write.
import { problemsText } from '../domain/texts/problems';
import { t } from '../domain/texts/ui';
import { type AppContext, flushLog, log } from './context';
import { loadPlan, writeSystemColumns } from './plan';

export interface CheckResult {
  rows: number;
  rowsWithProblems: number;
  planProblems: string[];
  message: string;
}

export function checkPlan(ctx: AppContext): CheckResult {
  const snap = loadPlan(ctx);
  writeSystemColumns(ctx, snap);
  const planProblems = snap.planProblems.map((p) => problemsText([p], ctx.lang));
  const rowsWithProblems = snap.items.filter((it) => it.problems.length > 0).length;
  const message = t('checkDone', ctx.lang, {
    rows: snap.items.length,
    problems: rowsWithProblems,
    planProblems: planProblems.length ? planProblems.join('; ') : '—',
  });
  log(ctx, t('logCheck', ctx.lang), message);
  flushLog(ctx);
  return { rows: snap.items.length, rowsWithProblems, planProblems, message };
}
