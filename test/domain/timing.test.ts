import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parseTiming } from '../../src/domain/timing';
import type { Occurrence, TimingKind } from '../../src/domain/types';

const SY = { startYear: 2026 };

/** "2026-10-01/2026-10-31", "2026-10-15" (one day) or "2026-10-15 14:00". */
function show(o: Occurrence): string {
  const span = o.start === o.end ? o.start : o.start + '/' + o.end;
  return o.time ? span + ' ' + o.time : span;
}

type Row = [text: string, kind: TimingKind, occurrences: string[], problemCodes?: string[]];

// School year 2026/2027: Sep–Dec are 2026, Jan–Aug are 2027.
const TABLE: Row[] = [
  // one month, any case, spacing, dots
  ['октябрь', 'month', ['2026-10-01/2026-10-31']],
  ['Октябрь', 'month', ['2026-10-01/2026-10-31']],
  ['ОКТЯБРЬ', 'month', ['2026-10-01/2026-10-31']],
  ['в октябре', 'month', ['2026-10-01/2026-10-31']],
  ['  октября. ', 'month', ['2026-10-01/2026-10-31']],
  ['В Октябре.', 'month', ['2026-10-01/2026-10-31']],
  ['сентябрь', 'month', ['2026-09-01/2026-09-30']],
  ['январь', 'month', ['2027-01-01/2027-01-31']],
  ['февраль', 'month', ['2027-02-01/2027-02-28']],
  ['май', 'month', ['2027-05-01/2027-05-31']],
  ['в мае', 'month', ['2027-05-01/2027-05-31']],
  ['июль', 'month', ['2027-07-01/2027-07-31']],
  ['август', 'month', ['2027-08-01/2027-08-31']],
  ['конец декабря', 'month', ['2026-12-01/2026-12-31']],
  ['мaрт', 'month', ['2027-03-01/2027-03-31']], // Latin "a" typed inside the word
  ['окт.', 'month', ['2026-10-01/2026-10-31']],
  // ranges of months, any dash and spacing
  ['апрель-июнь', 'range', ['2027-04-01/2027-06-30']],
  ['Октябрь –декабрь', 'range', ['2026-10-01/2026-12-31']],
  ['октябрь — декабрь', 'range', ['2026-10-01/2026-12-31']],
  ['октябрь‑ноябрь', 'range', ['2026-10-01/2026-11-30']],
  ['с октября по декабрь', 'range', ['2026-10-01/2026-12-31']],
  ['с сентября до мая', 'range', ['2026-09-01/2027-05-31']],
  ['ноябрь-февраль', 'range', ['2026-11-01/2027-02-28']],
  ['сентябрь-май', 'range', ['2026-09-01/2027-05-31']],
  ['июнь-август', 'range', ['2027-06-01/2027-08-31']],
  ['август- сентябрь', 'range', ['2026-08-01/2026-09-30'], ['timing.outsideYear']],
  ['сентябрь 2026 - май 2027', 'range', ['2026-09-01/2027-05-31']],
  // lists of months
  ['Январь, март', 'months', ['2027-01-01/2027-01-31', '2027-03-01/2027-03-31']],
  ['февраль,март', 'months', ['2027-02-01/2027-02-28', '2027-03-01/2027-03-31']],
  ['октябрь и март', 'months', ['2026-10-01/2026-10-31', '2027-03-01/2027-03-31']],
  [
    'сентябрь, январь, май',
    'months',
    ['2026-09-01/2026-09-30', '2027-01-01/2027-01-31', '2027-05-01/2027-05-31'],
  ],
  ['октябрь-ноябрь, март', 'months', ['2026-10-01/2026-11-30', '2027-03-01/2027-03-31']],
  // exact dates
  ['15.10.2026', 'date', ['2026-10-15']],
  ['15.10.26', 'date', ['2026-10-15']],
  ['15.10', 'date', ['2026-10-15']],
  ['15.03', 'date', ['2027-03-15']],
  ['12 апреля', 'date', ['2027-04-12']],
  ['2 ноября 2026 г.', 'date', ['2026-11-02']],
  ['02.11.2026г.', 'date', ['2026-11-02']],
  ['1 сентября', 'date', ['2026-09-01']],
  ['12-го апреля', 'date', ['2027-04-12']],
  ['29.02.2028', 'date', ['2028-02-29'], ['timing.outsideYear']],
  // dates with a time
  ['15.10 в 14:00', 'date', ['2026-10-15 14:00']],
  ['15.10.2026 14.00', 'date', ['2026-10-15 14:00']],
  ['12 апреля, 10:30', 'date', ['2027-04-12 10:30']],
  ['12 апреля в 9:05', 'date', ['2027-04-12 09:05']],
  ['25.12 в 10.00', 'date', ['2026-12-25 10:00']],
  ['15.10.2026, 14:00-15:30', 'date', ['2026-10-15 14:00']],
  // lists and ranges of dates
  ['12 и 19 апреля', 'date', ['2027-04-12', '2027-04-19']],
  ['12.04, 19.04', 'date', ['2027-04-12', '2027-04-19']],
  ['1, 8 и 15 октября', 'date', ['2026-10-01', '2026-10-08', '2026-10-15']],
  ['12-19 апреля', 'date', ['2027-04-12/2027-04-19']],
  ['с 12 по 19 апреля', 'date', ['2027-04-12/2027-04-19']],
  ['с 28 октября по 3 ноября', 'date', ['2026-10-28/2026-11-03']],
  ['12.04-19.04', 'date', ['2027-04-12/2027-04-19']],
  ['28.12 – 10.01', 'date', ['2026-12-28/2027-01-10']],
  // deadlines: one day, on the deadline
  ['до 20 мая', 'deadline', ['2027-05-20']],
  ['до 15.10', 'deadline', ['2026-10-15']],
  ['не позднее 1 декабря', 'deadline', ['2026-12-01']],
  ['до конца мая', 'deadline', ['2027-05-31']],
  ['до мая', 'deadline', ['2027-04-30']],
  ['до конца I четверти', 'deadline', ['2026-10-31']],
  // terms
  ['II полугодие', 'term', ['2027-01-01/2027-05-31']],
  ['2 полугодие', 'term', ['2027-01-01/2027-05-31']],
  ['1-е полугодие', 'term', ['2026-09-01/2026-12-31']],
  ['I четверть', 'term', ['2026-09-01/2026-10-31']],
  ['в 3 четверти', 'term', ['2027-01-01/2027-03-31']],
  ['III-IV четверть', 'term', ['2027-01-01/2027-05-31']],
  ['IV четв.', 'term', ['2027-04-01/2027-05-31']],
  ['вторая четверть', 'term', ['2026-11-01/2026-12-31']],
  ['во втором полугодии', 'term', ['2027-01-01/2027-05-31']],
  ['I и III четверть', 'term', ['2026-09-01/2026-10-31', '2027-01-01/2027-03-31']],
  ['1 четверть', 'term', ['2026-09-01/2026-10-31']],
  ['І полугодие', 'term', ['2026-09-01/2026-12-31']], // Ukrainian і as a Roman one
  // the whole year: the study period 1 Sep – 31 May
  ['в течение года', 'year', ['2026-09-01/2027-05-31']],
  ['В течение учебного года', 'year', ['2026-09-01/2027-05-31']],
  ['в течение уч. года', 'year', ['2026-09-01/2027-05-31']],
  ['постоянно', 'year', ['2026-09-01/2027-05-31']],
  ['весь год', 'year', ['2026-09-01/2027-05-31']],
  ['в течение 2026-2027 учебного года', 'year', ['2026-09-01/2027-05-31']],
  ['в течение года по плану библиотеки', 'year', ['2026-09-01/2027-05-31']],
  ['октябрь, по согласованию', 'month', ['2026-10-01/2026-10-31']],
  ['Сентябрь - октябрь 2026г', 'range', ['2026-09-01/2026-10-31']],
  // seasons and summer
  ['летние каникулы', 'range', ['2027-06-01/2027-08-31']],
  ['весной', 'range', ['2027-03-01/2027-05-31']],
  ['зимой', 'range', ['2026-12-01/2027-02-28']],
  // unscheduled: no occurrences and no problem
  ['по мере необходимости', 'unscheduled', []],
  ['По плану библиотеки', 'unscheduled', []],
  ['по просьбе учителя', 'unscheduled', []],
  ['по согласованию', 'unscheduled', []],
  ['в каникулы', 'unscheduled', []],
  ['по запросу', 'unscheduled', []],
  // empty and unknown
  ['', 'empty', [], ['timing.empty']],
  ['   ', 'empty', [], ['timing.empty']],
  ['—', 'empty', [], ['timing.empty']],
  ['в конце четверти', 'unknown', [], ['timing.unknown']],
  ['скоро', 'unknown', [], ['timing.unknown']],
  ['2026', 'unknown', [], ['timing.unknown']],
  // invalid dates: a problem, no occurrence
  ['31.02.2027', 'unknown', [], ['timing.invalidDate']],
  ['32 мая', 'unknown', [], ['timing.invalidDate']],
  ['30 и 31 апреля', 'date', ['2027-04-30'], ['timing.invalidDate']],
  ['5 полугодие', 'unknown', [], ['timing.badTerm']],
  ['с 20 по 12 апреля', 'unknown', [], ['timing.reversedRange']],
  ['15.10 в 25:00', 'date', ['2026-10-15'], ['timing.badTime']],
  // outside the school year: a warning, still an occurrence
  ['15.10.2025', 'date', ['2025-10-15'], ['timing.outsideYear']],
  ['январь 2026', 'month', ['2026-01-01/2026-01-31'], ['timing.outsideYear']],
];

