// Parts of a month a plan names: «2-я неделя ноября», «последняя неделя декабря», «третья декада
// октября» («конец декабря» stays the month, as timing.ts decided); and the abbreviations plans use («в теч. года», «в устан.
// сроки», «по спец. графику», «сент.–окт.»).
//
// Decisions: the n-th week of a month is its days 7n−6 … 7n (the first week is the 1st–7th), the last
// week its last seven days; decades are the 1st–10th, 11th–20th and 21st–last; «начало» is the first
// decade, «середина» the second, «конец» the third.
import { addDays, fromParts, lastDayOfMonth } from './days';
import { MONTH_WORD, monthOfWord } from './russianDates';
import { yearOfMonth } from './schoolYear';
import type { Occurrence, SchoolYear } from './types';

const ORDINAL = '(\\d|перв\\S*|втор\\S*|трет\\S*|четв[её]рт\\S*|пят\\S*|последн\\S*)';
const PART_RE = new RegExp(
  '(?<![а-я])(?:в\\s+|на\\s+|во\\s+)?' +
    ORDINAL +
    '\\s+(недел\\S*|декад\\S*)\\s+(' +
    MONTH_WORD +
    ')\\.?(?![а-я])(?:\\s*(\\d{4})(?:\\s*г\\.?|\\s+года)?)?',
  'g',
);

function ordinal(w: string): number | 'last' | null {
  if (/^\d$/.test(w)) return Number(w);
  if (w.startsWith('перв')) return 1;
  if (w.startsWith('втор')) return 2;
  if (w.startsWith('трет')) return 3;
  if (w.startsWith('четв')) return 4;
  if (w.startsWith('пят')) return 5;
  if (w.startsWith('последн')) return 'last';
  return null;
}

export interface MonthParts {
  occurrences: Occurrence[];
  /** [start, end) of each match in the text, to consume. */
  spans: [number, number][];
}

/** Weeks, decades and the beginning, middle or end of a month in a normalised text. */
export function scanMonthParts(text: string, sy: SchoolYear): MonthParts {
  const out: MonthParts = { occurrences: [], spans: [] };
  const re = new RegExp(PART_RE.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const which = ordinal(m[1] ?? '');
    const unit = m[2] ?? '';
    const mo = monthOfWord(m[3] ?? '');
    if (which === null || mo === null) continue;
    const y = m[4] ? Number(m[4]) : yearOfMonth(sy, mo);
    const last = lastDayOfMonth(y, mo);
    const lastDay = Number(last.slice(8, 10));
    let start: string;
    let end: string;
    if (unit.startsWith('недел')) {
      if (which === 'last') {
        start = addDays(last, -6);
        end = last;
      } else {
        if (which > 5) continue;
        start = fromParts(y, mo, 7 * which - 6);
        end = 7 * which > lastDay ? last : fromParts(y, mo, 7 * which);
        if (7 * which - 6 > lastDay) continue;
      }
    } else {
      const n = which === 'last' ? 3 : which;
      if (n > 3) continue;
      start = fromParts(y, mo, 10 * n - 9);
      end = n === 3 ? last : fromParts(y, mo, 10 * n);
    }
    out.occurrences.push({ start, end });
    out.spans.push([m.index, m.index + m[0].length]);
  }
  return out;
}

const ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<![а-я])в\s+теч(?:\.|-е|(?![а-я]))\s*/g, 'в течение '],
  [/(?<![а-я])уч\.\s*(?=г)/g, 'учебного '],
  [/(?<![а-я])календарного\s+(?=года)/g, ''],
  [/(?<![а-я])устан\.?\s*(?=срок)/g, 'установленные '],
  [/(?<![а-я])(?:спец\.?|специальному|утвержденному|отдельному|особому)\s*(?=график|план)/g, ''],
  // «Июнь август 2007 года»: two months with nothing between them are a span
  [
    /(?<![а-я])(январ[ья]|феврал[ья]|март[а]?|апрел[ья]|ма[йя]|июн[ья]|июл[ья]|август[а]?|сентябр[ья]|октябр[ья]|ноябр[ья]|декабр[ья])\s+(?=(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-я]*(?![а-я]))/g,
    '$1-',
  ],
  // «01.- 08.05.15г.»: the first day's dot before the dash
  [/(?<![\d.])(\d{1,2})\.\s*[-–—]\s*(?=\d{1,2}\.\d{1,2})/g, '$1-'],
  // «2-я суббота месяца»: once a month
  [
    /(?<![а-я\d])(?:[1-4]\s*-?\s*(?:я|й|е|ая|ой)?|перв\S*|втор\S*|треть?\S*|четв[её]рт\S*|последн\S*)\s+(?:понедельник|вторник|сред[ау]|четверг|пятниц[ау]|суббот[ау]|воскресень[ея])\s+(?:каждого\s+)?месяца/g,
    'ежемесячно',
  ],
  // a city plan's quarters of the calendar year
  [/(?<!\d)1\s*(?:-?й\s+)?квартал[а-я]*/g, 'январь-март'],
  [/(?<!\d)2\s*(?:-?й\s+)?квартал[а-я]*/g, 'апрель-июнь'],
  [/(?<!\d)3\s*(?:-?й\s+)?квартал[а-я]*/g, 'июль-сентябрь'],
  [/(?<!\d)4\s*(?:-?й\s+)?квартал[а-я]*/g, 'октябрь-декабрь'],
];

/** «в теч. уч. года» → «в течение учебного года», «в устан. сроки», «по спец. графику» → «по графику». */
export function expandAbbreviations(s: string): string {
  let t = s;
  for (const [re, to] of ABBREVIATIONS) t = t.replace(re, to);
  return t;
}
