// The report menu's question: which month? Empty or OK with the example keeps the previous month.
import type { AppContext } from '../app/context';
import { previousMonth } from '../domain/report';
import { rt } from '../domain/reportText';
import { t } from '../domain/uiText';

/** 'YYYY-MM' (or whatever the person typed, checked by the use case); null when they cancelled. */
export function askReportMonth(ctx: AppContext): string | null {
  const ui = SpreadsheetApp.getUi();
  const example = previousMonth(ctx.today);
  const answer = ui.prompt(
    t('menuReport', ctx.lang),
    rt('promptMonth', ctx.lang, { example }),
    ui.ButtonSet.OK_CANCEL,
  );
  if (answer.getSelectedButton() !== ui.Button.OK) return null;
  return answer.getResponseText().trim() || example;
}
