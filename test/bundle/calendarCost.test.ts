// The calendar at Google's real cost (issue #14), through the built bundle: what a sort, an inserted row
// or one edited cell costs, counted by the emulator.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pacedFirstSync } from '../../bench/paced';
import { planText } from '../../bench/plans';
import { callScript } from '../../cli/api';
import { fillDemoEmails } from '../../cli/demoData';
import { planStatus } from '../../cli/product';
import { GAS_ERRORS } from '../../localgas/meter';
import type { Runtime } from '../../localgas/runtime';
import type { CalendarFake } from '../../localgas/services/calendar';
import type { SpreadsheetService } from '../../localgas/services/spreadsheet';
import { openRuntime } from '../helpers';

const WRITES = [
  'Calendar.Events.insert',
  'Calendar.Events.update',
  'Calendar.Events.patch',
  'Calendar.Events.remove',
];

async function synced(rows: number): Promise<Runtime> {
  const rt = await openRuntime({ autosave: false });
  await rt.call('setupSheets');
  await rt.call('importPlan', planText(rows));
  await rt.call('syncCalendar');
  return rt;
}

const writes = (rt: Runtime) => {
  const by = rt.meter.snapshot().byMethod;
  return WRITES.reduce((n, m) => n + (by[m] ?? 0), 0);
};

