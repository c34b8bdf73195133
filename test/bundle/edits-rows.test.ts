// Row identity through what people do to the rows (issue 12): sorting only the columns they see, losing
// the hidden key column, typing into the key cell or into Sync and Problems. Events keep their ids, no
// reminder goes out twice, and nothing a person typed is erased.
import { describe, expect, it } from 'vitest';
import type { Runtime } from '../../localgas/runtime';
import type { MailFake } from '../../localgas/services/mail';
import { col, events, plan, seededPlan, setDay, sheet } from './edits';

type SyncOut = { created: number; deleted: number; updated: number; restored: number };

const mails = (rt: Runtime) => rt.service<MailFake>('mail').state.mails;

/** The events without the row link of their description (it names the row, which a sort changes). */
const stable = (rt: Runtime) => events(rt).map((e) => e.replace(/\\n[^"]*#gid=[^"]*/g, ''));

/**
 * 1 September: reminders; then `edit`; then, each morning until the 8th, the daily run's order: sync,
 * then reminders. Returns the mails sent after the edit and the sync results.
 */
async function week(edit: (rt: Runtime) => Promise<void>) {
  const rt = await seededPlan();
  setDay(rt, '2026-09-01');
  await rt.call('sendReminders');
  const sentBefore = mails(rt).length;
  expect(sentBefore).toBeGreaterThan(0);
  const before = stable(rt);
  await edit(rt);
  const syncs: SyncOut[] = [];
  for (let d = 2; d <= 8; d++) {
    setDay(rt, `2026-09-0${d}`);
    syncs.push((await rt.call('syncCalendar')) as SyncOut);
    await rt.call('sendReminders');
  }
  const after = mails(rt)
    .slice(sentBefore)
    .map((m) => `${m.sentAt.slice(0, 10)} ${m.to} ${m.subject}`);
  return { rt, before, syncs, after };
}

const nothing = async () => {};

describe('row identity', () => {
  it('sorting only the visible columns A:I moves no event and sends no reminder again', async () => {
    const clean = await week(nothing);
    const sorted = await week(async (rt) => {
      const n = plan(rt).length - 1;
      sheet(rt).personSortRange(
        'План',
        { row: 2, col: 1, numRows: n, numCols: 9 },
        col(rt, 'Мероприятие'),
        false,
      );
    });
    expect(sorted.syncs[0]).toMatchObject({ created: 0, deleted: 0, restored: 0 });
    expect(stable(sorted.rt)).toEqual(sorted.before);
    expect(sorted.after).toEqual(clean.after);
  });

  it('an edit after a sort of A:I (no full sync between) changes only the edited row’s event', async () => {
    const rt = await seededPlan();
    await rt.call('turnAutomationOn');
    const before = stable(rt);
    const n = plan(rt).length - 1;
    sheet(rt).personSortRange('План', { row: 2, col: 1, numRows: n, numCols: 9 }, col(rt, 'Мероприятие'));
    const title = String(plan(rt)[3]![col(rt, 'Мероприятие') - 1]);
    const ev = sheet(rt).personEdit('План', 4, col(rt, 'Место'), [['актовый зал']]);
    const outs = await rt.fireEdit(ev as unknown as Record<string, unknown>);
    expect(outs[0]!.error).toBeUndefined();
    const after = stable(rt);
    const changed = after.filter((e) => !before.includes(e));
    expect(changed.length).toBeGreaterThan(0);
    for (const e of changed) {
      expect(e).toContain(title.slice(0, 20));
      expect(e).toContain('актовый зал');
    }
    expect(after.length).toBe(before.length);
    // every event keeps its id and title: the edit moved no other row's event
    const idTitle = (list: string[]) =>
      list.map((e) => (JSON.parse(e) as string[]).slice(0, 2).join(' ')).sort();
    expect(idTitle(after)).toEqual(idTitle(before));
  });

  it('a deleted Ключ column, after the suggested setup, keeps every event and sends nothing again', async () => {
    const clean = await week(nothing);
    const lost = await week(async (rt) => {
      sheet(rt).personDeleteColumns('План', col(rt, 'Ключ'));
      const out = await rt.run('syncCalendar');
      expect(out.error?.message).toMatch(/«Ключ»/);
      await rt.call('setupSheets');
    });
    expect(lost.syncs[0]).toMatchObject({ created: 0, deleted: 0, restored: 0 });
    expect(stable(lost.rt)).toEqual(lost.before);
    expect(lost.after).toEqual(clean.after);
  });

  it('text typed over a key keeps the event and the text', async () => {
    const rt = await seededPlan();
    const before = stable(rt);
    const keyCol = col(rt, 'Ключ');
    sheet(rt).personEdit('План', 3, keyCol, [['не трогать!']]);
    const r = (await rt.call('syncCalendar')) as SyncOut;
    expect(r).toMatchObject({ created: 0, deleted: 0, restored: 0 });
    expect(stable(rt)).toEqual(before);
    expect(sheet(rt).readNotes('План')[2]!.join('\n')).toContain('не трогать!');
  });

  it('text typed into Синхронизация and Проблемы is kept in the cell’s note', async () => {
    const rt = await seededPlan();
    const syncCol = col(rt, 'Синхронизация');
    const probCol = col(rt, 'Проблемы');
    sheet(rt).personEdit('План', 2, syncCol, [['позвонить в библиотеку']]);
    sheet(rt).personEdit('План', 4, probCol, [['уточнить дату у завуча']]);
    await rt.call('syncCalendar');
    await rt.call('checkPlan');
    const notes = sheet(rt).readNotes('План');
    expect(notes[1]![syncCol - 1]).toContain('позвонить в библиотеку');
    expect(notes[3]![probCol - 1]).toContain('уточнить дату у завуча');
    // planbook's own text is back in the cell, and a second run adds nothing more
    expect(String(plan(rt)[1]![syncCol - 1])).toMatch(/календар/);
    await rt.call('syncCalendar');
    expect(sheet(rt).readNotes('План')).toEqual(notes);
  });

  it('a whole-row sort and a copied row keep identities too', async () => {
    const rt = await seededPlan();
    const before = stable(rt);
    sheet(rt).personSort('План', col(rt, 'Сроки'));
    sheet(rt).personCopyRow('План', 3, 4);
    const r = (await rt.call('syncCalendar')) as SyncOut;
    expect(r.deleted).toBe(0);
    const after = stable(rt);
    for (const e of before) expect(after).toContain(e);
  });
});
