// The report menu's question: which month? Empty or OK with the example keeps the previous month.

import type { AppContext } from '../app/context';
import { previousMonth } from '../domain/report';
import { rt } from '../domain/texts/report';
import { t } from '../domain/texts/ui';
import { promptText } from '../gas/ui';

/** 'YYYY-MM' (or whatever the person typed, checked by the use case); null when they cancelled. */
export function askReportMonth(ctx: AppContext): [string] | null {
  const example = previousMonth(ctx.today);
  const answer = promptText(t('menuReport', ctx.lang), rt('promptMonth', ctx.lang, { example }));
  if (answer === null) return null;
  return [answer.trim() || example];
}
