// Calendar sync through the built bundle in the emulator: every scheduled row is exactly one set of
// events, however often a run is killed, rate-limited or repeated.
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { planText, SEED_TEXT } from '../../bench/plans';
import { callScript } from '../../cli/api';
import { planStatus } from '../../cli/product';
import { GAS_ERRORS } from '../../localgas/meter';
import type { Runtime } from '../../localgas/runtime';
import type { CalendarFake } from '../../localgas/services/calendar';
import type { SpreadsheetService } from '../../localgas/services/spreadsheet';
import { openRuntime as openShared, tempDir } from '../helpers';

// PLANBOOK_DIST: run against a private copy of the bundle while others rebuild dist/ (default: dist/).
const openRuntime = (o: Parameters<typeof openShared>[0] = {}) =>
  openShared({ ...o, ...(process.env['PLANBOOK_DIST'] ? { distDir: process.env['PLANBOOK_DIST'] } : {}) });

interface Ev {
  id: string;
  title: string;
  start: string;
  end: string;
  allDay: boolean;
  rowKey: string | null;
  recurrence?: string[];
}

/** The events people see, without the calendar's id (a run killed right after creating the calendar
 * cannot find it again and makes a new one: see the Log check below). */
const events = (rt: Runtime) =>
  (planStatus(rt)['events'] as Ev[])
    .map(({ calendarId: _c, ...e }: Ev & { calendarId?: string }) => JSON.stringify(e))
    .sort();

async function seeded(rows?: number, opts: Parameters<typeof openRuntime>[0] = {}): Promise<Runtime> {
  const rt = await openRuntime(opts);
  await rt.call('setupSheets');
  await rt.call('importPlan', rows ? planText(rows) : SEED_TEXT());
  return rt;
}

describe('calendar sync of the seed', () => {
  it('makes one event per occurrence, with the right days, and a second sync changes nothing', async () => {
    const rt = await seeded();
    const r = await callScript(rt, 'syncCalendar');
    expect(r.stopped).toBeNull();
    const evs = planStatus(rt)['events'] as Ev[];
    expect(evs.length).toBe(r.created);
    const glinka = evs.find((e) => e.title.includes('Глинки'))!;
    expect(glinka).toMatchObject({ start: '2027-04-01', end: '2027-07-01', allDay: true });
    const sept = evs.filter((e) => e.start === '2026-09-01' && e.end === '2026-10-01');
    expect(sept.length).toBe(2);
    // «в течение года»: one event over the study period
    const year = evs.find((e) => e.title.includes('районных'))!;
    expect(year).toMatchObject({ start: '2026-09-01', end: '2027-06-01' });
    rt.meter.reset();
    const again = await callScript(rt, 'syncCalendar');
    expect(again).toMatchObject({ created: 0, updated: 0 });
    expect(again.skipped).toBe(evs.length);
    expect(rt.meter.snapshot().byMethod['Calendar.Events.insert']).toBeUndefined();
    // the Sync column says so
    const plan = rt.service<SpreadsheetService>('spreadsheet').read('План');
    const syncCol = (plan[0] as string[]).indexOf('Синхронизация');
    expect(String(plan[1]![syncCol])).toMatch(/в календаре/);
  });
});

/** A prepared workspace (closed), copied fresh for each run of a loop. */
async function prepared(prepare: (rt: Runtime) => Promise<void>): Promise<string> {
  const dir = tempDir();
  const rt = await openRuntime({ workspace: dir });
  await prepare(rt);
  await rt.close();
  return dir;
}

function copyOf(dir: string): string {
  const to = tempDir();
  cpSync(dir, to, { recursive: true });
  return to;
}

const seedPrep = async (rt: Runtime) => {
  await rt.call('setupSheets');
  await rt.call('importPlan', SEED_TEXT());
};

