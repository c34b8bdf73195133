// The text catalogs (src/domain/texts/*.json, and the CLI's cli/texts.json) as data: every entry has both languages, and the two fill
// the same placeholders, so a sentence translated without its {name} or {count:…} cannot reach a person.
// The files are read from the folder, so a catalog added later is checked without touching this test.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIR = new URL('../../src/domain/texts/', import.meta.url);
const LANGS = ['ru', 'en'] as const;
/** How many plural forms a {name:…} placeholder has in each language (fill.ts); `times` is problems.ts'. */
const FORMS = { ru: 3, en: 2 };

type Found = { where: string; entry: Record<string, unknown> };

/** The entries of one catalog: objects with ru/en, found below any sections (dialogs.json has some). */
function entries(value: unknown, where: string): Found[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  const obj = value as Record<string, unknown>;
  if ('ru' in obj || 'en' in obj) return [{ where, entry: obj }];
  return Object.entries(obj).flatMap(([k, v]) => entries(v, `${where}.${k}`));
}

/** {name} and {name:forms}: each name with its forms ('' when plain). */
function placeholders(text: string): { name: string; forms: string }[] {
  return [...text.matchAll(/\{(\w+)(?::([^{}]*))?\}/g)].map((m) => ({ name: m[1]!, forms: m[2] ?? '' }));
}

/** What is wrong with one entry, as lines: a missing, empty or extra language, or placeholders that differ. */
function entryMistakes({ where, entry }: Found): string[] {
  const out: string[] = [];
  for (const k of Object.keys(entry))
    if (!(LANGS as readonly string[]).includes(k)) out.push(`${where}: ${k}?`);
  const texts: Partial<Record<(typeof LANGS)[number], string>> = {};
  for (const lang of LANGS) {
    const v = entry[lang];
    if (Array.isArray(v)) {
      if (v.length === 0 || v.some((x) => typeof x !== 'string' || x.trim() === ''))
        out.push(`${where}.${lang}: empty`);
      continue;
    }
    if (typeof v !== 'string' || v.trim() === '') out.push(`${where}.${lang}: empty or missing`);
    else texts[lang] = v;
  }
  if (texts.ru === undefined || texts.en === undefined) return out;
  const names = (text: string) => [...new Set(placeholders(text).map((p) => p.name))].sort().join(', ');
  if (names(texts.ru) !== names(texts.en))
    out.push(`${where}: ru fills {${names(texts.ru)}}, en fills {${names(texts.en)}}`);
  for (const lang of LANGS) {
    for (const p of placeholders(texts[lang]!)) {
      const n = p.forms.split('|').length;
      if (p.forms !== '' && p.forms !== 'times' && n !== FORMS[lang])
        out.push(`${where}.${lang}: {${p.name}:${p.forms}} has ${n} forms, ${lang} wants ${FORMS[lang]}`);
    }
  }
  return out;
}

/**
 * The catalogs whose keys are ids the code names (scopes.json is keyed by scope, months.json by language;
 * runs.json's labels are checked against the operations table and the jobs by test/domain/runs.test.ts).
 */
const ID_CATALOGS = ['ui', 'answer', 'report', 'access', 'guards', 'quota', 'problems', 'dialogs'].map(
  (c) => `${c}.json`,
);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sourceFiles(join(dir, d.name)) : /\.(ts|html)$/.test(d.name) ? [join(dir, d.name)] : [],
  );
}

const CATALOGS = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ file: f, data: JSON.parse(readFileSync(new URL(f, DIR), 'utf8')) as unknown }));

/** The CLI's own words, a catalog of the same shape (cli/texts.ts). */
const CLI = {
  file: 'cli/texts.json',
  data: JSON.parse(readFileSync(new URL('../../cli/texts.json', import.meta.url), 'utf8')) as Record<
    string,
    unknown
  >,
};

describe('the text catalogs', () => {
  it('are the JSON files beside their modules, each with entries', () => {
    expect(CATALOGS.map((c) => c.file)).toEqual(
      expect.arrayContaining(['ui.json', 'problems.json', 'dialogs.json']),
    );
    for (const c of CATALOGS) expect(entries(c.data, c.file).length, c.file).toBeGreaterThan(0);
  });

  it('give every entry a non-empty ru and en with the same placeholders', () => {
    const found = [...CATALOGS, CLI].flatMap((c) => entries(c.data, c.file));
    expect(found.length).toBeGreaterThan(380);
    expect(found.flatMap(entryMistakes)).toEqual([]);
  });

  it('tell a broken entry: a missing language, an empty one, a placeholder lost or given the wrong forms', () => {
    const check = (entry: Record<string, unknown>) => entryMistakes({ where: 'x', entry });
    expect(check({ ru: 'Строка {row}', en: 'Row {row}' })).toEqual([]);
    expect(check({ ru: 'Строка {row}' })).toEqual(['x.en: empty or missing']);
    expect(check({ ru: ' ', en: 'Row' })).toEqual(['x.ru: empty or missing']);
    expect(check({ ru: 'Строка {row}', en: 'Row' })).toEqual(['x: ru fills {row}, en fills {}']);
    expect(check({ ru: '{n:письмо|письма}', en: '{n:mail|mails}' })).toEqual([
      'x.ru: {n:письмо|письма} has 2 forms, ru wants 3',
    ]);
    expect(check({ ru: 'а', en: 'a', de: 'a' })).toEqual(['x: de?']);
  });

  it("hold no text that nothing shows: each id is named in src/ (a string, a dialog's t.id, a {placeholder})", () => {
    const code = sourceFiles(fileURLToPath(new URL('../../src/', import.meta.url)))
      .filter((f) => !f.endsWith('.json'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const texts = JSON.stringify(CATALOGS.map((c) => c.data));
    const named = (id: string) =>
      code.includes(`'${id}'`) || new RegExp(`\\bt\\.${id}\\b`).test(code) || texts.includes(`{${id}}`);
    const unused: string[] = [];
    for (const c of CATALOGS.filter((x) => ID_CATALOGS.includes(x.file))) {
      const sections = c.file === 'dialogs.json' ? Object.values(c.data as object) : [c.data];
      for (const section of sections)
        for (const id of Object.keys(section as object)) if (!named(id)) unused.push(`${c.file}: ${id}`);
    }
    expect(ID_CATALOGS.every((f) => CATALOGS.some((c) => c.file === f))).toBe(true);
    expect(unused).toEqual([]);
  });

  it('hold no CLI text that the CLI does not say: each id of cli/texts.json is named in cli/', () => {
    const code = sourceFiles(fileURLToPath(new URL('../../cli/', import.meta.url)))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const unused = Object.keys(CLI.data).filter((id) => !code.includes(`'${id}'`));
    expect(Object.keys(CLI.data).length).toBeGreaterThan(80);
    expect(unused).toEqual([]);
  });
});
