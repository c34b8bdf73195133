// Month names for people (reports, mails): one list for every text that names a month.
import type { Lang } from '../types';

const MONTH_NAMES: Record<Lang, readonly string[]> = {
  ru: [
    'январь',
    'февраль',
    'март',
    'апрель',
    'май',
    'июнь',
    'июль',
    'август',
    'сентябрь',
    'октябрь',
    'ноябрь',
    'декабрь',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** The month's name (1–12) in the nominative: «октябрь», "October"; as used after «за». */
export function monthName(month: number, lang: Lang): string {
  return MONTH_NAMES[lang][month - 1] ?? String(month);
}
