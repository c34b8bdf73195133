// Guards before what would lose events or confuse the owner (issue 12): the calendar deleted by hand or
// mistyped, mass deletions (the whole plan cleared), Google's cell size limit on import.
import { describe, expect, it } from 'vitest';
import type { CalendarFake } from '../../localgas/services/calendar';
import { openRuntime } from '../helpers';
import { col, events, plan, SEED, seededPlan, setSetting, sheet } from './edits';

type SyncOut = { created: number; deleted: number; message: string; held?: number };

describe('the calendar', () => {
  it('deleted by hand: a clear Russian message and a new calendar with every event, not a failure a day', async () => {
    const rt = await seededPlan();
    const cal = rt.service<CalendarFake>('calendar');
    const first = cal.state.calendars.find((c) => c.events.length > 0)!;
    expect(cal.personDeleteCalendar(first.id)).toBe(true);
    const out = await rt.run('syncCalendar');
    expect(out.error).toBeUndefined();
    const r = out.value as SyncOut & { calendarId: string };
    expect(r.calendarId).not.toBe(first.id);
    expect(r.created).toBe(14);
    const log = sheet(rt)
      .read('Журнал')
      .map((l) => String(l[2]));
    expect(log.some((l) => /удалён|не найден/.test(l) && l.includes(first.id))).toBe(true);
    expect(log.join('\n')).not.toMatch(/GoogleJsonResponseException|API call to/);
    const again = (await rt.call('syncCalendar')) as SyncOut;
    expect(again.created).toBe(0);
  });

  it('a typo in Календарь (ID): a Russian message saying what to do, every run, and nothing else changes', async () => {
    const rt = await seededPlan();
    const before = events(rt);
    setSetting(rt, 'calendarId', 'shkola-kalendar@group.calendar.google.com');
    for (let i = 0; i < 2; i++) {
      const out = await rt.run('syncCalendar');
      expect(out.error?.message).toMatch(/Календарь \(ID\)/);
      expect(out.error?.message).toContain('shkola-kalendar@group.calendar.google.com');
      expect(out.error?.message).not.toMatch(/API call to|Not Found/);
    }
    expect(events(rt)).toEqual(before);
    // the daily run says the same in the Log, and still sends the reminders
    await rt.call('turnAutomationOn');
    const daily = await rt.run('dailyRun');
    expect(daily.error).toBeUndefined();
    const log = sheet(rt)
      .read('Журнал')
      .map((l) => String(l[2]));
    expect(log.some((l) => l.includes('Календарь (ID)'))).toBe(true);
  });
});

describe('the time zone', () => {
  it('changing Часовой пояс after events exist does not move an event typed as a date', async () => {
    const rt = await seededPlan();
    sheet(rt).personEdit('План', 2, col(rt, 'Дата'), [['15.10.2026 14:00']]);
    await rt.call('syncCalendar');
    const at = () =>
      events(rt)
        .map((e) => JSON.parse(e) as unknown[])
        .filter((e) => JSON.stringify(e[4]).includes('dateTime'))
        .map((e) => (e[4] as { dateTime: string }).dateTime);
    expect(at()).toEqual(['2026-10-15T14:00:00']);
    setSetting(rt, 'timeZone', 'Asia/Yekaterinburg');
    await rt.call('syncCalendar');
    expect(at()).toEqual(['2026-10-15T14:00:00']);
  });
});

describe('mass changes wait for the owner', () => {
  it('clearing the whole plan deletes no event until the owner confirms from the menu', async () => {
    const rt = await seededPlan();
    const before = events(rt);
    const rows = plan(rt).length;
    const width = (plan(rt)[0] as unknown[]).length;
    // a person selects rows 2.. and presses Delete: every typed cell empty, the system cells stay
    sheet(rt).personEdit(
      'План',
      2,
      1,
      Array.from({ length: rows - 1 }, () => Array.from({ length: 9 }, () => '')),
    );
    expect(width).toBeGreaterThan(9);
    const r = (await rt.call('syncCalendar')) as SyncOut;
    expect(r.deleted).toBe(0);
    expect(r.held).toBe(14);
    expect(r.message).toMatch(/подтвердите|Подтвердить/i);
    expect(events(rt)).toEqual(before);
    // the daily run holds them too
    await rt.call('turnAutomationOn');
    await rt.run('dailyRun');
    expect(events(rt)).toEqual(before);
    // the owner confirms: now they go
    const c = (await rt.call('confirmMassSync')) as SyncOut;
    expect(c.deleted).toBe(14);
    expect(events(rt)).toEqual([]);
  });

  it('a few rows deleted go at once', async () => {
    const rt = await seededPlan();
    sheet(rt).personDeleteRows('План', 3, 2);
    const r = (await rt.call('syncCalendar')) as SyncOut;
    expect(r.deleted).toBeGreaterThan(0);
    expect(r.held ?? 0).toBe(0);
  });
});

describe('Google’s limits, said in Russian', () => {
  it('a 100,000-character title is caught by the preview and the import changes nothing', async () => {
    const rt = await openRuntime({ autosave: false });
    await rt.call('setupSheets');
    const long = 'Очень длинное название '.repeat(4400);
    expect(long.length).toBeGreaterThan(100_000);
    const text = `${SEED}\n99. ${long} — октябрь — классные руководители`;
    const preview = (await rt.call('previewImport', text)) as { problems: string[] };
    expect(preview.problems.join(' ')).toMatch(/50 000/);
    const before = JSON.stringify(sheet(rt).read('План'));
    const out = await rt.run('importPlan', text);
    expect(out.error?.message).toMatch(/50 000 знаков/);
    expect(out.error?.message).not.toMatch(/Your input contains/);
    expect(JSON.stringify(sheet(rt).read('План'))).toBe(before);
  });
});
