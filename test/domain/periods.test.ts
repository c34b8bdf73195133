// Periods schools write beyond dates and months: weeks and decades of a month, observances with known
// dates, abbreviations; and the Время column.
import { describe, expect, it } from 'vitest';
import { isPeriodText, parseTiming } from '../../src/domain/timing';

const SY = { startYear: 2026 };
const span = (text: string) =>
  parseTiming(text, SY).occurrences.map((o) => (o.start === o.end ? o.start : `${o.start}..${o.end}`));

describe('weeks and decades of a month', () => {
  it.each([
    ['2-я неделя ноября', ['2026-11-08..2026-11-14']],
    ['вторая неделя ноября', ['2026-11-08..2026-11-14']],
    ['последняя неделя декабря', ['2026-12-25..2026-12-31']],
    ['1 неделя сентября', ['2026-09-01..2026-09-07']],
    ['третья декада октября', ['2026-10-21..2026-10-31']],
    ['первая декада февраля', ['2027-02-01..2027-02-10']],
    ['2 декада марта 2027 г.', ['2027-03-11..2027-03-20']],
  ])('%s', (text, want) => {
    expect(span(text)).toEqual(want);
    expect(isPeriodText(text, SY)).toBe(true);
  });
});

describe('observances with known dates', () => {
  it.each([
    ['ко Дню учителя', '2026-10-05'],
    ['День знаний', '2026-09-01'],
    ['к Дню народного единства', '2026-11-04'],
    // the last Sunday of November
    ['ко Дню матери', '2026-11-29'],
    ['к Дню Конституции', '2026-12-12'],
    ['ко Дню защитника Отечества', '2027-02-23'],
    ['к 8 Марта', '2027-03-08'],
    ['к Международному женскому дню', '2027-03-08'],
    ['ко Дню космонавтики', '2027-04-12'],
    ['к 9 Мая', '2027-05-09'],
    ['ко Дню Победы', '2027-05-09'],
    ['ко Дню защиты детей', '2027-06-01'],
    ['ко Дню России', '2027-06-12'],
    // the third Sunday of October
    ['ко Дню отца', '2026-10-18'],
  ])('%s → %s', (text, day) => {
    expect(span(text)).toEqual([day]);
    expect(isPeriodText(text, SY)).toBe(true);
  });
  it('a month written beside an observance wins', () => {
    expect(span('ноябрь, ко Дню матери')).toEqual(['2026-11-01..2026-11-30']);
  });
});

describe('abbreviations', () => {
  it.each([
    ['в теч. года', 'year'],
    ['в теч. уч. года', 'year'],
    ['в устан. сроки', 'unscheduled'],
    ['по спец. графику', 'unscheduled'],
  ])('%s → %s', (text, kind) => {
    expect(parseTiming(text, SY).kind).toBe(kind);
  });
  it('сент.–окт.', () => {
    expect(span('сент.–окт.')).toEqual(['2026-09-01..2026-10-31']);
  });
});

describe('the Время column', () => {
  it('gives its time to the days without one', () => {
    const t = parseTiming('5 октября', SY, { timeCell: '10.00' });
    expect(t.occurrences).toEqual([{ start: '2026-10-05', end: '2026-10-05', time: '10:00' }]);
  });
  it('a time in the text wins', () => {
    const t = parseTiming('5 октября в 12:30', SY, { timeCell: '10:00' });
    expect(t.occurrences[0]?.time).toBe('12:30');
  });
  it('spans stay all-day', () => {
    const t = parseTiming('октябрь', SY, { timeCell: '10:00' });
    expect(t.occurrences[0]?.time).toBeUndefined();
  });
});

describe('school holidays from the Каникулы setting', () => {
  const holidays = [
    { start: '2026-10-26', end: '2026-11-03' },
    { start: '2027-03-22', end: '2027-03-29' },
  ];
  it('«в весенние каникулы» gets their dates', () => {
    const t = parseTiming('в весенние каникулы', SY, { holidays });
    expect(t.kind).toBe('range');
    expect(t.occurrences).toEqual([{ start: '2027-03-22', end: '2027-03-29' }]);
  });
  it('without the setting it stays unscheduled', () => {
    expect(parseTiming('в осенние каникулы', SY).kind).toBe('unscheduled');
    expect(parseTiming('в зимние каникулы', SY, { holidays }).kind).toBe('unscheduled');
  });
});
