import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CalendarAction, DesiredEvent } from '../../src/domain/calendarPlan';
import { soonestFirst } from '../../src/domain/syncOrder';

const DAY = 86_400_000;
const iso = (n: number) => new Date(Date.UTC(2026, 8, 1) + n * DAY).toISOString().slice(0, 10);

function event(row: number, from: number, days: number, timed: boolean, series: boolean): DesiredEvent {
  const start = timed
    ? { dateTime: `${iso(from)}T10:00:00`, timeZone: 'Europe/Moscow' }
    : { date: iso(from) };
  const end = timed
    ? { dateTime: `${iso(from + days)}T11:00:00`, timeZone: 'Europe/Moscow' }
    : { date: iso(from + days + 1) };
  return {
    id: `e${row}`,
    key: `k${row}`,
    index: 0,
    row,
    summary: `row ${row}`,
    description: '',
    location: '',
    start,
    end,
    ...(series ? { recurrence: ['RRULE:FREQ=WEEKLY;COUNT=10'] } : {}),
    privateProps: {},
  };
}

const action = fc.record({
  kind: fc.constantFrom('create', 'update', 'restore', 'delete'),
  from: fc.integer({ min: -60, max: 300 }),
  days: fc.integer({ min: 0, max: 40 }),
  timed: fc.boolean(),
  series: fc.boolean(),
});

/** An independent account of urgency, in whole days from 1 September 2026: [group, order]. */
function urgency(
  a: { kind: string; from: number; days: number; timed: boolean; series: boolean },
  today: number,
) {
  if (a.kind === 'delete') return [0, 0];
  const lastDay = a.from + a.days;
  if (lastDay >= today || a.series) return [1, Math.max(a.from, today)];
  return [2, -lastDay];
}

describe('soonestFirst: the order of a sync run’s writes', () => {
  it('puts deletions first, then what is on or comes soonest, then the past latest first; ties keep row order', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), fc.integer({ min: -30, max: 300 }), (specs, today) => {
        const actions: CalendarAction[] = specs.map((s, row) =>
          s.kind === 'delete'
            ? { kind: 'delete', id: `d${row}`, key: `k${row}`, summary: '' }
            : { kind: s.kind as 'create', event: event(row, s.from, s.days, s.timed, s.series) },
        );
        const out = soonestFirst(actions, iso(today));
        expect(new Set(out)).toEqual(new Set(actions));
        expect(out.length).toBe(actions.length);
        const pos = (a: CalendarAction) => actions.indexOf(a);
        for (let i = 1; i < out.length; i++) {
          const [g0, o0] = urgency(specs[pos(out[i - 1]!)]!, today);
          const [g1, o1] = urgency(specs[pos(out[i]!)]!, today);
          const before = g0! < g1! || (g0 === g1 && o0! < o1!);
          const same = g0 === g1 && o0 === o1;
          expect(before || (same && pos(out[i - 1]!) < pos(out[i]!))).toBe(true);
        }
      }),
      // Cheap (≈ 10 ms a thousand): enough runs to meet a timed and an all-day event ending on one day.
      { numRuns: 2000 },
    );
  });

  it('an event on today comes before tomorrow’s, and yesterday’s after both', () => {
    const today = 10;
    const acts: CalendarAction[] = [
      { kind: 'create', event: event(1, today - 1, 0, false, false) },
      { kind: 'create', event: event(2, today + 1, 0, false, false) },
      { kind: 'create', event: event(3, today, 0, true, false) },
      { kind: 'create', event: event(4, today - 5, 10, false, false) },
    ];
    expect(soonestFirst(acts, iso(today)).map((a) => (a as { event: DesiredEvent }).event.row)).toEqual([
      3, 4, 2, 1,
    ]);
  });

  it('a timed and an all-day event over on the same day tie (an all-day end is the day after its last)', () => {
    const acts: CalendarAction[] = [
      { kind: 'create', event: event(1, 3, 0, true, false) },
      { kind: 'create', event: event(2, 3, 0, false, false) },
    ];
    expect(soonestFirst(acts, iso(10)).map((a) => (a as { event: DesiredEvent }).event.row)).toEqual([1, 2]);
  });
});
