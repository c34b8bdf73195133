import { describe, expect, it } from 'vitest';
import {
  type DesiredEvent,
  desiredEvents,
  eventId,
  parseEventId,
  planSync,
  planTag,
  type RowInput,
  wallOf,
} from '../../src/domain/calendarPlan';
import { parseTiming } from '../../src/domain/timing';

const sy = { startYear: 2026 };
const opts = {
  tag: planTag('sheet-1'),
  lang: 'ru' as const,
  timeZone: 'Europe/Moscow',
  planUrl: 'u#gid=0',
};
const row = (period: string, extra: Partial<RowInput> = {}): RowInput => ({
  row: 5,
  key: 'abcdefghij',
  title: 'Конкурс',
  period,
  place: '',
  responsibles: 'организатор',
  status: 'planned',
  statusText: '',
  timing: parseTiming(period, sy),
  ...extra,
});

describe('event ids', () => {
  it('are base32hex, 18 characters, and parse back; other ids are not ours', () => {
    const tag = planTag('1AbC-spreadsheet');
    expect(tag).toMatch(/^[0-9a-v]{6}$/);
    const id = eventId(tag, 'qe2qspe54d', 37);
    expect(id).toMatch(/^[0-9a-v]{18}$/);
    expect(parseEventId(tag, id)).toEqual({ key: 'qe2qspe54d', index: 37 });
    expect(parseEventId(planTag('another'), id)).toBeNull();
    expect(parseEventId(tag, 'person000001')).toBeNull();
  });
});

describe('desired events', () => {
  it('a range of months is one all-day event with an exclusive end', () => {
    const { events } = desiredEvents(row('апрель-июнь'), opts);
    expect(events.map((e) => [e.start, e.end])).toEqual([[{ date: '2027-04-01' }, { date: '2027-07-01' }]]);
  });
  it('a list of months is one event per month; a timed date is one hour in the zone', () => {
    expect(desiredEvents(row('январь, март'), opts).events.length).toBe(2);
    const [e] = desiredEvents(row('15.10.2026 в 23:30'), opts).events;
    expect(e!.start).toEqual({ dateTime: '2026-10-15T23:30:00', timeZone: 'Europe/Moscow' });
    expect(e!.end).toEqual({ dateTime: '2026-10-16T00:30:00', timeZone: 'Europe/Moscow' });
  });
  it('unscheduled and cancelled rows have no events; held and moved are shown', () => {
    expect(desiredEvents(row('по мере необходимости'), opts)).toEqual({ events: [], outcome: 'noDate' });
    expect(desiredEvents(row('октябрь', { status: 'cancelled' }), opts)).toEqual({
      events: [],
      outcome: 'cancelled',
    });
    expect(desiredEvents(row('октябрь', { status: 'held' }), opts).events[0]!.summary).toBe('✓ Конкурс');
    expect(desiredEvents(row('октябрь', { status: 'moved' }), opts).events[0]!.summary).toBe(
      'Перенесено: Конкурс',
    );
  });
  it('plain «еженедельно» is one event over the study period', () => {
    const { events } = desiredEvents(row('еженедельно'), opts);
    expect(events.length).toBe(1);
    expect(events[0]!.summary).toBe('Конкурс (еженедельно)');
  });
});

describe('planSync', () => {
  const d = (p: string) => desiredEvents(row(p), opts).events;
  const asListed = (e: DesiredEvent, status = 'confirmed') => ({ ...e, status });
  it('creates, skips, updates, restores and deletes only our events', () => {
    const [oct] = d('октябрь');
    const listedSame = asListed(oct!);
    expect(planSync([oct!], [], opts.tag, opts.timeZone).map((a) => a.kind)).toEqual(['create']);
    expect(planSync([oct!], [listedSame], opts.tag, opts.timeZone).map((a) => a.kind)).toEqual(['skip']);
    expect(
      planSync([oct!], [{ ...listedSame, summary: 'x' }], opts.tag, opts.timeZone).map((a) => a.kind),
    ).toEqual(['update']);
    expect(
      planSync([oct!], [asListed(oct!, 'cancelled')], opts.tag, opts.timeZone).map((a) => a.kind),
    ).toEqual(['restore']);
    const foreign = { id: 'person000001', status: 'confirmed' };
    expect(planSync([], [listedSame, foreign], opts.tag, opts.timeZone).map((a) => a.kind)).toEqual([
      'delete',
    ]);
    expect(planSync([], [asListed(oct!, 'cancelled')], opts.tag, opts.timeZone)).toEqual([]);
  });
  it('compares timed events by instant, whatever offset the API returns', () => {
    expect(wallOf({ dateTime: '2026-10-15T11:00:00Z' }, 'Europe/Moscow')).toBe('2026-10-15T14:00');
    expect(wallOf({ dateTime: '2026-10-15T14:00:00', timeZone: 'Europe/Moscow' }, 'Europe/Moscow')).toBe(
      '2026-10-15T14:00',
    );
  });
});