describe('killed at every service call', () => {
  it('a full sync of the seed, killed at call k and run again, ends as a clean run (every k)', async () => {
    const base = await prepared(seedPrep);
    const clean = await openRuntime({ workspace: copyOf(base) });
    clean.meter.reset();
    await clean.call('syncCalendar');
    const calls = clean.meter.total;
    const want = events(clean);
    expect(want.length).toBe(14);
    expect(calls).toBeGreaterThan(20);
    for (let k = 1; k <= calls; k++) {
      const rt = await openRuntime({ workspace: copyOf(base), autosave: false });
      rt.meter.setFaults([{ at: k, kill: true }]);
      const out = await rt.run('syncCalendar');
      expect(out.killed, `k=${k}`).toBe(true);
      rt.meter.setFaults([]);
      await rt.call('syncCalendar');
      expect(events(rt), `k=${k}`).toEqual(want);
      const cal = rt.service<CalendarFake>('calendar');
      // the one calendar with events; a kill right after creating the calendar may leave an empty one
      expect(cal.state.calendars.filter((c) => c.events.length > 0).length, `k=${k}`).toBe(1);
      if (cal.state.calendars.length > 1) {
        // the stray calendar is empty, and the Log tells the owner to delete it
        const log = rt.service<SpreadsheetService>('spreadsheet').read('Журнал');
        expect(
          log.some((row) => String(row[2]).includes('пустой календарь')),
          `k=${k}`,
        ).toBe(true);
      }
      await rt.close();
    }
  }, 600_000);

  it('an edit sync, killed at call k and fired again, ends as a clean run (every k)', async () => {
    const base = await prepared(async (rt) => {
      await seedPrep(rt);
      await rt.call('turnAutomationOn');
      await rt.call('syncCalendar');
    });
    const edit = (rt: Runtime) => {
      const sheet = rt.service<SpreadsheetService>('spreadsheet');
      const header = sheet.read('План')[0] as string[];
      // row 4: «Литературная гостиная», октябрь → 12 октября 2026 в 15:00
      return sheet.personEdit('План', 4, header.indexOf('Сроки') + 1, [['12 октября 2026, 15:00']]);
    };
    const clean = await openRuntime({ workspace: copyOf(base) });
    const ev = edit(clean);
    clean.meter.reset();
    const outs = await clean.fireEdit(ev as unknown as Record<string, unknown>);
    expect(outs.length).toBe(1);
    expect(outs[0]!.error).toBeUndefined();
    const calls = clean.meter.total;
    const want = events(clean);
    expect(want.some((e) => e.includes('"start":"2026-10-12T15:00:00"'))).toBe(true);
    for (let k = 1; k <= calls; k++) {
      const rt = await openRuntime({ workspace: copyOf(base), autosave: false });
      const e = edit(rt);
      rt.meter.setFaults([{ at: k, kill: true }]);
      const [out] = await rt.fireEdit(e as unknown as Record<string, unknown>);
      expect(out!.killed, `k=${k}`).toBe(true);
      rt.meter.setFaults([]);
      await rt.fireEdit(e as unknown as Record<string, unknown>);
      expect(events(rt), `k=${k}`).toEqual(want);
      await rt.close();
    }
  }, 600_000);
});

