import { describe, expect, it } from 'vitest';
import { addDays, compareDays, daysInMonth, lastDayOfMonth, wallTime, weekday } from '../../src/domain/days';
import {
  formatSchoolYear,
  halfSpan,
  monthKey,
  parseSchoolYear,
  quarterSpan,
  schoolYearBounds,
  schoolYearFromText,
  schoolYearOf,
  studyPeriod,
  yearOfMonth,
} from '../../src/domain/schoolYear';

const SY = { startYear: 2026 };

describe('schoolYearOf', () => {
  it.each([
    ['2026-09-01', 2026],
    ['2026-12-31', 2026],
    ['2027-01-10', 2026],
    ['2027-07-31', 2026],
    ['2027-08-01', 2027], // from August on, the coming year is planned
    ['2026-08-15', 2026],
  ])('%s → %i', (day, start) => {
    expect(schoolYearOf(day)).toEqual({ startYear: start });
  });
});

describe('schoolYearFromText', () => {
  it.each([
    ['План совместной работы на 2026-2027 учебный год', 2026],
    ['ПЛАН на 2026/2027 уч. год', 2026],
    ['в течение 2026–2027 учебного года', 2026],
    ['на 2026 – 2027 уч.г.', 2026],
    ['2026/27 учебный год', 2026],
    ['договор № 12 от 2025 г., план 2026-2027', 2026],
  ])('%j', (text, start) => {
    expect(schoolYearFromText(text)).toEqual({ startYear: start });
  });
  it.each(['', 'План на год', '2026-2028 учебный год', 'телефон 2026-1234', '15.10.2026'])(
    '%j: none',
    (text) => {
      expect(schoolYearFromText(text)).toBeNull();
    },
  );
});

describe('parseSchoolYear', () => {
  it.each([
    ['2026-2027', 2026],
    ['2026/27', 2026],
    ['2026–2027', 2026],
    [' 2026 / 2027 ', 2026],
    [2026, 2026],
    ['2026', 2026],
  ] as const)('%j', (cell, start) => {
    expect(parseSchoolYear(cell)).toEqual({ startYear: start });
  });
  it.each(['', 'скоро', '2026-2025', 26, 2026.5, '3000'] as const)('%j: none', (cell) => {
    expect(parseSchoolYear(cell)).toBeNull();
  });
});

describe('the school year', () => {
  it('bounds, study period and name', () => {
    expect(schoolYearBounds(SY)).toEqual({ start: '2026-09-01', end: '2027-08-31' });
    expect(studyPeriod(SY)).toEqual({ start: '2026-09-01', end: '2027-05-31' });
    expect(formatSchoolYear(SY)).toBe('2026–2027');
  });
  it('months map to calendar years', () => {
    expect(yearOfMonth(SY, 9)).toBe(2026);
    expect(yearOfMonth(SY, 12)).toBe(2026);
    expect(yearOfMonth(SY, 1)).toBe(2027);
    expect(yearOfMonth(SY, 8)).toBe(2027);
    expect([9, 12, 1, 8].map((m) => monthKey(SY, m))).toEqual(['2026-09', '2026-12', '2027-01', '2027-08']);
  });
  it('quarters and halves', () => {
    expect([1, 2, 3, 4].map((n) => quarterSpan(SY, n))).toEqual([
      { start: '2026-09-01', end: '2026-10-31' },
      { start: '2026-11-01', end: '2026-12-31' },
      { start: '2027-01-01', end: '2027-03-31' },
      { start: '2027-04-01', end: '2027-05-31' },
    ]);
    expect(quarterSpan(SY, 5)).toBeNull();
    expect(halfSpan(SY, 1)).toEqual({ start: '2026-09-01', end: '2026-12-31' });
    expect(halfSpan(SY, 2)).toEqual({ start: '2027-01-01', end: '2027-05-31' });
    expect(halfSpan(SY, 3)).toBeNull();
  });
});

describe('days', () => {
  it('arithmetic', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(daysInMonth(2027, 2)).toBe(28);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(lastDayOfMonth(2026, 11)).toBe('2026-11-30');
    expect(compareDays('2026-10-01', '2026-09-30')).toBe(1);
    expect(weekday('2026-09-01')).toBe(2); // Tuesday
    expect(weekday('2026-09-06')).toBe(7); // Sunday
  });
  it('wall time in a zone', () => {
    const at = Date.UTC(2026, 9, 15, 21, 30);
    expect(wallTime(at, 'Europe/Moscow')).toEqual({ day: '2026-10-16', time: '00:30' });
    expect(wallTime(at, 'Asia/Yekaterinburg')).toEqual({ day: '2026-10-16', time: '02:30' });
    expect(wallTime(at, 'Not/AZone')).toEqual({ day: '2026-10-16', time: '00:30' });
    expect(wallTime(Number.NaN)).toBeNull();
  });
});
