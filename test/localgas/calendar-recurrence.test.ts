// The calendar fake keeps recurring events as Google does (CAL/guides/recurringevents): one event with
// RRULE/EXDATE/RDATE lines, expanded only by events.list with singleEvents=true; timed recurring events
// need start.timeZone; calendar.ics carries the rule so any calendar app shows the same days (ical.js).
import { readFileSync, writeFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { CalendarFake } from '../../localgas/services/calendar';
import { fakeContext } from '../helpers';

type Api = {
  Calendar: {
    Events: GoogleAppsScript.Calendar.Collection.EventsCollection;
    Calendars: GoogleAppsScript.Calendar.Collection.CalendarsCollection;
  };
};

function setup() {
  const ctx = fakeContext();
  const fake = new CalendarFake(ctx);
  const { Calendar } = fake.globals() as Api;
  const cal = String(Calendar.Calendars.insert({ summary: 'План', timeZone: 'Europe/Moscow' }).id);
  return { ctx, fake, Events: Calendar.Events, cal };
}

const weekly = {
  id: 'series00001',
  summary: 'Кружок',
  start: { date: '2026-09-02' },
  end: { date: '2026-09-03' },
  recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=WE;UNTIL=20261028', 'EXDATE;VALUE=DATE:20260916,20261028'],
};

describe('recurring events in the calendar fake', () => {
  it('lists the series once, or its instances with singleEvents (EXDATEs left out)', () => {
    const { Events, cal } = setup();
    Events.insert(weekly, cal);
    const plain = Events.list(cal, {}).items!;
    expect(plain.length).toBe(1);
    expect(plain[0]!.recurrence).toEqual(weekly.recurrence);
    const single = Events.list(cal, { singleEvents: true, orderBy: 'startTime' }).items!;
    expect(single.map((e) => e.start!.date)).toEqual([
      '2026-09-02',
      '2026-09-09',
      '2026-09-23',
      '2026-09-30',
      '2026-10-07',
      '2026-10-14',
      '2026-10-21',
    ]);
    expect(single[0]).toMatchObject({ id: 'series00001_20260902', recurringEventId: 'series00001' });
    expect(single[0]!.recurrence).toBeUndefined();
    const window = Events.list(cal, {
      singleEvents: true,
      timeMin: '2026-09-20T00:00:00Z',
      timeMax: '2026-10-01T00:00:00Z',
    }).items!;
    expect(window.map((e) => e.start!.date)).toEqual(['2026-09-23', '2026-09-30']);
    expect(() => Events.list(cal, { orderBy: 'startTime' })).toThrow(/ordering is not available/);
  });

  it('refuses a timed recurring event without a time zone, and a rule it cannot read', () => {
    const { Events, cal } = setup();
    expect(() =>
      Events.insert(
        {
          id: 'series00002',
          start: { dateTime: '2026-09-02T15:00:00+03:00' },
          end: { dateTime: '2026-09-02T16:00:00+03:00' },
          recurrence: ['RRULE:FREQ=WEEKLY'],
        },
        cal,
      ),
    ).toThrow(/Missing time zone definition for start time/);
    expect(() =>
      Events.insert({ ...weekly, id: 'series00003', recurrence: ['RRULE:FREQ=SOMETIMES'] }, cal),
    ).toThrow(/Invalid recurrence rule/);
  });

  it('expands timed series in the wall time of their zone, monthly rules with RDATE too', () => {
    const { Events, cal } = setup();
    Events.insert(
      {
        id: 'series00004',
        start: { dateTime: '2026-09-02T15:00:00', timeZone: 'Europe/Moscow' },
        end: { dateTime: '2026-09-02T16:00:00', timeZone: 'Europe/Moscow' },
        recurrence: ['RRULE:FREQ=WEEKLY;COUNT=3', 'EXDATE;TZID=Europe/Moscow:20260909T150000'],
      },
      cal,
    );
    Events.insert(
      {
        id: 'series00005',
        start: { date: '2026-09-01' },
        end: { date: '2026-09-02' },
        recurrence: [
          'RRULE:FREQ=MONTHLY;UNTIL=20270201',
          'EXDATE;VALUE=DATE:20270101',
          'RDATE;VALUE=DATE:20270112',
        ],
      },
      cal,
    );
    const items = Events.list(cal, { singleEvents: true, orderBy: 'startTime' }).items!;
    const timed = items.filter((e) => e.recurringEventId === 'series00004');
    expect(timed.map((e) => e.id)).toEqual(['series00004_20260902T120000Z', 'series00004_20260916T120000Z']);
    expect(timed[1]!.start).toEqual({ dateTime: '2026-09-16T15:00:00', timeZone: 'Europe/Moscow' });
    const monthly = items.filter((e) => e.recurringEventId === 'series00005').map((e) => e.start!.date);
    expect(monthly).toEqual([
      '2026-09-01',
      '2026-10-01',
      '2026-11-01',
      '2026-12-01',
      '2027-01-12',
      '2027-02-01',
    ]);
  });

  it('writes the rule into calendar.ics, which ical.js expands to the same days; nothing rewritten unchanged', async () => {
    const { ctx, fake, Events, cal } = setup();
    Events.insert(weekly, cal);
    Events.insert(
      {
        id: 'series00006',
        start: { dateTime: '2026-09-03T15:00:00', timeZone: 'Europe/Moscow' },
        end: { dateTime: '2026-09-03T16:00:00', timeZone: 'Europe/Moscow' },
        recurrence: ['RRULE:FREQ=WEEKLY;UNTIL=20260925T000000Z'],
      },
      cal,
    );
    await fake.save();
    const text = readFileSync(ctx.workspace.calendarPath, 'utf8');
    expect(text).toContain('RRULE:FREQ=WEEKLY;BYDAY=WE;UNTIL=20261028');
    expect(text).toContain('EXDATE;VALUE=DATE:20260916,20261028');
    const comp = new ICAL.Component(ICAL.parse(text));
    for (const tz of comp.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
    const expanded = (uid: string) => {
      const ve = comp
        .getAllSubcomponents('vevent')
        .find((v) => String(v.getFirstPropertyValue('uid')).startsWith(uid))!;
      const ev = new ICAL.Event(ve);
      const it = ev.iterator();
      const out: string[] = [];
      for (let next = it.next(); next && out.length < 50; next = it.next()) {
        const ex = ve.getAllProperties('exdate').flatMap((p) => p.getValues().map((v) => String(v)));
        if (!ex.includes(next.toString())) out.push(next.toJSDate().toISOString());
      }
      return out;
    };
    const fromFake = (id: string) =>
      Events.list(cal, { singleEvents: true, orderBy: 'startTime' })
        .items!.filter((e) => e.recurringEventId === id)
        .map((e) =>
          e.start!.date
            ? new Date(`${e.start!.date}T00:00:00`).toISOString()
            : new Date(Date.parse(`${e.start!.dateTime}+03:00`)).toISOString(),
        );
    expect(expanded('series00001')).toEqual(fromFake('series00001'));
    expect(expanded('series00006')).toEqual(fromFake('series00006'));
    // nothing changed (a listing only): the file is not written again; a change writes it
    writeFileSync(ctx.workspace.calendarPath, 'marker');
    Events.list(cal, {});
    await fake.save();
    expect(readFileSync(ctx.workspace.calendarPath, 'utf8')).toBe('marker');
    Events.remove(cal, 'series00006');
    await fake.save();
    expect(readFileSync(ctx.workspace.calendarPath, 'utf8')).toContain('BEGIN:VCALENDAR');
  });
});
