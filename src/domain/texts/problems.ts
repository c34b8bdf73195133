// The sentences people read about problems, in Russian and English (problems.json, keyed by the code;
// logic elsewhere only names a code). Placeholders: {name} is replaced by the param; {name:times} spells a
// count ("дважды", "3 раза"); {periodHint} is the entry periodHint, the advice on writing Сроки that
// timing.empty and timing.unknown share.
import type { Lang, Problem } from '../types';
import { counted, type Entry, fill } from './fill';
import texts from './problems.json';

export const PROBLEM_TEXTS: Record<string, Entry> = texts;

/** A count of times: «один раз», «дважды», «трижды», «5 раз», «22 раза»; "once", "twice", "3 times". */
function times(n: number, lang: Lang): string {
  const words = lang === 'en' ? ['once', 'twice'] : ['один раз', 'дважды', 'трижды'];
  return words[n - 1] ?? (lang === 'en' ? `${n} times` : counted(n, ['раз', 'раза', 'раз']));
}

/** The sentence for one problem in the given language; an unknown code is shown as is. */
export function problemText(p: Problem, lang: Lang): string {
  const entry = PROBLEM_TEXTS[p.code];
  if (!entry) return p.code;
  const params: Record<string, string | number> = { periodHint: texts.periodHint[lang], ...p.params };
  const template = entry[lang].replace(/\{(\w+):times\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : times(Number(params[name]), lang),
  );
  return fill(template, params);
}

/** All problems as one cell text, joined with '; '. */
export function problemsText(ps: Problem[], lang: Lang): string {
  return ps.map((p) => problemText(p, lang)).join('; ');
}
