import { describe, expect, it } from 'vitest';
import {
  buildDirectory,
  normalizeName,
  parseEmails,
  resolve,
  splitResponsibles,
} from '../../src/domain/responsibles';
import { canonicalRole } from '../../src/domain/roles';
import { problemsText } from '../../src/domain/texts/problems';

describe('splitResponsibles', () => {
  it.each([
    [
      'директор МОУ «Рамешковская СОШ», директор библиотеки.',
      ['директор МОУ «Рамешковская СОШ»', 'директор библиотеки'],
    ],
    [
      'работники библиотеки,организатор, классные руководители',
      ['работники библиотеки', 'организатор', 'классные руководители'],
    ],
    ['работники библиотеки, классные  руководители.', ['работники библиотеки', 'классные руководители']],
    ['завуч и классные руководители', ['завуч', 'классные руководители']],
    ['Иванова И.И.; Петров П.П.', ['Иванова И.И.', 'Петров П.П.']],
    ['вожатая\nбиблиотекарь\r\nучитель музыки', ['вожатая', 'библиотекарь', 'учитель музыки']],
    ['директор МОУ «Школа и сад», завуч', ['директор МОУ «Школа и сад»', 'завуч']],
    // «и» inside one role, and between two roles
    ['учитель истории и обществознания', ['учитель истории и обществознания']],
    ['учителя ИЗО и музыки', ['учителя ИЗО и музыки']],
    ['библиотекарь и классные руководители', ['библиотекарь', 'классные руководители']],
    // people and roles without commas
    ['Зам. директора по ВР Кл. руководители', ['Зам. директора по ВР', 'Кл. руководители']],
    ['Смирнова О.В. Кузнецов П.И.', ['Смирнова О.В.', 'Кузнецов П.И.']],
    ['Директор. Педагог-организатор', ['Директор', 'Педагог-организатор']],
    ['Кл. руководители Организатор Библиотекарь', ['Кл. руководители', 'Организатор', 'Библиотекарь']],
    ['Библиотекарь Старовойтова Е.В.', ['Библиотекарь Старовойтова Е.В.']],
    ['Тихомирова Н.М. Совет старшеклассников', ['Тихомирова Н.М.', 'Совет старшеклассников']],
    ['Черкасов М.Н. ст. вожатый', ['Черкасов М.Н. ст. вожатый']],
    ['Чуева Г. Х..Кл. рук.', ['Чуева Г. Х.', 'Кл. рук']],
    ['Попова\nК.О., Ртищева И.Б.', ['Попова К.О.', 'Ртищева И.Б.']],
    ['Ирина Ивановна', ['Ирина Ивановна']],
    ['Смирнов И. И.', ['Смирнов И. И.']],
    [' , ;  ', []],
    ['', []],
    ['- организатор', ['организатор']],
  ])('%j', (text, names) => {
    expect(splitResponsibles(text)).toEqual(names);
  });
  it('keeps the case as written', () => {
    expect(splitResponsibles('Классные Руководители')).toEqual(['Классные Руководители']);
  });
});

describe('normalizeName', () => {
  it.each([
    ['Классные  руководители', 'классные руководители'],
    ['директор МОУ «Рамешковская СОШ»', 'директор моу рамешковская сош'],
    ['директор МОУ "Рамешковская СОШ"', 'директор моу рамешковская сош'],
    ['Организатор.', 'организатор'],
    ['Алёна Фёдорова', 'алена федорова'],
    ['  Иванова И. И. ', 'иванова и.и'],
    ['Иванова И.И.', 'иванова и.и'],
    ['„Школа“', 'школа'],
  ])('%j → %j', (a, b) => {
    expect(normalizeName(a)).toBe(b);
  });
});