describe('event text does not depend on the row position', () => {
  it('sorting the plan, or inserting and deleting a row at the top, writes no event', async () => {
    const rt = await synced(60);
    const sheet = rt.service<SpreadsheetService>('spreadsheet');
    const header = sheet.read('План')[0] as string[];
    const before = JSON.stringify(planStatus(rt)['events']);
    sheet.personSort('План', header.indexOf('Мероприятие') + 1);
    rt.meter.reset();
    const sorted = await callScript(rt, 'syncCalendar');
    expect(writes(rt)).toBe(0);
    expect(sorted).toMatchObject({ updated: 0, created: 0 });
    sheet.personInsertRows('План', 2, 3);
    sheet.personDeleteRows('План', 8);
    rt.meter.reset();
    await rt.call('syncCalendar');
    // one row deleted: only its events go
    const by = rt.meter.snapshot().byMethod;
    expect((by['Calendar.Events.insert'] ?? 0) + (by['Calendar.Events.update'] ?? 0)).toBe(0);
    expect(JSON.parse(before).length).toBeGreaterThan((planStatus(rt)['events'] as unknown[]).length);
    // the description links to the sheet, not to a row
    const cal = rt.service<CalendarFake>('calendar');
    const desc = cal.state.calendars[0]!.events[0]!.description!;
    expect(desc).toMatch(/План: https:\/\/docs\.google\.com\/spreadsheets\/d\/[^/]+\/edit#gid=\d+$/m);
    expect(desc).not.toMatch(/range=A\d+/);
  }, 120_000);
});

describe('the edit sync reads only the edited rows', () => {
  it('one edited cell at 1,000 rows reads the header, that row and the key column; a pasted duplicate key is dropped', async () => {
    const rt = await synced(1000);
    await rt.call('turnAutomationOn');
    const sheet = rt.service<SpreadsheetService>('spreadsheet');
    const header = sheet.read('План')[0] as string[];
    const ev = sheet.personEdit('План', 500, header.indexOf('Статус') + 1, [['проведено']]);
    rt.meter.reset();
    for (const o of await rt.fireEdit(ev as unknown as Record<string, unknown>))
      expect(o.error).toBeUndefined();
    const by = rt.meter.snapshot().byMethod;
    // the Plan's header, row 500 and key column (A1 ranges); Settings and Ответственные from the cache
    // the full sync left (app/planCache.ts), the Plan sheet from the edit event
    expect(by['SpreadsheetApp.Range.getValues']).toBe(3);
    expect(by['SpreadsheetApp.Sheet.getDataRange']).toBeUndefined();
    expect(by['SpreadsheetApp.Spreadsheet.getSheetByName']).toBeUndefined();
    expect(by['SpreadsheetApp.Sheet.getLastRow']).toBeUndefined();
    expect(by['Cache.get']).toBe(1);
    // no properties opened: the calendar id is in the cache too
    expect(by['PropertiesService.getDocumentProperties']).toBeUndefined();
    // 29 before the cache; 17 + one update per event of the row
    expect(rt.meter.total).toBe(17 + (by['Calendar.Events.update'] ?? 0));
    const keyCol = header.indexOf('Ключ');
    const rows = sheet.read('План');
    const key = String(rows[499]![keyCol]);
    const mine = (planStatus(rt)['events'] as { rowKey: string; title: string }[]).filter(
      (e) => e.rowKey === key,
    );
    expect(mine.length).toBeGreaterThan(0);
    for (const e of mine) expect(e.title.startsWith('✓ ')).toBe(true);
    // A person pastes row 10 (its key too) over row 20: the copy gets a key of its own, row 10 keeps its events.
    const key10 = String(rows[9]![keyCol]);
    const count10 = (planStatus(rt)['events'] as { rowKey: string }[]).filter(
      (e) => e.rowKey === key10,
    ).length;
    const paste = sheet.personEdit('План', 20, 1, [rows[9]!]);
    for (const o of await rt.fireEdit(paste as unknown as Record<string, unknown>))
      expect(o.error).toBeUndefined();
    const after = sheet.read('План');
    expect(String(after[19]![keyCol])).not.toBe(key10);
    expect(String(after[9]![keyCol])).toBe(key10);
    const evs = planStatus(rt)['events'] as { rowKey: string }[];
    expect(evs.filter((e) => e.rowKey === key10).length).toBe(count10);
    expect(evs.filter((e) => e.rowKey === String(after[19]![keyCol])).length).toBe(count10);
  }, 180_000);
});

describe("the edits' cache of Настройки and Ответственные", () => {
  it('goes when a person edits those sheets or planbook writes them, so an edit never uses what changed', async () => {
    const rt = await openRuntime({ today: '2026-09-01', autosave: false });
    await rt.call('setupSheets');
    await rt.call('importPlan', planText(15));
    await fillDemoEmails(rt);
    await rt.call('turnAutomationOn');
    await rt.call('syncCalendar');
    const sheet = rt.service<SpreadsheetService>('spreadsheet');
    const header = sheet.read('План')[0] as string[];
    const problems = header.indexOf('Проблемы');
    const edit = async (sheetName: string, row: number, col: number, value: unknown) => {
      const ev = sheet.personEdit(sheetName, row, col, [[value]]);
      rt.meter.reset();
      for (const o of await rt.fireEdit(ev as unknown as Record<string, unknown>))
        expect(o.error).toBeUndefined();
      return rt.meter.snapshot().byMethod;
    };
    // a Plan row and the role of its first responsible
    const row = 2;
    const role = String(sheet.read('План')[row - 1]![header.indexOf('Ответственные')])
      .split(',')[0]!
      .trim();
    const dir = sheet.read('Ответственные');
    const at = dir.findIndex((r) => String(r[0]) === role) + 1;
    expect(at).toBeGreaterThan(1);
    // the first edit after the full sync reads neither sheet
    let by = await edit('План', row, header.indexOf('Итоги') + 1, 'итог 1');
    expect(by['SpreadsheetApp.Sheet.getDataRange']).toBeUndefined();
    expect(String(sheet.read('План')[row - 1]![problems])).not.toContain('не указан e-mail');
    // a person empties the role's e-mail: the trigger drops the cache (no lock, no sync)
    by = await edit('Ответственные', at, 2, '');
    expect(by['Cache.remove']).toBe(1);
    expect(by['Lock.tryLock']).toBeUndefined();
    by = await edit('План', row, header.indexOf('Итоги') + 1, 'итог 2');
    expect(by['SpreadsheetApp.Sheet.getDataRange']).toBe(2); // Настройки and Ответственные read again
    expect(String(sheet.read('План')[row - 1]![problems])).toContain('не указан e-mail');
    // …and the next edit has them from the cache again
    by = await edit('План', row, header.indexOf('Итоги') + 1, 'итог 3');
    expect(by['SpreadsheetApp.Sheet.getDataRange']).toBeUndefined();
    expect(String(sheet.read('План')[row - 1]![problems])).toContain('не указан e-mail');
    // the calendar deleted by hand: the edit, with the cache's calendar id, makes one new calendar and
    // drops the cache; the next edit reads the new id from the store, and makes no other calendar
    const cal = rt.service<CalendarFake>('calendar');
    const old = cal.state.calendars[0]!.id;
    expect(cal.personDeleteCalendar(old)).toBe(true);
    by = await edit('План', row, header.indexOf('Итоги') + 1, 'итог 3а');
    expect(by['Calendar.Calendars.insert']).toBe(1);
    expect(by['Cache.remove']).toBe(1);
    const made = cal.state.calendars.map((c) => c.id);
    expect(made).toHaveLength(1);
    expect(made[0]).not.toBe(old);
    by = await edit('План', row, header.indexOf('Итоги') + 1, 'итог 3б');
    expect(by['Calendar.Calendars.insert']).toBeUndefined();
    // read from the store (a writer run's first read takes every property at once: gas/properties.ts)
    expect((by['Properties.getProperty'] ?? 0) + (by['Properties.getProperties'] ?? 0)).toBeGreaterThan(0);
    expect(cal.state.calendars.map((c) => c.id)).toEqual(made);
    await rt.call('syncCalendar');
    by = await edit('План', row, header.indexOf('Итоги') + 1, 'итог 3в');
    expect(by['PropertiesService.getDocumentProperties']).toBeUndefined(); // the id is cached again
    expect(cal.state.calendars.map((c) => c.id)).toEqual(made);
    // planbook's own write of Ответственные (import adds a role) drops it too
    await rt.call('importPlan', '1. Новая встреча – 15.10.2026, совсем новая роль.');
    by = await edit('План', row, header.indexOf('Итоги') + 1, 'итог 4');
    expect(by['SpreadsheetApp.Sheet.getDataRange']).toBe(2);
  }, 120_000);
});

describe('setup', () => {
  it('costs far fewer calls than a call per column per property, and the plan wraps with its header frozen', async () => {
    const rt = await openRuntime({ autosave: false });
    rt.meter.reset();
    await rt.call('setupSheets');
    // 215 before issue #14 (a call per column per property), 99 before RangeList, width painting, renamed
    // Лист1 and appendRow, 83 before Настройки, Журнал and the Plan were made from Ответственные
    // (insertSheet's template); README «Замеры» has the figures.
    expect(rt.meter.total).toBeLessThanOrEqual(65);
    const ss = rt.service<SpreadsheetService>('spreadsheet');
    const app = (ss.globals() as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp })
      .SpreadsheetApp;
    const book = app.getActiveSpreadsheet();
    // a new spreadsheet: the Plan is the first tab and active, nothing else is left (its empty Лист1 became
    // Ответственные, the template the other sheets are copied from)
    expect(book.getSheets().map((s) => s.getName())).toEqual([
      'План',
      'Ответственные',
      'Настройки',
      'Журнал',
    ]);
    expect(book.getActiveSheet().getName()).toBe('План');
    const plan = book.getSheetByName('План')!;
    expect(plan.getFrozenRows()).toBe(1);
    expect(plan.getRange('B2').getWrap()).toBe(true);
    expect(plan.getRange('B1').getWrap()).toBe(true);
    const header = ss.read('План')[0] as string[];
    const cell = (heading: string, row: number) => plan.getRange(row, header.indexOf(heading) + 1);
    expect(cell('Сроки', 700).getNumberFormat()).toBe('@');
    expect(cell('Участников', 5).getNumberFormat()).toBe('0');
    expect(cell('Статус', 900).getDataValidation()?.getCriteriaValues()[0]).toContain('проведено');
    expect(cell('Участников', 900).getDataValidation()?.getCriteriaType()).toBe(
      app.DataValidationCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO,
    );
    for (const h of ['Мероприятие', 'Ответственные', 'Итоги', 'Проблемы', 'Синхронизация'])
      expect(cell(h, 2).getNumberFormat()).toBe('@');
    expect(cell('Дата', 2).getNumberFormat()).not.toBe('@');
    // each column at its width, painted in the fewest calls (240 130 240: two)
    const widths = Object.fromEntries(header.map((h, i) => [h, plan.getColumnWidth(i + 1)]));
    expect(widths).toMatchObject({ '№': 50, Мероприятие: 300, Сроки: 140, Дата: 140, Место: 140 });
    expect(widths).toMatchObject({ Классы: 140, Раздел: 140, Ответственные: 240, Статус: 130, Итоги: 240 });
    expect(widths).toMatchObject({ Участников: 100, Публикация: 200, Синхронизация: 240, Проблемы: 240 });
    expect(plan.isColumnHiddenByUser(header.indexOf('Ключ') + 1)).toBe(true);
    // the system columns grey and protected with a warning; the Settings' rows and the Журнал's line there
    expect(cell('Проблемы', 40).getBackground()).not.toBe('#ffffff');
    expect(plan.getProtections(app.ProtectionType.RANGE).map((p) => p.isWarningOnly())).toEqual([true]);
    const settings = ss.read('Настройки');
    expect(settings.length).toBeGreaterThan(10);
    expect(book.getSheetByName('Настройки')!.getRange(2, 2).getNumberFormat()).toBe('@');
    expect(ss.read('Журнал').length).toBe(2);
    // run again on the set-up plan (an upgrade): reads what is there, keeps it, costs about the same
    await rt.call('importPlan', planText(1000));
    rt.meter.reset();
    await rt.call('setupSheets');
    // reading the headings, the Settings' codes and old protections: 98 before the template, 95 now
    expect(rt.meter.total).toBeLessThanOrEqual(95);
    expect(ss.read('План').length).toBe(1001);
  }, 120_000);
});

