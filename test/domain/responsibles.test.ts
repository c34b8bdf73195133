import { describe, expect, it } from 'vitest';
import {
  buildDirectory,
  normalizeName,
  parseEmails,
  resolve,
  splitResponsibles,
} from '../../src/domain/responsibles';
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
    ['учитель истории и обществознания', ['учитель истории', 'обществознания']],
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