describe('parseEmails', () => {
  it('splits on commas, semicolons, spaces and new lines', () => {
    expect(parseEmails('a@school.ru, b@school.ru;c@mail.ru\nd@yandex.ru  e@gmail.com')).toEqual({
      emails: ['a@school.ru', 'b@school.ru', 'c@mail.ru', 'd@yandex.ru', 'e@gmail.com'],
      invalid: [],
    });
  });
  it('reports invalid addresses and drops duplicates', () => {
    expect(
      parseEmails('a@school.ru; A@School.ru; ivanova@; @mail.ru; ivanova.mail.ru; x@y; a b@c.d'),
    ).toEqual({
      emails: ['a@school.ru'],
      invalid: ['ivanova@', '@mail.ru', 'ivanova.mail.ru', 'x@y', 'a', 'b@c.d'],
    });
  });
  it('accepts names with angle brackets, mailto and Cyrillic domains', () => {
    expect(parseEmails('Иванова И.И. <ivanova@school.ru>, mailto:petrov@school.ru, info@школа.рф.')).toEqual({
      emails: ['ivanova@school.ru', 'petrov@school.ru', 'info@школа.рф'],
      invalid: [],
    });
  });
  it('an empty cell has nothing', () => {
    expect(parseEmails('')).toEqual({ emails: [], invalid: [] });
  });
});

describe('buildDirectory and resolve', () => {
  const dir = buildDirectory([
    { who: 'Классные руководители', emails: 'kl1@school.ru, kl2@school.ru' },
    { who: 'Организатор', emails: 'org@school.ru' },
    { who: 'работники библиотеки', emails: '' },
    { who: 'Директор МОУ «Рамешковская СОШ»', emails: 'dir@school.ru; dir@school' },
    { who: 'организатор', emails: 'org2@school.ru org@school.ru' },
    { who: '', emails: 'nobody@school.ru' },
  ]);

  it('merges rows of the same name', () => {
    expect(dir.byName.get('организатор')?.emails).toEqual(['org@school.ru', 'org2@school.ru']);
    expect(dir.byName.size).toBe(4);
  });

  it('resolves names to unique recipients, in order', () => {
    const r = resolve(dir, ['организатор', 'классные  руководители', 'Организатор.']);
    expect(r).toEqual({
      recipients: ['org@school.ru', 'org2@school.ru', 'kl1@school.ru', 'kl2@school.ru'],
      problems: [],
    });
  });

  it('names a missing row, a row without e-mail and a bad e-mail', () => {
    const r = resolve(dir, ['работники библиотеки', 'вожатая', 'директор МОУ "Рамешковская СОШ"']);
    expect(r.recipients).toEqual(['dir@school.ru']);
    expect(r.problems).toEqual([
      { code: 'responsible.unknown', params: { name: 'вожатая' } },
      {
        code: 'responsible.badEmail',
        params: { name: 'директор МОУ "Рамешковская СОШ"', email: 'dir@school' },
      },
      { code: 'responsible.noEmail', params: { name: 'работники библиотеки' } },
    ]);
    expect(problemsText([r.problems[2]!, r.problems[0]!], 'ru')).toBe(
      'На листе «Ответственные» не указан e-mail: «работники библиотеки». Впишите адрес, чтобы приходили напоминания; ' +
        '«вожатая» нет на листе «Ответственные»: добавьте строку с этим названием и e-mail',
    );
  });

  it('a name with more than 50 addresses gets none of them; the row goes on for the others', () => {
    const many = (n: number, who: string) =>
      Array.from({ length: n }, (_, i) => `${who}${i}@school.ru`).join(', ');
    const big = buildDirectory([
      { who: 'все учителя', emails: many(51, 't') },
      { who: 'организатор', emails: 'org@school.ru' },
      { who: 'кл. руководители 5-х', emails: many(30, 'a') },
      { who: 'кл. руководители 6-х', emails: many(30, 'b') },
    ]);
    const r = resolve(big, ['все учителя', 'организатор']);
    expect(r.recipients).toEqual(['org@school.ru']);
    expect(r.problems).toEqual([
      { code: 'responsible.tooMany', params: { name: 'все учителя', count: 51, limit: 50 } },
    ]);
    expect(problemsText(r.problems, 'ru')).toMatch(
      /^«все учителя» на листе «Ответственные» — 51 адрес, а Google разрешает не больше 50 получателей/,
    );
    // 50 of one role is allowed; 60 of two together is not, and no one of them is picked
    expect(resolve(big, ['кл. руководители 5-х']).recipients).toHaveLength(30);
    const row = resolve(big, ['кл. руководители 5-х', 'кл. руководители 6-х']);
    expect(row.recipients).toEqual([]);
    expect(problemsText(row.problems, 'ru')).toMatch(
      /^У этой строки 60 получателей \(«кл\. руководители 5-х», «кл\. руководители 6-х»\)/,
    );
  });

  it('several roles without an address are one problem', () => {
    const empty = buildDirectory([
      { who: 'работники библиотеки', emails: '' },
      { who: 'организатор', emails: '' },
    ]);
    const r = resolve(empty, ['работники библиотеки', 'организатор']);
    expect(r.problems).toEqual([
      { code: 'responsible.noEmails', params: { names: '«работники библиотеки», «организатор»' } },
    ]);
    expect(problemsText(r.problems, 'ru')).toBe(
      'На листе «Ответственные» не указаны e-mail: «работники библиотеки», «организатор». Впишите адреса, чтобы приходили напоминания',
    );
  });

  it('a role with its own quotes is named with „…“ inside «…», and no «У» before a nominative', () => {
    const text = problemsText(
      [{ code: 'responsible.noEmail', params: { name: 'директор МОУ «Рамешковская СОШ»' } }],
      'ru',
    );
    expect(text).toBe(
      'На листе «Ответственные» не указан e-mail: «директор МОУ „Рамешковская СОШ“». Впишите адрес, чтобы приходили напоминания',
    );
    const two = resolve(
      buildDirectory([
        { who: 'директор МОУ «Рамешковская СОШ»', emails: '' },
        { who: 'завуч', emails: '' },
      ]),
      ['директор МОУ «Рамешковская СОШ»', 'завуч'],
    );
    expect(problemsText(two.problems, 'ru')).toContain('«директор МОУ „Рамешковская СОШ“», «завуч»');
  });

  it('no names, nothing to do', () => {
    expect(resolve(dir, [])).toEqual({ recipients: [], problems: [] });
  });
});

