// Russian typography and grammar over every text template people read (src/domain/texts/ and the CLI's
// words): each is filled through its module's own function with the counts 1, 2, 5, 21 and 11, and with
// a title that has its own quotes.
import { describe, expect, it } from 'vitest';
import { CLI_TEXTS, cliText } from '../../cli/texts';
import { ANSWER_TEXTS, at } from '../../src/domain/texts/answer';
import { fill, pluralRu, quoted } from '../../src/domain/texts/fill';
import { GUARD_TEXTS, g } from '../../src/domain/texts/guards';
import { PROBLEM_TEXTS, problemText } from '../../src/domain/texts/problems';
import { REPORT_TEXTS, rt } from '../../src/domain/texts/report';
import { t, UI_TEXTS } from '../../src/domain/texts/ui';
import type { Lang } from '../../src/domain/types';

type Fill = (id: string, lang: Lang, params: Record<string, string | number>) => string;

const MODULES: { name: string; texts: Record<string, { ru: string; en: string }>; fill: Fill }[] = [
  { name: 'ui', texts: UI_TEXTS, fill: (id, lang, p) => t(id as Parameters<typeof t>[0], lang, p) },
  { name: 'report', texts: REPORT_TEXTS, fill: (id, lang, p) => rt(id as Parameters<typeof rt>[0], lang, p) },
  { name: 'answer', texts: ANSWER_TEXTS, fill: (id, lang, p) => at(id as Parameters<typeof at>[0], lang, p) },
  {
    name: 'problems',
    texts: PROBLEM_TEXTS,
    fill: (code, lang, params) => problemText({ code, params }, lang),
  },
  { name: 'guards', texts: GUARD_TEXTS, fill: (id, lang, p) => g(id as Parameters<typeof g>[0], lang, p) },
  {
    name: 'cli',
    texts: CLI_TEXTS,
    fill: (id, lang, p) => cliText(lang)(id as Parameters<ReturnType<typeof cliText>>[0], p),
  },
];

/** Nouns counted in our texts: nominative one|few|many, and genitive one|many (after «больше», «из»…). */
const NOUNS: { nom: [string, string, string]; gen: [string, string] }[] = [
  { nom: ['письмо', 'письма', 'писем'], gen: ['письма', 'писем'] },
  { nom: ['строка', 'строки', 'строк'], gen: ['строки', 'строк'] },
  { nom: ['день', 'дня', 'дней'], gen: ['дня', 'дней'] },
  { nom: ['мероприятие', 'мероприятия', 'мероприятий'], gen: ['мероприятия', 'мероприятий'] },
  { nom: ['событие', 'события', 'событий'], gen: ['события', 'событий'] },
  { nom: ['знак', 'знака', 'знаков'], gen: ['знака', 'знаков'] },
  { nom: ['адрес', 'адреса', 'адресов'], gen: ['адреса', 'адресов'] },
  { nom: ['триггер', 'триггера', 'триггеров'], gen: ['триггера', 'триггеров'] },
  { nom: ['запуск', 'запуска', 'запусков'], gen: ['запуска', 'запусков'] },
  { nom: ['пункт', 'пункта', 'пунктов'], gen: ['пункта', 'пунктов'] },
  { nom: ['раз', 'раза', 'раз'], gen: ['раза', 'раз'] },
];
const GENITIVE_BEFORE = /(больше|меньше|более|менее|из|до|около|от)\s+$/;
/** Verbs after a counted subject: singular for 1, 21…; plural otherwise. */
const VERBS: [string, string][] = [
  ['уйдёт', 'уйдут'],
  ['ушло', 'ушли'],
  ['отправлено', 'отправлены'],
];

function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)(?::[^{}]*)?\}/g)].map((m) => m[1]!);
}

/** The grammar mistakes in one filled Russian text: «ещё 1 писем», «21 мероприятий», «1 письма уйдут». */
function countMistakes(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?<![\d.,:–-])(\d+)[ \u00a0]+([а-яё]+)(?:[ \u00a0]+([а-яё]+))?/gi)) {
    const n = Number(m[1]);
    const word = m[2]!.toLowerCase();
    const noun = NOUNS.find((x) => x.nom.includes(word) || x.gen.includes(word));
    if (!noun) continue;
    const before = text.slice(0, m.index);
    const want = GENITIVE_BEFORE.test(before)
      ? pluralRu(n, noun.gen[0], noun.gen[1], noun.gen[1])
      : pluralRu(n, ...noun.nom);
    if (word !== want) out.push(`«${m[0]}»: ${n} ${want}`);
    const verb = VERBS.find((v) => v.includes((m[3] ?? '').toLowerCase()));
    if (verb) {
      const single = n % 10 === 1 && n % 100 !== 11;
      if (m[3] !== verb[single ? 0 : 1]) out.push(`«${m[0]}»: ${verb[single ? 0 : 1]}`);
    }
  }
  return out;
}

