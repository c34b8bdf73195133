// Menu commands answer in a plain alert: the result, or a readable error in the user's language.

import type { AppContext } from '../app/context';
import { NotSetUpError } from '../app/plan';
import { at } from '../domain/texts/answer';
import { t } from '../domain/texts/ui';
import type { Lang } from '../domain/types';
import { BusyError } from '../gas/lock';
import { alert, confirm } from '../gas/ui';
import { userLang } from './lang';

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
  const lang = userLang();
  if (e instanceof NotSetUpError) return t('notSetUp', lang);
  if (e instanceof BusyError) return t('busy', lang);
  return t('error', lang, { message: e instanceof Error ? e.message : String(e) });
}

/** «Отозвать все ссылки?»: true when the person said yes. */
export function confirmFromMenu(lang: Lang): boolean {
  return confirm(at('menuRevoke', lang), at('revokeConfirm', lang));
}

/** The same, as the arguments of a menu item that asks first (ui/entries.ts menuAsking). */
export function confirmRevoke(ctx: AppContext): [] | null {
  return confirmFromMenu(ctx.lang) ? [] : null;
}