describe('canonicalRole: the role a school writes on its Ответственные sheet', () => {
  it.each([
    ['кл. рук.', 'Классные руководители'],
    ['Кл.руководители 5-11 кл', 'Классные руководители'],
    ['классный руководитель', 'Классные руководители'],
    ['Зам.по ВР', 'Заместитель директора по ВР'],
    ['ЗДВР', 'Заместитель директора по ВР'],
    ['ЗДУВР', 'Заместитель директора по УВР'],
    ['зам. дир. по УВР', 'Заместитель директора по УВР'],
    ['Замдиректора по ВР', 'Заместитель директора по ВР'],
    ['заместитель директора по воспитательной работе', 'Заместитель директора по ВР'],
    ['педагог организатор', 'Педагог-организатор'],
    ['Советник по воспитанию', 'Советник директора по воспитанию'],
    [
      'советник директора по воспитанию и взаимодействию с детскими общественными объединениями',
      'Советник директора по воспитанию',
    ],
    ['соц. педагог', 'Социальный педагог'],
    ['ст. вожатая', 'Старшая вожатая'],
    ['Смирнова Н. Э.', 'Смирнова Н.Э.'],
    ['Классный руководитель Громыко О.А.', 'Классный руководитель Громыко О.А.'],
    ['работники библиотеки', 'работники библиотеки'],
  ])('%j → %j', (written, role) => {
    expect(canonicalRole(written)).toBe(role);
  });

  it("finds the sheet's «Классные руководители» for a hand-typed «кл. рук.»", () => {
    const dir = buildDirectory([{ who: 'Классные руководители', emails: 'kr@school.ru' }]);
    expect(resolve(dir, ['кл. рук.']).recipients).toEqual(['kr@school.ru']);
  });
});
