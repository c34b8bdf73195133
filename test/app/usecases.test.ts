// Use cases of src/app over small counting in-memory ports: what they do, and what it costs.
import { describe, expect, it } from 'vitest';
import { type Host, OPERATIONS, perform } from '../../src/app/operations';
import { PLAN_COLUMNS, SHEETS } from '../../src/domain/columns';
import { memoryPorts } from './memoryPorts';

const SEED = [
  '1. Заключение договора о сотрудничестве – сентябрь, директор школы, директор библиотеки.',
  '2. Литературная гостиная - октябрь, работники библиотеки, организатор.',
  '3. Участие в районных мероприятиях – в течение года, классные руководители.',
  '4. Новогоднее мероприятие – декабрь, организатор.',
].join('\n');

function fresh() {
  const m = memoryPorts();
  const host: Host = { lock: m.ports.lock, open: () => m.ports };
  return { m, host };
}

describe('setup', () => {
  it('makes the four sheets with every heading, and run again adds nothing and overwrites nothing', () => {
    const { m, host } = fresh();
    const r = perform(OPERATIONS.setup, host, []);
    expect(r.created).toEqual(Object.values(SHEETS).map((s) => s.ru));
    expect(m.book.sheet('plan').rows[0]).toEqual(PLAN_COLUMNS.map((c) => c.ru));
    const settings = m.book.sheet('settings').rows.length;
    m.book.sheet('settings').rows[1]![1] = 'typed by a person';
    const again = perform(OPERATIONS.setup, host, []);
    expect(again.created).toEqual([]);
    expect(m.book.sheet('settings').rows.length).toBe(settings);
    expect(m.book.sheet('settings').rows[1]![1]).toBe('typed by a person');
    expect(m.book.active).toBe('План');
  });
});

describe('import', () => {
  it('adds each row once with a key, reads the plan once, and a second import skips them all', () => {
    const { m, host } = fresh();
    perform(OPERATIONS.setup, host, []);
    m.calls.reset();
    const r = perform(OPERATIONS.import, host, [SEED]);
    expect(r.added).toBe(4);
    const plan = m.book.sheet('plan');
    expect(plan.rows).toHaveLength(5);
    const keyCol = PLAN_COLUMNS.findIndex((c) => c.id === 'key');
    expect(new Set(plan.rows.slice(1).map((row) => row[keyCol])).size).toBe(4);
    expect(m.calls.of('sheet.append')).toBeGreaterThanOrEqual(1);
    const again = perform(OPERATIONS.import, host, [SEED]);
    expect(again.added).toBe(0);
    expect(again.skipped).toBe(4);
    expect(plan.rows).toHaveLength(5);
  });
});

describe('calendar sync', () => {
  it('creates the calendar once, one insert per event, and a second run changes nothing', () => {
    const { m, host } = fresh();
    perform(OPERATIONS.setup, host, []);
    perform(OPERATIONS.import, host, [SEED]);
    m.calls.reset();
    const r = perform(OPERATIONS.sync, host, []);
    expect(m.calendars).toHaveLength(1);
    expect(r.created).toBe(m.events.size);
    expect(m.calls.of('calendar.insert')).toBe(r.created);
    expect(m.calls.of('calendar.list')).toBe(1);
    m.calls.reset();
    const again = perform(OPERATIONS.sync, host, []);
    expect(again.created + again.updated + again.deleted).toBe(0);
    expect(m.calendars).toHaveLength(1);
    expect(
      m.calls.of('calendar.insert') + m.calls.of('calendar.update') + m.calls.of('calendar.remove'),
    ).toBe(0);
    expect(m.calls.of('calendar.list')).toBe(1);
  });

  it('a row a person deletes loses its events; an event deleted in the calendar comes back', () => {
    const { m, host } = fresh();
    perform(OPERATIONS.setup, host, []);
    perform(OPERATIONS.import, host, [SEED]);
    perform(OPERATIONS.sync, host, []);
    const live = () => [...m.events.values()].filter((e) => e.status !== 'cancelled').length;
    const all = live();
    const plan = m.book.sheet('plan');
    const titleCol = PLAN_COLUMNS.findIndex((c) => c.id === 'title');
    const periodCol = PLAN_COLUMNS.findIndex((c) => c.id === 'period');
    plan.rows[4]![titleCol] = '';
    plan.rows[4]![periodCol] = '';
    plan.rows[4]![PLAN_COLUMNS.findIndex((c) => c.id === 'responsibles')] = '';
    plan.rows[4]![0] = '';
    const r = perform(OPERATIONS.sync, host, []);
    expect(r.deleted).toBe(1);
    expect(live()).toBe(all - 1);
    const [id, first] = [...m.events].find(([, e]) => e.status !== 'cancelled')!;
    m.events.set(id, { ...first, status: 'cancelled' });
    const back = perform(OPERATIONS.sync, host, []);
    expect(back.restored).toBe(1);
    expect(live()).toBe(all - 1);
  });
});

describe('automation', () => {
  it("turning it on twice makes each trigger once; off removes only planbook's", () => {
    const { m, host } = fresh();
    perform(OPERATIONS.setup, host, []);
    const on = perform(OPERATIONS.automationOn, host, []);
    expect(on.created).toEqual(['onPlanEdit', 'dailyRun', 'monthlyRun']);
    const again = perform(OPERATIONS.automationOn, host, []);
    expect(again.created).toEqual([]);
    expect(m.triggers).toHaveLength(3);
    m.triggers.push({ id: 'other', handler: 'someoneElses', kind: 'daily' });
    const off = perform(OPERATIONS.automationOff, host, []);
    expect(off.removed.sort()).toEqual(['dailyRun', 'monthlyRun', 'onPlanEdit']);
    expect(m.triggers.map((t) => t.handler)).toEqual(['someoneElses']);
  });
});

describe('reminders', () => {
  it('a digest goes out once: the second run the same day sends nothing, and the quota is asked once a run', () => {
    const { m, host } = fresh();
    perform(OPERATIONS.setup, host, []);
    perform(OPERATIONS.import, host, [SEED]);
    const who = m.book.sheet('responsibles');
    for (const row of who.rows.slice(1)) row[1] = `${String(row[0]).split(' ')[0]}@school.example`;
    m.calls.reset();
    const first = perform(OPERATIONS.sendReminders, host, []);
    expect(first.mails.length).toBeGreaterThan(0);
    expect(m.mails).toHaveLength(first.mails.length);
    expect(m.calls.of('mail.send')).toBe(first.mails.length);
    expect(m.calls.of('mail.remainingDailyQuota')).toBe(1);
    const again = perform(OPERATIONS.sendReminders, host, []);
    expect(again.mails).toHaveLength(0);
    expect(m.mails).toHaveLength(first.mails.length);
  });
});
