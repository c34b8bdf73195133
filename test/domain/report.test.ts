import { describe, expect, it } from 'vitest';
import {
  bar,
  buildReportModel,
  itemsOfMonth,
  monthsSoFar,
  previousMonth,
  type ReportItem,
} from '../../src/domain/report';
import type { Status, TimingKind } from '../../src/domain/types';

function item(
  n: string,
  kind: TimingKind,
  start: string,
  end: string,
  status: Status = 'planned',
  results = '',
): ReportItem {
  return {
    row: {
      row: Number(n) + 1,
      number: n,
      title: `Мероприятие ${n}`,
      status,
      statusText: '',
      results,
      participants: '',
    },
    timing: {
      kind,
      text: kind === 'year' ? 'в течение года' : start.slice(5, 7),
      occurrences: [{ start, end }],
      problems: [],
    },
    names: ['организатор'],
    problems: [],
  };
}

describe('report model', () => {
  const items = [
    item('1', 'month', '2026-09-01', '2026-09-30', 'held', 'Итог'),
    item('2', 'range', '2026-09-01', '2026-11-30'),
    item('3', 'month', '2026-10-01', '2026-10-31', 'held'),
    item('4', 'month', '2026-11-01', '2026-11-30', 'held'),
    item('5', 'year', '2026-09-01', '2027-05-31'),
  ];
  const input = {
    month: '2026-10',
    today: '2026-11-02',
    lang: 'ru' as const,
    schoolName: '',
    partnerName: '',
    schoolYear: { startYear: 2026 },
    items,
    planProblems: [],
  };

  it('a month has the rows whose dates overlap it, not whole-year items', () => {
    expect(itemsOfMonth(items, '2026-10').map((i) => i.row.number)).toEqual(['2', '3']);
  });

  it('rows missing results: past or held, begun by the month end; a row held ahead of its dates is not listed', () => {
    const m = buildReportModel(input);
    const missing = m.blocks.find((b) => b.kind === 'table' && b.rows[0]![0] === 'Ответственный');
    expect(missing && missing.kind === 'table' && missing.rows[1]![1]).toBe('№3 Мероприятие 3');
    expect(m.counts).toEqual({ planned: 2, held: 1, moved: 0, cancelled: 0, noResult: 2 });
  });

  it('months, bars and the previous month', () => {
    expect(previousMonth('2026-11-01')).toBe('2026-10');
    expect(previousMonth('2027-01-01')).toBe('2026-12');
    expect(monthsSoFar({ startYear: 2026 }, '2027-01')).toEqual([
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
      '2027-01',
    ]);
    expect(bar(1, 2)).toBe('█████░░░░░ 50%');
    expect(bar(0, 0)).toBe('');
  });
});
