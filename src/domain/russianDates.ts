// The vocabulary of Russian period texts: month and weekday words in all cases, Roman numerals,
// and the normalisation that makes hand-typed text comparable.

/** Month number (1..12) -> regex source matching every case form and the usual abbreviations. */
const MONTH_FORMS: ReadonlyArray<readonly [number, string]> = [
  [1, 'январ(?:ь|я|е|ю|ем)|янв'],
  [2, 'феврал(?:ь|я|е|ю|ем)|февр?'],
  [3, 'март(?:а|е|у|ом)?|мар'],
  [4, 'апрел(?:ь|я|е|ю|ем)|апр'],
  [5, 'ма(?:й|я|е|ю|ем)'],
  [6, 'июн(?:ь|я|е|ю|ем)?'],
  [7, 'июл(?:ь|я|е|ю|ем)?'],
  [8, 'август(?:а|е|у|ом)?|авг'],
  [9, 'сентябр(?:ь|я|е|ю|ем)|сент?'],
  [10, 'октябр(?:ь|я|е|ю|ем)|окт'],
  [11, 'ноябр(?:ь|я|е|ю|ем)|нояб?'],
  [12, 'декабр(?:ь|я|е|ю|ем)|дек'],
];

/** Regex source for any month word (no boundaries; callers add them). */
export const MONTH_WORD = MONTH_FORMS.map(([, f]) => f).join('|');

const MONTH_EXACT = MONTH_FORMS.map(([n, f]) => [n, new RegExp('^(?:' + f + ')\\.?$')] as const);

/** Month number of a (normalised) month word, or null. */
export function monthOfWord(word: string): number | null {
  for (const [n, re] of MONTH_EXACT) if (re.test(word)) return n;
  return null;
}

const WEEKDAY_FORMS: ReadonlyArray<readonly [number, RegExp]> = [
  [1, /^понедельник/],
  [2, /^вторник/],
  [3, /^сред[аыуе]|^средам/],
  [4, /^четверг/],
  [5, /^пятниц/],
  [6, /^суббот/],
  [7, /^воскресен/],
];

/** ISO weekday (1 = Monday) of a weekday word in any case, singular or plural, or null. */
export function weekdayOfWord(word: string): number | null {
  for (const [n, re] of WEEKDAY_FORMS) if (re.test(word)) return n;
  return null;
}

/** 1..9 for "i", "ii", "iii", "iv", "1".."4" and ordinal words ("первая", "второе", "третьей"...). */
export function termNumber(token: string): number | null {
  const t = token.trim();
  const roman: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
  if (roman[t] !== undefined) return roman[t] ?? null;
  if (/^[1-9]$/.test(t)) return Number(t);
  if (t.startsWith('перв')) return 1;
  if (t.startsWith('втор')) return 2;
  if (t.startsWith('трет')) return 3;
  if (t.startsWith('четверт')) return 4;
  return null;
}

const LATIN_TO_CYRILLIC: Record<string, string> = {
  a: 'а',
  b: 'в',
  c: 'с',
  e: 'е',
  h: 'н',
  k: 'к',
  m: 'м',
  o: 'о',
  p: 'р',
  t: 'т',
  x: 'х',
  y: 'у',
};

/**
 * Lower case, ё → е, every dash → '-', every space → ' ', Latin look-alike letters inside Cyrillic
 * words → Cyrillic, Ukrainian і → Latin i (Roman numerals), ordinal endings after digits removed
 * ("1-е полугодие" → "1 полугодие", "12-го апреля" → "12 апреля"), spaces collapsed.
 */
export function normalizePeriod(text: string): string {
  let s = text.toLowerCase().replace(/ё/g, 'е').replace(/і/g, 'i');
  s = s.replace(/[\u2010-\u2015\u2212\u2E3A\u2E3B\uFE58\uFE63\uFF0D]/g, '-');
  s = s.replace(/[\s\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]+/g, ' ');
  s = s.replace(/[a-zа-я]+/g, (w) =>
    /[а-я]/.test(w) && /[a-z]/.test(w) ? w.replace(/[a-z]/g, (c) => LATIN_TO_CYRILLIC[c] ?? c) : w,
  );
  s = s.replace(/(\d)\s?-?\s?(?:ого|го|ое|ая|ой|ий|ей|ья|ье|е|я|й)(?![а-яa-z])/g, '$1');
  s = s.replace(/(^|[^a-z])(iv|iii|ii|i)\s?-\s?(?:ое|ая|ой|ое|е|я|й)(?![а-яa-z])/g, '$1$2');
  return s.replace(/ +/g, ' ').trim();
}
