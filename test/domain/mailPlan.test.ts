// Reminder mail planned against the daily quota (domain/mailPlan.ts), as a pure function.
import { describe, expect, it } from 'vitest';
import { planMail } from '../../src/domain/mailPlan';
import type { ReminderRow } from '../../src/domain/reminders';

const rules = { leadDays: [7, 1], periodLeadDays: 5 };
const empty = { sent: new Map<string, Set<string>>(), mailedToday: new Set<string>() };
const opts = { testMode: false, owner: '' };

function row(key: string, day: string, people: string[]): ReminderRow {
  return {
    key,
    row: 2,
    number: '',
    title: key,
    period: day,
    place: '',
    kind: 'date',
    occurrences: [{ start: day, end: day }],
    status: 'planned',
    results: '',
    names: ['кто-то'],
    recipients: people,
    reachProblems: [],
  };
}

const people = (n: number, p: string) => Array.from({ length: n }, (_, i) => `${p}${i}@school.ru`);

describe('planMail', () => {
  it('sends the most urgent first: tomorrow’s event before next week’s', () => {
    const soon = row('soon', '2026-10-02', ['a@school.ru']); // the 1-day reminder: its last day is tomorrow
    const later = row('later', '2026-10-08', ['b@school.ru']); // the 7-day one: a week of catch-up left
    const plan = planMail([later, soon], '2026-10-01', rules, empty, opts, {
      today: 1,
      daily: 1,
      reserve: 0,
    });
    expect(plan.send.map((d) => d.person)).toEqual(['a@school.ru']);
    expect(plan.carried.map((d) => d.person)).toEqual(['b@school.ru']);
    expect(plan.late).toEqual([]);
    expect(plan.clearedBy).toBe('2026-10-02');
  });

  it('names ahead the reminders that cannot go before their last day, and only those', () => {
    // 5 people to remind a day before an event on 03.10, with 2 mails a day: 01.10 and 02.10 → 4 go
    const r = row('x', '2026-10-03', people(5, 'p'));
    const plan = planMail([r], '2026-10-02', rules, empty, opts, { today: 2, daily: 2, reserve: 0 });
    expect(plan.send).toHaveLength(2);
    expect(plan.carried).toHaveLength(3);
    // the 1-day reminder's last day is the event day: one more day of 2, so one is late
    expect(plan.late.map((l) => [l.person, l.lastDay])).toEqual([['p4@school.ru', '2026-10-03']]);
    expect(plan.clearedBy).toBe('2026-10-03'); // the last carried one that goes
  });

  it('keeps one for the owner’s notice today only; a quota that fits everything simulates no further', () => {
    const r = row('x', '2026-10-08', people(3, 'q'));
    const fits = planMail([r], '2026-10-01', rules, empty, opts, { today: 5, daily: 5, reserve: 1 });
    expect(fits.send).toHaveLength(3);
    expect(fits.carried).toHaveLength(0);
    const tight = planMail([r], '2026-10-01', rules, empty, opts, { today: 3, daily: 3, reserve: 1 });
    expect(tight.send).toHaveLength(2);
    expect(tight.clearedBy).toBe('2026-10-02');
  });
});