describe('limits', () => {
  it('a rate limit that outlasts the backoff at the 5th create of a 1,000-row sync stops; the next run finishes without duplicates', async () => {
    const rt = await seeded(1000);
    // the 5th create and its 4 retries (app/backoff.ts) all meet the limit
    rt.meter.setFaults(
      [5, 6, 7, 8, 9].map((nth) => ({
        method: 'Calendar.Events.insert',
        nth,
        error: GAS_ERRORS.calendarRate,
      })),
    );
    const first = await callScript(rt, 'syncCalendar');
    expect(first.stopped).toBe('rate');
    expect(first.created).toBe(4);
    expect(rt.meter.snapshot().byMethod['Calendar.Events.insert']).toBe(9);
    expect(rt.meter.snapshot().byMethod['Utilities.sleep']).toBe(4);
    // one continuation trigger, however often it stops
    const triggers = () =>
      (rt.status()['triggers'] as { handler: string }[]).filter((t) => t.handler === 'continueRun');
    expect(triggers().length).toBe(1);
    rt.meter.setFaults([]);
    // the continuation trigger fires later and finishes the job
    const ran = await rt.fireTimeTriggers(rt.clock.now() + 60 * 60 * 1000);
    expect(ran.map((r) => r.handler)).toContain('continueRun');
    expect(triggers().length).toBe(0);
    const evs = planStatus(rt)['events'] as Ev[];
    expect(new Set(evs.map((e) => e.id)).size).toBe(evs.length);
    const again = await callScript(rt, 'syncCalendar');
    expect(again).toMatchObject({ created: 0, updated: 0, stopped: null });
    expect(again.skipped).toBe(evs.length);
  }, 120_000);

  it('stops before the time budget runs out, keeps one continuation, and resumes', async () => {
    const rt = await seeded(1000, { latencyMs: 500 });
    const first = await callScript(rt, 'syncCalendar');
    expect(first.stopped).toBe('time');
    expect(first.left).toBeGreaterThan(0);
    const plan = rt.service<SpreadsheetService>('spreadsheet').read('План');
    const col = (plan[0] as string[]).indexOf('Синхронизация');
    expect(plan.some((r) => String(r[col]).includes('ждёт'))).toBe(true);
    rt.setLatency(0);
    await rt.fireTimeTriggers(rt.clock.now() + 10 * 60 * 1000);
    const again = await callScript(rt, 'syncCalendar');
    expect(again).toMatchObject({ created: 0, stopped: null });
  }, 120_000);

  it('a run that stops on its budget has made the events that come soonest; the past waits for the next run', async () => {
    const today = '2026-11-16';
    const rt = await seeded(1000, { latencyMs: 500, today });
    const first = await callScript(rt, 'syncCalendar');
    expect(first.stopped).toBe('time');
    const madeFirst = new Set((planStatus(rt)['events'] as Ev[]).map((e) => e.id));
    rt.setLatency(0);
    await rt.fireTimeTriggers(rt.clock.now() + 10 * 60 * 1000);
    const all = planStatus(rt)['events'] as Ev[];
    const later = all.filter((e) => !madeFirst.has(e.id));
    expect(later.length).toBeGreaterThan(0);
    // An all-day event's end is the day after its last; an event is over when its last day is before today.
    const lastDay = (e: Ev) =>
      e.allDay ? new Date(Date.parse(e.end) - 86_400_000).toISOString().slice(0, 10) : e.end.slice(0, 10);
    // A series runs from its first day on: it counts as on now.
    const upcoming = (e: Ev) => Boolean(e.recurrence) || lastDay(e) >= today;
    const when = (e: Ev) => (e.start.slice(0, 10) < today ? today : e.start.slice(0, 10));
    const first_ = all.filter((e) => madeFirst.has(e.id));
    expect(first_.every(upcoming)).toBe(true);
    const latestFirst = first_.map(when).sort().at(-1)!;
    for (const e of later.filter(upcoming)) expect(when(e) >= latestFirst).toBe(true);
    expect(later.some((e) => !upcoming(e))).toBe(true);
  }, 120_000);

  it('a one-row edit at 5,000 rows costs a handful of calls', async () => {
    const rt = await seeded(5000);
    await rt.call('turnAutomationOn');
    await rt.call('syncCalendar');
    const sheet = rt.service<SpreadsheetService>('spreadsheet');
    const header = sheet.read('План')[0] as string[];
    const ev = sheet.personEdit('План', 2500, header.indexOf('Статус') + 1, [['проведено']]);
    rt.meter.reset();
    await rt.fireEdit(ev as unknown as Record<string, unknown>);
    const snap = rt.meter.snapshot();
    expect(snap.byMethod['Calendar.Events.list']).toBe(1);
    // 39 before the rows' witnesses; their read is getRange + getNotes (issue 12, domain/rowIdentity.ts)
    expect(snap.total).toBeLessThan(42);
    const evs = planStatus(rt)['events'] as Ev[];
    const key = String(sheet.read('План')[2499]![header.indexOf('Ключ')]);
    const mine = evs.filter((e) => e.rowKey === key);
    expect(mine.length).toBeGreaterThan(0);
    for (const e of mine) expect(e.title.startsWith('✓ ')).toBe(true);
  }, 300_000);
});

