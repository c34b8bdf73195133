// Days a plan names instead of a date: «ко Дню учителя», «День матери», «к Дню Победы». Their dates are
// fixed by law or custom (the Federal law «О днях воинской славы и памятных датах России», the decrees
// of the President for День матери and День отца). Only used when the period text gives no date or
// month of its own: «ноябрь, ко Дню матери» stays November.
import { addDays, fromParts, lastDayOfMonth, weekday } from './days';
import { yearOfMonth } from './schoolYear';
import type { Day, SchoolYear } from './types';

type When = { m: number; d: number } | { m: number; weekday: number; nth: number | 'last' };

/** The n-th (or last) given weekday (1 = Monday) of a month. */
function nthWeekday(y: number, m: number, wd: number, nth: number | 'last'): Day {
  if (nth === 'last') {
    const last = lastDayOfMonth(y, m);
    return addDays(last, -((weekday(last) - wd + 7) % 7));
  }
  const first = fromParts(y, m, 1);
  return addDays(first, ((wd - weekday(first) + 7) % 7) + 7 * (nth - 1));
}

// normalised text (lower case, ё → е); DAY covers «ко Дню», «Дня», «Днем», «День»
const DAY = '(?:дн(?:ю|я|ем|е)|день)\\s+';
const OBSERVANCES: ReadonlyArray<readonly [RegExp, When]> = [
  [new RegExp(DAY + 'знани'), { m: 9, d: 1 }],
  [new RegExp(DAY + 'солидарности\\s+в\\s+борьбе\\s+с\\s+терроризмом'), { m: 9, d: 3 }],
  [new RegExp(DAY + 'окончания\\s+втор'), { m: 9, d: 3 }],
  [new RegExp(DAY + '(?:распространения\\s+)?грамотности'), { m: 9, d: 8 }],
  [new RegExp(DAY + '(?:пожилого\\s+человека|пожилых\\s+людей)'), { m: 10, d: 1 }],
  [new RegExp(DAY + 'учител'), { m: 10, d: 5 }],
  [new RegExp(DAY + 'отца'), { m: 10, weekday: 7, nth: 3 }],
  [new RegExp(DAY + 'народного\\s+единства'), { m: 11, d: 4 }],
  [new RegExp(DAY + 'толерантности'), { m: 11, d: 16 }],
  [new RegExp('(?:всемирн\\S*\\s+)?' + DAY + 'ребенка'), { m: 11, d: 20 }],
  [new RegExp(DAY + '(?:матери|мам)'), { m: 11, weekday: 7, nth: 'last' }],
  [new RegExp(DAY + 'неизвестного\\s+солдата'), { m: 12, d: 3 }],
  [new RegExp(DAY + '(?:добровольца|волонтера)'), { m: 12, d: 5 }],
  [new RegExp(DAY + 'героев\\s+отечества'), { m: 12, d: 9 }],
  [new RegExp(DAY + 'конституции'), { m: 12, d: 12 }],
  [/(?:снятия|полного\s+освобождения\s+ленинграда|прорыва)\s+блокады|блокады\s+ленинграда/, { m: 1, d: 27 }],
  [/сталинградск\S*\s+битв/, { m: 2, d: 2 }],
  [new RegExp(DAY + 'российской\\s+науки'), { m: 2, d: 8 }],
  [new RegExp(DAY + 'памяти\\s+о\\s+россиянах'), { m: 2, d: 15 }],
  [new RegExp(DAY + 'родного\\s+языка'), { m: 2, d: 21 }],
  [new RegExp(DAY + 'защитник\\S*\\s+отечества'), { m: 2, d: 23 }],
  [/(?:международн\S*\s+)?женск\S*\s+(?:дн|день)|8\s*-?\s*(?:го\s+)?марта/, { m: 3, d: 8 }],
  [new RegExp(DAY + 'воссоединения\\s+крыма'), { m: 3, d: 18 }],
  [new RegExp(DAY + 'космонавтики'), { m: 4, d: 12 }],
  [new RegExp(DAY + 'земли'), { m: 4, d: 22 }],
  [/праздник\S*\s+весны\s+и\s+труда/, { m: 5, d: 1 }],
  [new RegExp(DAY + 'победы'), { m: 5, d: 9 }],
  [new RegExp(DAY + 'детских\\s+общественных'), { m: 5, d: 19 }],
  [new RegExp(DAY + 'славянской\\s+письменности'), { m: 5, d: 24 }],
  [new RegExp(DAY + 'защиты\\s+детей'), { m: 6, d: 1 }],
  [/пушкинск\S*\s+(?:дн|день)|(?:дн(?:ю|я|ем|е)|день)\s+русского\s+языка/, { m: 6, d: 6 }],
  [new RegExp(DAY + 'росси(?:и|я)(?![а-я])'), { m: 6, d: 12 }],
  [new RegExp(DAY + 'памяти\\s+и\\s+скорби'), { m: 6, d: 22 }],
  [new RegExp(DAY + 'семьи,?\\s+любви\\s+и\\s+верности'), { m: 7, d: 8 }],
  [new RegExp(DAY + '(?:государственного\\s+)?флага'), { m: 8, d: 22 }],
];

/** Spans a plan names: the «месячник оборонно-массовой работы» runs 23 January – 23 February. */
const SPANS: ReadonlyArray<readonly [RegExp, { m: number; d: number }, { m: number; d: number }]> = [
  [/месячник\S*\s+оборонно/, { m: 1, d: 23 }, { m: 2, d: 23 }],
];

export interface Found {
  start: Day;
  end: Day;
  /** Where the name is in the text, to consume it. */
  at: number;
  length: number;
}

function dayOf(sy: SchoolYear, w: When): Day {
  const y = yearOfMonth(sy, w.m);
  return 'd' in w ? fromParts(y, w.m, w.d) : nthWeekday(y, w.m, w.weekday, w.nth);
}

/** The first observance named in a normalised text (with «к», «ко», «накануне» before it), or null. */
export function findObservance(text: string, sy: SchoolYear): Found | null {
  let best: Found | null = null;
  for (const [re, when] of OBSERVANCES) {
    const m = re.exec(text);
    if (!m || (best && best.at <= m.index)) continue;
    const before = /(?:^|\s)(?:к|ко|накануне|в)\s*$/.exec(text.slice(0, m.index));
    const at = before ? m.index - before[0].length : m.index;
    let end = m.index + m[0].length;
    while (/[а-яa-z]/.test(text.charAt(end))) end++;
    const day = dayOf(sy, when);
    best = { start: day, end: day, at, length: end - at };
  }
  return best;
}

/** A span named in a plan's heading («месячника оборонно-массовой и военно-патриотической работы»). */
export function findNamedSpan(text: string, sy: SchoolYear): { start: Day; end: Day } | null {
  const t = text.toLowerCase().replace(/ё/g, 'е');
  for (const [re, a, b] of SPANS) {
    if (re.test(t)) {
      return {
        start: fromParts(yearOfMonth(sy, a.m), a.m, a.d),
        end: fromParts(yearOfMonth(sy, b.m), b.m, b.d),
      };
    }
  }
  return null;
}
