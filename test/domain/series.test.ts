// Recurring rows as one recurring event, and the school holidays they skip (issue #14).
import { describe, expect, it } from 'vitest';
import { desiredEvents, planTag, type RowInput } from '../../src/domain/calendarPlan';
import { applyHolidays, parseHolidays } from '../../src/domain/holidays';
import { parseTiming } from '../../src/domain/timing';

const sy = { startYear: 2026 };
const holidays = parseHolidays(
  '26.10.2026–03.11.2026; 31.12.2026–11.01.2027; 22.03.2027–29.03.2027',
  sy,
).ranges;
const opts = { tag: planTag('sheet-1'), lang: 'ru' as const, timeZone: 'Europe/Moscow', planUrl: 'u#gid=0' };
const row = (period: string, extra: Partial<RowInput> = {}): RowInput => ({
  row: 5,
  key: 'abcdefghij',
  title: 'Кружок',
  period,
  place: '',
  responsibles: 'организатор',
  status: 'planned',
  statusText: '',
  timing: parseTiming(period, sy),
  ...extra,
});

/** A row as loadPlan gives it: its timing with the holidays taken out. */
const rowH = (period: string) => row(period, { timing: applyHolidays(parseTiming(period, sy), holidays) });

describe('weekly rows', () => {
  it('«по средам» is one weekly series from the first Wednesday to the last of the study period', () => {
    const { events } = desiredEvents(row('еженедельно по средам'), opts);
    expect(events.length).toBe(1);
    expect(events[0]).toMatchObject({
      start: { date: '2026-09-02' },
      end: { date: '2026-09-03' },
      recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=WE;UNTIL=20270526'],
    });
  });

  it('skips the holidays with EXDATEs, unless the row says «в каникулы»', () => {
    const { events } = desiredEvents(rowH('еженедельно по средам'), opts);
    expect(events[0]!.recurrence).toEqual([
      'RRULE:FREQ=WEEKLY;BYDAY=WE;UNTIL=20270526',
      'EXDATE;VALUE=DATE:20261028,20270106,20270324',
    ]);
    const always = desiredEvents(rowH('по средам, в том числе в каникулы'), opts).events;
    expect(always[0]!.recurrence).toEqual(['RRULE:FREQ=WEEKLY;BYDAY=WE;UNTIL=20270526']);
  });

  it('a time makes a timed series in the Settings zone (timeZone set, EXDATE with TZID, UNTIL in UTC)', () => {
    const { events } = desiredEvents(rowH('по четвергам в 15:00'), opts);
    expect(events[0]).toMatchObject({
      start: { dateTime: '2026-09-03T15:00:00', timeZone: 'Europe/Moscow' },
      end: { dateTime: '2026-09-03T16:00:00', timeZone: 'Europe/Moscow' },
    });
    expect(events[0]!.recurrence).toEqual([
      'RRULE:FREQ=WEEKLY;BYDAY=TH;UNTIL=20270527T235959Z',
      'EXDATE;TZID=Europe/Moscow:20261029T150000,20261231T150000,20270107T150000,20270325T150000',
    ]);
  });
});

describe('a weekly row with a time («по четвергам в 15:00»)', () => {
  it('gets the time as plans write it, and no time from a date or a number that is not one', () => {
    const time = (text: string) => [...new Set(parseTiming(text, sy).occurrences.map((o) => o.time))];
    for (const text of [
      'по четвергам в 15:00',
      'еженедельно по четвергам, 15:00-16:30',
      'каждый четверг в 15.00',
      'по четвергам (начало в 15 ч.)',
      'по четвергам в 15 часов',
    ])
      expect(time(text), text).toEqual(['15:00']);
    expect(time('по средам в 9:30')).toEqual(['09:30']);
    // «с 15.10» is a date (from 15 October), «в 15.10» may be one: no time; a weekly bar has none
    expect(time('по средам с 15.10')).toEqual([undefined]);
    expect(time('по средам в 15.10')).toEqual([undefined]);
    expect(time('еженедельно 15:00')).toEqual([undefined]);
    const bad = parseTiming('по средам в 25:00', sy);
    expect(bad.problems.map((p) => p.code)).toContain('timing.badTime');
    expect(bad.occurrences.every((o) => o.time === undefined)).toBe(true);
  });
});

