import { describe, expect, it } from 'vitest';
import {
  formatHolidays,
  holidayOfSeason,
  isHoliday,
  parseHolidays,
  runsInHolidays,
  spanWithoutHolidays,
} from '../../src/domain/holidays';
import { readSetupForm } from '../../src/domain/setupForm';

const sy = { startYear: 2026 };

describe('the Каникулы setting', () => {
  it('reads ranges with years, without years and single days, sorted and merged', () => {
    const h = parseHolidays('31.12.2026–11.01.2027; 26.10.2026 - 03.11.2026\n22.02; с 28.03 по 05.04', sy);
    expect(h.problems).toEqual([]);
    expect(h.ranges).toEqual([
      { start: '2026-10-26', end: '2026-11-03' },
      { start: '2026-12-31', end: '2027-01-11' },
      { start: '2027-02-22', end: '2027-02-22' },
      { start: '2027-03-28', end: '2027-04-05' },
    ]);
    expect(formatHolidays(h.ranges)).toBe(
      '26.10.2026–03.11.2026; 31.12.2026–11.01.2027; 22.02.2027; 28.03.2027–05.04.2027',
    );
  });

  it('places «28.12–10.01» across the new year and merges overlapping ranges', () => {
    expect(parseHolidays('28.12–10.01; 05.01.2027–12.01.2027', sy).ranges).toEqual([
      { start: '2026-12-28', end: '2027-01-12' },
    ]);
  });

  it('names what it cannot read, and keeps the rest', () => {
    const h = parseHolidays('осенние; 31.02.2027; 10.01.2027–01.01.2027; 01.06.2027–31.08.2027', sy);
    expect(h.problems.map((p) => p.params?.['text'])).toEqual([
      'осенние',
      '31.02.2027',
      '10.01.2027–01.01.2027',
    ]);
    expect(h.ranges).toEqual([{ start: '2027-06-01', end: '2027-08-31' }]);
    expect(parseHolidays('', sy)).toEqual({ ranges: [], problems: [] });
  });

  it('answers whether a day is in the holidays, and which range is which season', () => {
    const { ranges } = parseHolidays(
      '26.10.2026–03.11.2026; 31.12.2026–11.01.2027; 22.03.2027–29.03.2027',
      sy,
    );
    expect(isHoliday('2026-11-03', ranges)).toBe(true);
    expect(isHoliday('2026-11-04', ranges)).toBe(false);
    expect(holidayOfSeason(ranges, 'spring')).toEqual({ start: '2027-03-22', end: '2027-03-29' });
    expect(holidayOfSeason(ranges, 'winter')?.start).toBe('2026-12-31');
    expect(holidayOfSeason(ranges, 'february')).toBeNull();
  });

  it('cuts a span around the holidays', () => {
    const { ranges } = parseHolidays('26.10.2026–03.11.2026; 31.12.2026–11.01.2027', sy);
    expect(spanWithoutHolidays({ start: '2026-09-01', end: '2027-05-31' }, ranges)).toEqual([
      { start: '2026-09-01', end: '2026-10-25' },
      { start: '2026-11-04', end: '2026-12-30' },
      { start: '2027-01-12', end: '2027-05-31' },
    ]);
    expect(spanWithoutHolidays({ start: '2027-01-01', end: '2027-01-05' }, ranges)).toEqual([]);
    expect(spanWithoutHolidays({ start: '2026-09-01', end: '2026-09-30' }, ranges)).toEqual([
      { start: '2026-09-01', end: '2026-09-30' },
    ]);
  });

  it('knows the rows that run in the holidays too', () => {
    expect(runsInHolidays('еженедельно, в том числе в каникулы')).toBe(true);
    expect(runsInHolidays('по средам, включая каникулы')).toBe(true);
    expect(runsInHolidays('в весенние каникулы')).toBe(true);
    expect(runsInHolidays('по средам')).toBe(false);
  });

  it('is asked by the setup wizard, which refuses what it cannot read', () => {
    const ok = readSetupForm({ holidays: '26.10–03.11' }, 'ru', sy);
    expect(ok.values['holidays']).toBe('26.10–03.11');
    expect(ok.errors).toEqual({});
    const bad = readSetupForm({ holidays: '26.10–03.11; осень' }, 'ru', sy);
    expect(bad.errors['holidays']).toContain('«осень»');
  });
});