describe('parseTiming: the table (school year 2026/2027)', () => {
  it('has at least 60 cases', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(60);
  });
  it.each(TABLE)('%j → %s', (text, kind, occurrences, codes = []) => {
    const t = parseTiming(text, SY);
    expect(t.kind).toBe(kind);
    expect(t.text).toBe(text);
    expect(t.occurrences.map(show)).toEqual(occurrences);
    expect(t.problems.map((p) => p.code)).toEqual(codes);
  });
});

describe('parseTiming: the seed periods', () => {
  it.each([
    ['сентябрь', '2026-09-01/2026-09-30'],
    ['октябрь', '2026-10-01/2026-10-31'],
    ['ноябрь', '2026-11-01/2026-11-30'],
    ['декабрь', '2026-12-01/2026-12-31'],
    ['январь', '2027-01-01/2027-01-31'],
    ['февраль', '2027-02-01/2027-02-28'],
    ['март', '2027-03-01/2027-03-31'],
    ['в течение года', '2026-09-01/2027-05-31'],
    ['май', '2027-05-01/2027-05-31'],
    ['апрель-июнь', '2027-04-01/2027-06-30'],
    ['июнь', '2027-06-01/2027-06-30'],
    ['июль', '2027-07-01/2027-07-31'],
  ])('%s', (text, span) => {
    const t = parseTiming(text, SY);
    expect(t.occurrences.map(show)).toEqual([span]);
    expect(t.problems).toEqual([]);
  });
});