/** Quotes nested wrongly: a «…» opened inside «…», or „…“ left unclosed. */
function quoteMistakes(text: string): string[] {
  let depth = 0;
  for (const ch of text) {
    if (ch === '«') depth++;
    if (ch === '»') depth--;
    if (depth > 1 || depth < 0) return [`«…«…»» in ${text}`];
  }
  return depth === 0 ? [] : [`unbalanced «» in ${text}`];
}

describe('every text template', () => {
  it('agrees with its counts: 1 письмо, 2 письма, 5 писем, 11 писем, 21 письмо (and 1 mail in English)', () => {
    const mistakes: string[] = [];
    let filled = 0;
    for (const mod of MODULES) {
      for (const [id, tpl] of Object.entries(mod.texts)) {
        const names = placeholders(tpl.ru);
        if (names.length === 0) continue;
        for (const n of [1, 2, 5, 11, 21]) {
          const params = Object.fromEntries(names.map((k) => [k, n]));
          const ru = mod.fill(id, 'ru', params);
          filled++;
          for (const m of countMistakes(ru)) mistakes.push(`${mod.name}.${id}: ${m}`);
          const en = mod.fill(id, 'en', params);
          if (n === 1 && /\b1 (mails|items|characters|rows|events|days|triggers)\b/.test(en)) {
            mistakes.push(`${mod.name}.${id}: ${en}`);
          }
        }
      }
    }
    expect(filled).toBeGreaterThan(100);
    expect(mistakes).toEqual([]);
  });

  it('names a count next to its noun only through the plural syntax {n:…|…|…}', () => {
    const bare: string[] = [];
    for (const mod of MODULES) {
      for (const [id, tpl] of Object.entries(mod.texts)) {
        for (const m of tpl.ru.matchAll(/\{(\w+)\}[ \u00a0]+([а-яё]+)/gi)) {
          const w = m[2]!.toLowerCase();
          if (NOUNS.some((x) => x.nom.includes(w) || x.gen.includes(w)))
            bare.push(`${mod.name}.${id}: ${m[0]}`);
        }
      }
    }
    expect(bare).toEqual([]);
  });

  it('nests quotes the Russian way: „…“ inside «…»', () => {
    const title = 'Конкурс «Голоса земли Рамешковской»';
    const mistakes: string[] = [];
    for (const mod of MODULES) {
      for (const [id, tpl] of Object.entries(mod.texts)) {
        const names = placeholders(tpl.ru);
        if (names.length === 0) continue;
        const text = mod.fill(id, 'ru', Object.fromEntries(names.map((k) => [k, title])));
        for (const m of quoteMistakes(text)) mistakes.push(`${mod.name}.${id}: ${m}`);
      }
    }
    expect(mistakes).toEqual([]);
    expect(quoted(title)).toBe('«Конкурс „Голоса земли Рамешковской“»');
    expect(fill('Напоминание: «{title}» — завтра', { title })).toBe(
      'Напоминание: «Конкурс „Голоса земли Рамешковской“» — завтра',
    );
  });

  it('spells the plural forms of 1, 2, 5, 11, 12, 21, 22, 25, 111', () => {
    const f = (n: number) => fill('ещё {n:письмо уйдёт|письма уйдут|писем уйдут}', { n });
    expect([1, 2, 5, 11, 12, 21, 22, 25, 111].map(f)).toEqual([
      'ещё 1 письмо уйдёт',
      'ещё 2 письма уйдут',
      'ещё 5 писем уйдут',
      'ещё 11 писем уйдут',
      'ещё 12 писем уйдут',
      'ещё 21 письмо уйдёт',
      'ещё 22 письма уйдут',
      'ещё 25 писем уйдут',
      'ещё 111 писем уйдут',
    ]);
    expect(fill('{n:mail|mails}', { n: 1 })).toBe('1 mail');
    expect(fill('{n:mail|mails}', { n: 21 })).toBe('21 mails');
  });
});
