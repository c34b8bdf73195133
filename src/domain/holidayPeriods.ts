// «в весенние каникулы», «в осенние каникулы»: the dates of those holidays from the Каникулы setting
// (holidays.ts reads it; a range's season comes from its start month). Without the setting the period
// stays unscheduled, as timing.ts decided.
import { type Holiday, type HolidaySeason, holidayOfSeason } from './holidays';
import type { Timing } from './types';

const SEASONS: ReadonlyArray<readonly [RegExp, HolidaySeason]> = [
  [/осенн\S*\s+каникул/, 'autumn'],
  [/(?:зимн|новогодн)\S*\s+каникул/, 'winter'],
  [/(?:февральск|дополнительн)\S*\s+каникул/, 'february'],
  [/весенн\S*\s+каникул/, 'spring'],
];

export function withHolidays(t: Timing, holidays: readonly Holiday[] | undefined): Timing {
  if (!holidays || holidays.length === 0 || t.kind !== 'unscheduled') return t;
  const s = t.text.toLowerCase().replace(/ё/g, 'е');
  for (const [re, season] of SEASONS) {
    if (!re.test(s)) continue;
    const h = holidayOfSeason([...holidays], season);
    if (h) return { ...t, kind: 'range', occurrences: [{ start: h.start, end: h.end }] };
  }
  return t;
}
