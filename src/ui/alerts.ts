// Menu commands answer in a plain alert: the result, or a readable error in the user's language.

import { sessionLang } from '../app/context';
import { NotSetUpError } from '../app/plan';
import { t } from '../domain/texts/ui';
import { BusyError } from '../gas/lock';
import { alert } from '../gas/ui';

export function runFromMenu(fn: () => unknown): void {
  try {
    const out = fn();
    if (typeof out === 'string') alert(out);
  } catch (e) {
    alert(errorMessage(e));
  }
}

/** What a person is told about a failure: never a stack trace. */
export function errorMessage(e: unknown): string {
  const lang = sessionLang();
  if (e instanceof NotSetUpError) return t('notSetUp', lang);
  if (e instanceof BusyError) return t('busy', lang);
  return t('error', lang, { message: e instanceof Error ? e.message : String(e) });
}
