// Headings people rename, columns they move, insert and delete (issue 12): the sheet is read the same
// way after each, and a column that cannot be found stops the run with a Russian message, changing nothing.
import { describe, expect, it } from 'vitest';
import { col, events, eventTexts, plan, seededPlan, sheet } from './edits';

describe('columns found by heading survive what people do to the headings', () => {
  it('renaming «Сроки» to a known spelling or to any other text changes no event', async () => {
    const rt = await seededPlan();
    const before = events(rt);
    expect(before.length).toBe(14);
    sheet(rt).personEdit('План', 1, col(rt, 'Сроки'), [['Срок проведения']]);
    await rt.call('syncCalendar');
    expect(events(rt)).toEqual(before);
    sheet(rt).personEdit('План', 1, col(rt, 'Срок проведения'), [['Когда пройдёт (месяц)']]);
    await rt.call('syncCalendar');
    expect(events(rt)).toEqual(before);
  });

  it('renaming «Мероприятие» keeps every title', async () => {
    const rt = await seededPlan();
    const before = events(rt);
    sheet(rt).personEdit('План', 1, col(rt, 'Мероприятие'), [['Что проводим']]);
    await rt.call('syncCalendar');
    expect(events(rt)).toEqual(before);
    expect(eventTexts(rt).some((e) => e.includes('(без названия)'))).toBe(false);
  });

  it('moving, inserting and renaming columns together changes no event', async () => {
    const rt = await seededPlan();
    const before = events(rt);
    const s = sheet(rt);
    s.personMoveColumns('План', col(rt, 'Сроки'), 1, 1);
    s.personInsertColumns('План', 3, 2);
    s.personEdit('План', 1, 3, [['Моя заметка']]);
    s.personEdit('План', 1, col(rt, 'Ответственные'), [['Кто отвечает']]);
    s.personMoveColumns('План', col(rt, 'Мероприятие'), 1, 12);
    await rt.call('syncCalendar');
    expect(events(rt)).toEqual(before);
  });

  it('a deleted column stops the sync with a Russian message and changes nothing', async () => {
    const rt = await seededPlan();
    const before = events(rt);
    sheet(rt).personDeleteColumns('План', col(rt, 'Сроки'));
    const sheetBefore = JSON.stringify(plan(rt));
    const out = await rt.run('syncCalendar');
    expect(out.error?.message).toMatch(/не найден столбец «Сроки»/);
    expect(out.error?.message).toMatch(/Настроить таблицу/);
    expect(events(rt)).toEqual(before);
    expect(JSON.stringify(plan(rt))).toBe(sheetBefore);
    // the reminders stop as well, sending nothing
    const r = await rt.run('sendReminders');
    expect(r.error?.message).toMatch(/«Сроки»/);
  });

  it('setup brings a deleted column back, and the sync then reads it again', async () => {
    const rt = await seededPlan();
    sheet(rt).personDeleteColumns('План', col(rt, 'Место'));
    await rt.call('setupSheets');
    expect(col(rt, 'Место')).toBeGreaterThan(0);
    const r = (await rt.call('syncCalendar')) as { created: number; deleted: number };
    expect(r).toMatchObject({ created: 0, deleted: 0 });
  });
});