describe('recurring rows and the holidays, through the bundle', () => {
  it('«по средам» is one series skipping the Каникулы; editing the period edits the series; the .ics repeats it', async () => {
    const rt = await openRuntime({ autosave: false });
    await rt.call('setupSheets');
    await rt.call('saveSetup', { holidays: '26.10.2026–03.11.2026; 31.12.2026–11.01.2027', testMode: false });
    await rt.call(
      'importPlan',
      [
        'План на 2026-2027 учебный год',
        '1. Кружок чтения – еженедельно по средам, руководитель кружка.',
        '2. Выставка новинок – ежемесячно, библиотекарь.',
        '3. Дежурство – еженедельно по пятницам и в каникулы, дежурный.',
      ].join('\n'),
    );
    rt.meter.reset();
    await rt.call('syncCalendar');
    expect(rt.meter.snapshot().byMethod['Calendar.Events.insert']).toBe(3);
    type Listed = { title: string; start: string; recurrence?: string[]; rowKey: string };
    const evs = () => planStatus(rt)['events'] as Listed[];
    const wed = evs().find((e) => e.title === 'Кружок чтения')!;
    expect(wed.recurrence).toEqual([
      'RRULE:FREQ=WEEKLY;BYDAY=WE;UNTIL=20270526',
      'EXDATE;VALUE=DATE:20261028,20270106',
    ]);
    const synced = rt.service<SpreadsheetService>('spreadsheet').read('План');
    const syncCol = (synced[0] as string[]).indexOf('Синхронизация');
    expect(synced[1]![syncCol]).toBe('✓ в календаре (повторяющееся)');
    expect(evs().find((e) => e.title === 'Дежурство')!.recurrence).toEqual([
      'RRULE:FREQ=WEEKLY;BYDAY=FR;UNTIL=20270528',
    ]);
    // Google's listing with singleEvents shows every Wednesday but the two in the holidays
    const cal = rt.service<CalendarFake>('calendar');
    const { Calendar } = cal.globals() as {
      Calendar: { Events: GoogleAppsScript.Calendar.Collection.EventsCollection };
    };
    const calId = cal.state.calendars[0]!.id;
    const wednesdays = Calendar.Events.list(calId, { singleEvents: true, maxResults: 2500 }).items!.filter(
      (e) => e.summary === 'Кружок чтения',
    );
    expect(wednesdays.length).toBe(37);
    expect(wednesdays.some((e) => e.start!.date === '2026-10-28')).toBe(false);
    // a second sync writes nothing; editing the period updates the same event (the series)
    rt.meter.reset();
    await rt.call('syncCalendar');
    expect(writes(rt)).toBe(0);
    const sheet = rt.service<SpreadsheetService>('spreadsheet');
    const header = sheet.read('План')[0] as string[];
    await rt.call('turnAutomationOn');
    await rt.fireEdit(
      sheet.personEdit('План', 2, header.indexOf('Сроки') + 1, [
        ['еженедельно по четвергам'],
      ]) as unknown as Record<string, unknown>,
    );
    const thu = evs().find((e) => e.title === 'Кружок чтения')!;
    expect(thu.rowKey).toBe(wed.rowKey);
    expect(thu.recurrence![0]).toBe('RRULE:FREQ=WEEKLY;BYDAY=TH;UNTIL=20270527');
    expect(evs().filter((e) => e.title === 'Кружок чтения').length).toBe(1);
    // a time and a cancelled date, as people write them: a timed series with that day as an EXDATE
    await rt.fireEdit(
      sheet.personEdit('План', 2, header.indexOf('Сроки') + 1, [
        ['по четвергам в 15:00 (кроме 05.11.2026)'],
      ]) as unknown as Record<string, unknown>,
    );
    const timed = cal.state.calendars[0]!.events.find((e) => e.summary === 'Кружок чтения')!;
    expect(
      evs()
        .filter((e) => e.title === 'Кружок чтения')
        .map((e) => e.rowKey),
    ).toEqual([wed.rowKey]);
    expect(timed.start).toMatchObject({ dateTime: '2026-09-03T15:00:00', timeZone: 'Europe/Moscow' });
    expect(timed.recurrence).toEqual([
      'RRULE:FREQ=WEEKLY;BYDAY=TH;UNTIL=20270527T235959Z',
      'EXDATE;TZID=Europe/Moscow:20261029T150000,20261105T150000,20261231T150000,20270107T150000',
    ]);
    const thursdays = Calendar.Events.list(calId, { singleEvents: true, maxResults: 2500 }).items!.filter(
      (e) => e.summary === 'Кружок чтения',
    );
    expect(thursdays.some((e) => e.start!.dateTime?.startsWith('2026-11-05'))).toBe(false);
    expect(thursdays.some((e) => e.start!.dateTime?.startsWith('2026-11-12T15:00'))).toBe(true);
    expect(String(sheet.read('План')[1]![header.indexOf('Проблемы')])).not.toMatch(/время|кроме|сроки/i);
    await rt.close();
    const ics = readFileSync(join(rt.workspace.dir, 'calendar.ics'), 'utf8');
    expect(ics).toContain('RRULE:FREQ=WEEKLY;BYDAY=TH;UNTIL=20270527T235959Z');
    expect(ics).toMatch(/EXDATE;TZID=Europe\/Moscow:[^\n]*20261105T150000/);
  }, 120_000);
});

