// Wide «календарный план» tables (made-up rows in the shape of real ones): columns by heading and by
// content, month rows giving the month to day numbers, a time column joined to the date, slashed and
// empty headings, «в течение месяца» under a month, modules as sections.
import { describe, expect, it } from 'vitest';
import { headerColumn, parsePlanText } from '../../src/domain/importText';
import { parseTiming } from '../../src/domain/timing';

const SY = { startYear: 2026 };
const when = (r: { period: string; date: string; time: string }) =>
  parseTiming(r.period, SY, { dateCell: r.date, timeCell: r.time }).occurrences.map(
    (o) => (o.start === o.end ? o.start : `${o.start}..${o.end}`) + (o.time ? ` ${o.time}` : ''),
  );

describe('headings', () => {
  it.each([
    ['Ответственный/ведущий', 'responsibles'],
    ['Число', 'period'],
    ['Время', 'time'],
    ['Время\nи место проведения', 'timePlace'],
    ['Сроки, место проведения', 'periodPlace'],
    ['Участники', 'classes'],
    ['классы-участники', 'classes'],
    ['Направление', 'section'],
    ['Дела, события, мероприятия', 'title'],
    ['Ориентировочное время проведения', 'period'],
    ['', null],
  ])('%j → %s', (h, id) => {
    expect(headerColumn(h)).toBe(id);
  });
});

describe('a six-column table with month rows', () => {
  const text = [
    'КАЛЕНДАРНЫЙ ПЛАН ВОСПИТАТЕЛЬНОЙ РАБОТЫ на 2026-2027 учебный год',
    'Число\tВремя\tУчастники\tНазвание\tНаправление\tОтветственный/ведущий',
    'ОКТЯБРЬ 2026 г.',
    '5\t10.00\t1-11\tДень учителя: концерт\tКлючевые дела\tЗДВР Педагог-организатор',
    '12-16\t\t5-9\tНеделя математики\tУрочная деятельность\tУчителя математики',
    'в течение месяца\t\t1-4\t«Осенний букет»\tТворчество\tКл. рук.',
    'НОЯБРЬ',
    '29\t12:00\t1-11\tКонцерт ко Дню матери\tКлючевые дела\tСоветник по воспитанию',
  ].join('\n');
  const r = parsePlanText(text, SY);
  it('reads every row with its month, time, classes, section and roles', () => {
    expect(r.schoolYear).toEqual(SY);
    expect(r.rows.map((x) => [x.title, when(x), x.classes, x.section, x.responsibles])).toEqual([
      [
        'День учителя: концерт',
        ['2026-10-05 10:00'],
        '1-11',
        'Ключевые дела',
        'Заместитель директора по ВР, Педагог-организатор',
      ],
      ['Неделя математики', ['2026-10-12..2026-10-16'], '5-9', 'Урочная деятельность', 'Учителя математики'],
      ['«Осенний букет»', ['2026-10-01..2026-10-31'], '1-4', 'Творчество', 'Классные руководители'],
      [
        'Концерт ко Дню матери',
        ['2026-11-29 12:00'],
        '1-11',
        'Ключевые дела',
        'Советник директора по воспитанию',
      ],
    ]);
  });
  it('keeps the day numbers as written in Сроки, the dates in Дата', () => {
    expect(r.rows[0]).toMatchObject({ period: '5', date: '05.10.2026', time: '10:00' });
  });
});

describe('a table pasted without its heading', () => {
  it('finds №, the title, the period and the people by content', () => {
    const text = [
      '1.\tЛинейка «Здравствуй, школа!»\t1 сентября\tЗам. директора по ВР',
      '2.\tКросс наций\t3 неделя сентября\tУчитель физкультуры Иванов И.И.',
      '3.\tКонцерт ко Дню учителя\tокт.\tПедагог-организатор',
    ].join('\n');
    const r = parsePlanText(text, SY);
    expect(r.rows.map((x) => [x.number, x.title, when(x), x.responsibles])).toEqual([
      ['1', 'Линейка «Здравствуй, школа!»', ['2026-09-01'], 'Заместитель директора по ВР'],
      ['2', 'Кросс наций', ['2026-09-15..2026-09-21'], 'Учитель физкультуры Иванов И.И.'],
      ['3', 'Концерт ко Дню учителя', ['2026-10-01..2026-10-31'], 'Педагог-организатор'],
    ]);
  });
});

describe('modules as sections in numbered lines', () => {
  it('carries the module to the rows below it', () => {
    const text = [
      'Модуль «Ключевые общешкольные дела»',
      '1. Линейка – 1 сентября, ЗДВР',
      'Модуль «Работа с родителями»',
      '2. Родительское собрание – 2-я неделя октября, кл. рук.',
      '3. Неделя открытых дверей – ко Дню матери, администрация',
    ].join('\n');
    const r = parsePlanText(text, SY);
    expect(r.rows.map((x) => [x.number, x.section, when(x), x.responsibles])).toEqual([
      ['1', 'Модуль «Ключевые общешкольные дела»', ['2026-09-01'], 'Заместитель директора по ВР'],
      ['2', 'Модуль «Работа с родителями»', ['2026-10-08..2026-10-14'], 'Классные руководители'],
      ['3', 'Модуль «Работа с родителями»', ['2026-11-29'], 'администрация'],
    ]);
  });
});

describe('a row not understood', () => {
  it('keeps its text and gets a Russian problem saying how to write it', () => {
    const r = parsePlanText('1. Субботник – когда потеплеет, завхоз', SY);
    expect(r.rows[0]!.period).toBe('когда потеплеет');
    const t = parseTiming(r.rows[0]!.period, SY);
    expect(t.kind).toBe('unknown');
  });
});
