// Filling a text template, with Russian typography and grammar:
//   {name}                  the value as is;
//   {n:письмо|письма|писем} the number with its Russian plural form: 1 письмо, 2 письма, 5 писем, 21 письмо
//                           (a phrase works too: {n:письмо уйдёт|письма уйдут|писем уйдут});
//   {n:mail|mails}          two forms: English, 1 mail, 2 mails;
//   «{name}»                a value quoted in the template has its own «…» turned into „…“, since Russian
//                           typography nests „лапки“ inside «ёлочки»: «конкурс „Голоса“», not «конкурс «Голоса»».
// The texts themselves are data: one JSON catalog per module beside it ({ "id": { "ru": …, "en": … } }).
import type { Lang } from '../types';

/** Russian plural: 1 день, 2 дня, 5 дней, 11 дней, 21 день. */
export function pluralRu(n: number, one: string, few: string, many: string): string {
  const m10 = Math.abs(n) % 10;
  const m100 = Math.abs(n) % 100;
  if (!Number.isInteger(n)) return few;
  if (m10 === 1 && m100 !== 11) return one;
  if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) return few;
  return many;
}

/** The number and its form: `forms` are Russian one|few|many, or English one|other. */
export function counted(n: number, forms: string[]): string {
  const word =
    forms.length >= 3
      ? pluralRu(n, forms[0]!, forms[1]!, forms[2]!)
      : n === 1
        ? forms[0]!
        : (forms[1] ?? forms[0]!);
  return `${n} ${word}`;
}

/** Text to stand inside «…»: its own «…» become „…“ (straight "…" are left as typed). */
export function innerQuotes(text: string): string {
  return text.replace(/«/g, '„').replace(/»/g, '“');
}

/** «text» with the inner quotes nested the Russian way. */
export function quoted(text: string): string {
  return `«${innerQuotes(text)}»`;
}

/** One text of a catalog (a JSON file beside its module): the same sentence in each language. */
export type Entry = Record<Lang, string>;

/**
 * The function that fills a catalog's texts: `catalog(texts)` is `(id, lang, params) => string`, its ids
 * the catalog's keys, so a missing or misspelt id is a type error where it is used.
 */
export function catalog<K extends string>(texts: Record<K, Entry>) {
  return (id: K, lang: Lang, params: Record<string, string | number> = {}): string =>
    fill(texts[id][lang], params);
}

export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(
    /(«?)\{(\w+)(?::([^{}]*))?\}(»?)/g,
    (whole, open: string, name: string, forms: string | undefined, close: string) => {
      if (!(name in params)) return whole;
      const v = params[name]!;
      if (forms !== undefined) return `${open}${counted(Number(v), forms.split('|'))}${close}`;
      const text = String(v);
      return open && close ? quoted(text) : `${open}${text}${close}`;
    },
  );
}