describe('usage limits', () => {
  it('one «Calendar usage limits exceeded» is waited out inside the run, and later writes are paced', async () => {
    const rt = await openRuntime({ autosave: false });
    await rt.call('setupSheets');
    await rt.call('importPlan', planText(200));
    rt.meter.setFaults([
      { method: 'Calendar.Events.insert', nth: 3, error: GAS_ERRORS.calendarUsage },
      { method: 'Calendar.Events.insert', nth: 4, error: GAS_ERRORS.calendarUsage },
    ]);
    const t0 = rt.clock.now();
    const r = await callScript(rt, 'syncCalendar');
    expect(r.stopped).toBeNull();
    const by = rt.meter.snapshot().byMethod;
    expect(by['Calendar.Events.insert']).toBe(r.created + 2);
    // 1 s and 2 s of backoff (plus jitter), then a pause before every later write
    expect(by['Utilities.sleep']).toBeGreaterThan(r.created - 5);
    expect(rt.clock.now() - t0).toBeGreaterThanOrEqual(3000 + 250 * (r.created - 3));
    const triggers = (rt.status()['triggers'] as { handler: string }[]).filter(
      (t) => t.handler === 'continueRun',
    );
    expect(triggers.length).toBe(0);
  }, 120_000);
});

describe("the first sync on Google's clock (bench/paced.ts)", () => {
  it('1,000 rows take two executions, and the first makes every event through the winter', async () => {
    const p = await pacedFirstSync(1000);
    // ≈ 1,070 writes × 0.35 s do not fit in the 4.5 minutes a run works; a second Calendar call per
    // event would make it three executions. Soonest first: the first run gets past New Year.
    expect(p.executions).toBe(2);
    expect(p.events).toBeGreaterThan(1000);
    expect(p.eventsAfterFirst).toBeGreaterThan(p.events / 2);
    expect(p.firstRunThrough! >= '2027-01-31').toBe(true);
  }, 120_000);
});
