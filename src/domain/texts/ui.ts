// Texts people see in menus, dialogs, the Log and the CLI (problem texts live in problems.ts); the
// sentences are in ui.json. Russian first; English when the user's locale or the Settings say so.
import type { Lang } from '../types';
import { catalog, type Entry } from './fill';
import texts from './ui.json';

export type TextId = keyof typeof texts;

export const t = catalog<TextId>(texts);

export { fill } from './fill';

/** ru unless the locale says English (Session.getActiveUserLocale(): 'en', 'en_US', …). */
export function langOfLocale(locale: string | null | undefined): Lang {
  return (locale ?? '').toLowerCase().startsWith('en') ? 'en' : 'ru';
}

/** Every template of this module, for the typography and grammar test (test/domain/texts.test.ts). */
export const UI_TEXTS: Record<string, Entry> = texts;