describe('cancelled dates («кроме …»)', () => {
  it('a weekly series leaves them out as EXDATE, with the holidays', () => {
    const { events } = desiredEvents(rowH('по средам, кроме 24.02 и 12 мая'), opts);
    expect(events[0]!.recurrence).toEqual([
      'RRULE:FREQ=WEEKLY;BYDAY=WE;UNTIL=20270526',
      'EXDATE;VALUE=DATE:20261028,20270106,20270224,20270324,20270512',
    ]);
    const timed = desiredEvents(rowH('по четвергам (кроме 05.11.2026) в 15:00'), opts).events;
    expect(timed[0]!.recurrence![1]).toBe(
      'EXDATE;TZID=Europe/Moscow:20261029T150000,20261105T150000,20261231T150000,20270107T150000,20270325T150000',
    );
    expect(parseTiming('по четвергам (кроме 05.11.2026) в 15:00', sy).problems).toEqual([]);
  });

  it('a monthly series loses the months named; a whole-year span is cut around them', () => {
    const monthly = desiredEvents(row('ежемесячно, кроме января'), opts).events;
    expect(monthly[0]!.recurrence).toEqual([
      'RRULE:FREQ=MONTHLY;BYMONTHDAY=1;UNTIL=20270501',
      'EXDATE;VALUE=DATE:20270101',
    ]);
    expect(parseTiming('в течение года, кроме декабря', sy).occurrences).toEqual([
      { start: '2026-09-01', end: '2026-11-30' },
      { start: '2027-01-01', end: '2027-05-31' },
    ]);
  });

  it('a day the row does not have is a problem; a clause no rule reads stays as it was', () => {
    const wrong = parseTiming('по средам, кроме 23.02', sy); // a Tuesday
    expect(wrong.problems).toEqual([{ code: 'timing.exceptNone', params: { date: '23.02.2027' } }]);
    expect(wrong.occurrences.length).toBe(parseTiming('по средам', sy).occurrences.length);
    expect(parseTiming('по средам, кроме каникул', sy)).toMatchObject({
      kind: 'recurring',
      occurrences: parseTiming('по средам', sy).occurrences,
      problems: [],
    });
  });
});

describe('monthly rows', () => {
  it('«ежемесячно» is one series of markers on the 1st, moved after the holidays', () => {
    const plain = desiredEvents(row('ежемесячно'), opts).events;
    expect(plain.length).toBe(1);
    expect(plain[0]).toMatchObject({
      summary: 'Кружок (ежемесячно)',
      start: { date: '2026-09-01' },
      end: { date: '2026-09-02' },
      recurrence: ['RRULE:FREQ=MONTHLY;BYMONTHDAY=1;UNTIL=20270501'],
    });
    const skipping = desiredEvents(rowH('ежемесячно'), opts).events;
    expect(skipping[0]!.recurrence).toEqual([
      'RRULE:FREQ=MONTHLY;BYMONTHDAY=1;UNTIL=20270501',
      'EXDATE;VALUE=DATE:20261101,20270101',
      'RDATE;VALUE=DATE:20261104,20270112',
    ]);
  });
});

describe('bars and terms', () => {
  it('«в течение года» is cut around the holidays; quarters stay one event each', () => {
    const year = desiredEvents(rowH('в течение года'), opts).events;
    expect(year.map((e) => [e.start.date, e.end.date])).toEqual([
      ['2026-09-01', '2026-10-26'],
      ['2026-11-04', '2026-12-31'],
      ['2027-01-12', '2027-03-22'],
      ['2027-03-30', '2027-06-01'],
    ]);
    expect(new Set(year.map((e) => e.id)).size).toBe(4);
    const quarters = desiredEvents(rowH('1 раз в четверть'), opts).events;
    expect(quarters.length).toBe(4);
    expect(quarters.every((e) => !e.recurrence)).toBe(true);
    // an exact date in the holidays is kept: a person wrote it
    expect(desiredEvents(rowH('28.10.2026'), opts).events[0]!.start).toEqual({
      date: '2026-10-28',
    });
  });
});
