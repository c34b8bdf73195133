// Texts about Google's permissions: what each scope lets planbook do (scopes.json), what to do when one is
// missing (access.json). Russian first; English when the user's locale or the Settings say so.
import type { Lang } from '../types';
import texts from './access.json';
import { catalog, type Entry } from './fill';
import scopes from './scopes.json';

/** What each scope lets planbook do, in the words of the consent screen's items. */
const SCOPE_WORDS: Record<string, Entry> = scopes;

/** «отправлять письма от вашего имени (script.send_mail)». */
export function scopeWords(scope: string, lang: Lang): string {
  const short = scope.replace('https://www.googleapis.com/auth/', '');
  const words = SCOPE_WORDS[scope];
  return words ? `${words[lang]} (${short})` : short;
}

export type AccessTextKey = keyof typeof texts;

export const at = catalog<AccessTextKey>(texts);