describe('parseTiming: recurring', () => {
  it('ежемесячно: each month September..May', () => {
    const t = parseTiming('ежемесячно', SY);
    expect(t.kind).toBe('recurring');
    expect(t.every).toBe('month');
    expect(t.occurrences).toHaveLength(9);
    expect(show(t.occurrences[0]!)).toBe('2026-09-01/2026-09-30');
    expect(show(t.occurrences[4]!)).toBe('2027-01-01/2027-01-31');
    expect(show(t.occurrences[8]!)).toBe('2027-05-01/2027-05-31');
  });
  it('ежемесячно в течение года: the same', () => {
    const t = parseTiming('Ежемесячно в течение года', SY);
    expect(t.every).toBe('month');
    expect(t.occurrences).toHaveLength(9);
  });
  it('ежемесячно с октября по март: only those months', () => {
    const t = parseTiming('ежемесячно с октября по март', SY);
    expect(t.every).toBe('month');
    expect(t.occurrences.map(show)).toEqual([
      '2026-10-01/2026-10-31',
      '2026-11-01/2026-11-30',
      '2026-12-01/2026-12-31',
      '2027-01-01/2027-01-31',
      '2027-02-01/2027-02-28',
      '2027-03-01/2027-03-31',
    ]);
  });
  it('еженедельно: Monday..Sunday weeks, clipped to 1 Sep .. 31 May', () => {
    const t = parseTiming('еженедельно', SY);
    expect(t.every).toBe('week');
    // 1 Sep 2026 is a Tuesday; 31 May 2027 is a Monday
    expect(show(t.occurrences[0]!)).toBe('2026-09-01/2026-09-06');
    expect(show(t.occurrences[1]!)).toBe('2026-09-07/2026-09-13');
    expect(show(t.occurrences[t.occurrences.length - 1]!)).toBe('2027-05-31');
    expect(t.occurrences).toHaveLength(40);
  });
  it('еженедельно по средам: the Wednesdays', () => {
    const t = parseTiming('еженедельно по средам', SY);
    expect(t.every).toBe('week');
    expect(show(t.occurrences[0]!)).toBe('2026-09-02');
    expect(show(t.occurrences[1]!)).toBe('2026-09-09');
    expect(show(t.occurrences[t.occurrences.length - 1]!)).toBe('2027-05-26');
  });
  it.each(['каждую среду', 'по средам'])('%s: the Wednesdays', (text) => {
    const t = parseTiming(text, SY);
    expect(t.every).toBe('week');
    expect(t.occurrences.slice(0, 2).map(show)).toEqual(['2026-09-02', '2026-09-09']);
    expect(t.occurrences).toHaveLength(39);
  });
  it.each(['1 раз в четверть', 'раз в четверть', 'ежеквартально', 'каждую четверть'])(
    '%s: the four quarters',
    (text) => {
      const t = parseTiming(text, SY);
      expect(t.kind).toBe('recurring');
      expect(t.every).toBe('quarter');
      expect(t.occurrences.map(show)).toEqual([
        '2026-09-01/2026-10-31',
        '2026-11-01/2026-12-31',
        '2027-01-01/2027-03-31',
        '2027-04-01/2027-05-31',
      ]);
    },
  );
  it.each(['1 раз в полугодие', '2 раза в год'])('%s: the two halves', (text) => {
    const t = parseTiming(text, SY);
    expect(t.every).toBe('half');
    expect(t.occurrences.map(show)).toEqual(['2026-09-01/2026-12-31', '2027-01-01/2027-05-31']);
  });
});

