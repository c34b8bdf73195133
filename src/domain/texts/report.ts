// The monthly report's and the year's analysis' texts (report.json, beside the menus' and problems').
// Russian first; English when the Settings say so.
import { STATUSES } from '../columns';
import type { Lang, Status } from '../types';
import { catalog, type Entry } from './fill';
import { monthName } from './months';
import texts from './report.json';

export type ReportTextId = keyof typeof texts;

export const rt = catalog<ReportTextId>(texts);

/** Short month name for the year table: «сен», «Sep». */
export function monthShort(month: number, lang: Lang): string {
  const name = monthName(month, lang);
  return lang === 'ru' ? name.charAt(0).toUpperCase() + name.slice(1) : name;
}

export function statusName(s: Status, lang: Lang): string {
  return STATUSES[s][lang];
}

/** Every template of this module, for the typography and grammar test (test/domain/texts.test.ts). */
export const REPORT_TEXTS: Record<string, Entry> = texts;
