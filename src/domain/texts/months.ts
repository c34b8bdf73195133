// Month names for people (reports, mails): one list (months.json) for every text that names a month.
import type { Lang } from '../types';
import names from './months.json';

const MONTH_NAMES: Record<Lang, readonly string[]> = names;

/** The month's name (1–12) in the nominative: «октябрь», "October"; as used after «за». */
export function monthName(month: number, lang: Lang): string {
  return MONTH_NAMES[lang][month - 1] ?? String(month);
}