describe('parseTiming: the Дата cell wins', () => {
  it('a Date at midnight in Moscow: a day without time', () => {
    // 2026-10-15 00:00 in Moscow (UTC+3) is 2026-10-14 21:00 UTC
    const t = parseTiming('октябрь', SY, { dateCell: new Date(Date.UTC(2026, 9, 14, 21, 0)) });
    expect(t.kind).toBe('date');
    expect(t.text).toBe('октябрь');
    expect(t.occurrences).toEqual([{ start: '2026-10-15', end: '2026-10-15' }]);
    expect(t.problems).toEqual([]);
  });
  it('a Date with a wall time in Moscow', () => {
    const t = parseTiming('октябрь', SY, { dateCell: new Date(Date.UTC(2026, 9, 15, 11, 30)) });
    expect(t.occurrences).toEqual([{ start: '2026-10-15', end: '2026-10-15', time: '14:30' }]);
  });
  it('the time zone is applied', () => {
    const at = new Date(Date.UTC(2026, 9, 15, 22, 0)); // 16 Oct 01:00 in Moscow, 15 Oct 18:00 in New York
    expect(parseTiming('', SY, { dateCell: at }).occurrences).toEqual([
      { start: '2026-10-16', end: '2026-10-16', time: '01:00' },
    ]);
    expect(parseTiming('', SY, { dateCell: at, timeZone: 'America/New_York' }).occurrences).toEqual([
      { start: '2026-10-15', end: '2026-10-15', time: '18:00' },
    ]);
  });
  it('a string "15.10.2026 14:00"', () => {
    const t = parseTiming('в течение года', SY, { dateCell: '15.10.2026 14:00' });
    expect(t.kind).toBe('date');
    expect(t.occurrences).toEqual([{ start: '2026-10-15', end: '2026-10-15', time: '14:00' }]);
  });
  it('a string "2026-10-15"', () => {
    expect(parseTiming('', SY, { dateCell: '2026-10-15' }).occurrences).toEqual([
      { start: '2026-10-15', end: '2026-10-15' },
    ]);
  });
  it('a Sheets serial number', () => {
    // 46310 is 2026-10-15; .5 is noon
    expect(parseTiming('', SY, { dateCell: 46310.5 }).occurrences).toEqual([
      { start: '2026-10-15', end: '2026-10-15', time: '12:00' },
    ]);
  });
  it("'' is no date: the text is used", () => {
    const t = parseTiming('октябрь', SY, { dateCell: '' });
    expect(t.kind).toBe('month');
  });
  it('a date outside the year keeps the warning', () => {
    const t = parseTiming('', SY, { dateCell: '15.10.2030' });
    expect(t.occurrences).toEqual([{ start: '2030-10-15', end: '2030-10-15' }]);
    expect(t.problems.map((p) => p.code)).toEqual(['timing.outsideYear']);
  });
  it.each([['скоро'], ['31.02.2027'], [true], [{}], [new Date(Number.NaN)], [-5]])(
    'garbage %j: a problem, and the text is used',
    (cell) => {
      const t = parseTiming('октябрь', SY, { dateCell: cell });
      expect(t.kind).toBe('month');
      expect(t.occurrences).toEqual([{ start: '2026-10-01', end: '2026-10-31' }]);
      expect(t.problems.map((p) => p.code)).toEqual(['timing.badDateCell']);
    },
  );
  it('a Date from another realm (vm context, like Apps Script values in the emulator) is recognised', () => {
    const foreign = runInNewContext('new Date(Date.UTC(2026, 9, 15, 11, 0))') as unknown;
    expect(foreign instanceof Date).toBe(false);
    expect(parseTiming('', SY, { dateCell: foreign }).occurrences).toEqual([
      { start: '2026-10-15', end: '2026-10-15', time: '14:00' },
    ]);
  });
});

describe('parseTiming: other school years', () => {
  it('months follow the school year', () => {
    expect(parseTiming('январь', { startYear: 2030 }).occurrences.map(show)).toEqual([
      '2031-01-01/2031-01-31',
    ]);
    expect(parseTiming('февраль', { startYear: 2027 }).occurrences.map(show)).toEqual([
      '2028-02-01/2028-02-29',
    ]);
  });
});
