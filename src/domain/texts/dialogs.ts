// Texts of the dialogs and the sidebar (src/ui/*.html), Russian first; the sentences are in dialogs.json,
// one section a dialog and `common` for all. Each dialog gets its own dictionary as a template property;
// the client reads the few texts it builds at run time from it.
import type { Lang } from '../types';
import texts from './dialogs.json';
import type { Entry } from './fill';

const { common, ...DIALOGS } = texts;
export type DialogTextsId = keyof typeof DIALOGS;

/** Every section of the catalog (common and each dialog's), for the catalog test. */
export const DIALOG_TEXTS: Record<string, Record<string, Entry>> = texts;

/** The dialog's texts in one language (plain strings: they go into the template as a property). */
export function dialogTexts(id: DialogTextsId, lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries<Entry>({ ...common, ...DIALOGS[id] })) out[k] = v[lang];
  return out;
}