describe('the calendar as people see it', () => {
  it('calendar.ics is valid iCalendar with the right days (ical.js)', async () => {
    const rt = await seeded();
    await rt.call('syncCalendar');
    const text = readFileSync(join(rt.workspace.dir, 'calendar.ics'), 'utf8');
    expect(text.includes('\r\n')).toBe(true);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(text.split('\r\n').filter((l) => /\n/.test(l)).length).toBe(0);
    const comp = new ICAL.Component(ICAL.parse(text));
    const vevents = comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(vevents.length).toBe(14);
    const glinka = vevents.find((e) => e.summary.includes('Глинки'))!;
    expect(glinka.startDate.isDate).toBe(true);
    expect(glinka.startDate.toString()).toBe('2027-04-01');
    expect(glinka.endDate.toString()).toBe('2027-07-01');
    expect(text).toContain('DTSTART;VALUE=DATE:20270401');
    expect(text).toContain('DTEND;VALUE=DATE:20270701');
    // descriptions survive escaping and folding
    expect(glinka.description).toContain('Ответственные: работники библиотеки');
    expect(new Set(vevents.map((e) => e.uid)).size).toBe(14);
  });

  it('a timed event is at the right instant in the Settings zone', async () => {
    const rt = await openRuntime();
    await rt.call('setupSheets');
    await rt.call(
      'importPlan',
      '1. Конкурс чтецов – 15.10.2026 в 14:00, организатор.\n2. Выставка книг – апрель, организатор.',
    );
    await rt.call('syncCalendar');
    const text = readFileSync(join(rt.workspace.dir, 'calendar.ics'), 'utf8');
    const comp = new ICAL.Component(ICAL.parse(text));
    const ev = comp
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v))
      .find((e) => e.summary.includes('чтецов'))!;
    expect(ev.startDate.toJSDate().toISOString()).toBe('2026-10-15T11:00:00.000Z'); // 14:00 Moscow
    expect(ev.endDate.toJSDate().toISOString()).toBe('2026-10-15T12:00:00.000Z');
  });

  it('an event deleted by hand is made again, and the Log says so; others’ events are never touched', async () => {
    const rt = await seeded();
    const cal = rt.service<CalendarFake>('calendar');
    const r = await callScript(rt, 'syncCalendar');
    const foreign = cal.personAddEvent(r.calendarId, 'Родительское собрание', '2026-09-10');
    const victim = (planStatus(rt)['events'] as Ev[]).find((e) => e.title.includes('Новогоднее'))!;
    expect(cal.personDeleteEvent(victim.id)).toBe(true);
    rt.meter.reset();
    const again = await callScript(rt, 'syncCalendar');
    expect(again.restored).toBe(1);
    expect(again.deleted).toBe(0);
    // The update answers 403 (a person deleted it: google-api-ruby-client #1811): made again under a fresh id.
    expect(rt.meter.snapshot().byMethod['Calendar.Events.update']).toBe(1);
    expect(
      (planStatus(rt)['events'] as Ev[]).some((e) => e.id !== victim.id && e.id.startsWith(victim.id)),
    ).toBe(true);
    expect((planStatus(rt)['events'] as Ev[]).some((e) => e.id === foreign)).toBe(true);
    const log = rt.service<SpreadsheetService>('spreadsheet').read('Журнал');
    expect(
      log.some((row) => String(row[2]).includes('Новогоднее') && String(row[2]).includes('создано снова')),
    ).toBe(true);
  });

  it('a cancelled row loses its event; a deleted row too; a shared calendar typed in Settings is used', async () => {
    const rt = await seeded();
    const cal = rt.service<CalendarFake>('calendar');
    const shared = cal.personCreateCalendar('Школьный календарь');
    const sheet = rt.service<SpreadsheetService>('spreadsheet');
    const settings = sheet.read('Настройки');
    const idRow = settings.findIndex((r) => String(r[0]).startsWith('Календарь (ID)'));
    sheet.personEdit('Настройки', idRow + 1, 2, [[shared]]);
    await rt.call('syncCalendar');
    expect(
      (planStatus(rt)['events'] as (Ev & { calendarId: string })[]).every((e) => e.calendarId === shared),
    ).toBe(true);
    expect(cal.state.calendars.length).toBe(1);
    const header = sheet.read('План')[0] as string[];
    sheet.personEdit('План', 2, header.indexOf('Статус') + 1, [['отменено']]);
    sheet.personDeleteRows('План', 3);
    const r = await callScript(rt, 'syncCalendar');
    expect(r.deleted).toBe(2);
    expect((planStatus(rt)['events'] as Ev[]).length).toBe(12);
  });
});
