// The guard before mass deletions through the bundle (issue 12): more than 5 rows AND more than 20 % of
// the rows with events losing their events in one run wait for the owner; the owner's confirmation holds
// 6 hours, for the continuations of the confirmed deletion, and is used up when it is done.
import { describe, expect, it } from 'vitest';
import { GAS_ERRORS } from '../../localgas/meter';
import type { Runtime } from '../../localgas/runtime';
import { openRuntime } from '../helpers';
import { events, plan, setSetting, sheet } from './edits';

type SyncOut = { created: number; deleted: number; held?: number; stopped: string | null; message: string };

/** A plan of 40 dated rows, synced: 40 events. */
async function fortyRows(): Promise<Runtime> {
  const rt = await openRuntime({ today: '2026-09-01', autosave: false });
  await rt.call('setupSheets');
  const lines = Array.from(
    { length: 40 },
    (_, i) =>
      `${i + 1}. Классный час «Тема ${i + 1}» – ${String((i % 28) + 1).padStart(2, '0')}.${i < 28 ? '10' : '11'}.2026 – классные руководители`,
  );
  await rt.call('importPlan', lines.join('\n'));
  setSetting(rt, 'schoolYear', '2026-2027');
  const r = (await rt.call('syncCalendar')) as SyncOut;
  expect(r.created).toBe(40);
  return rt;
}

/** A person deletes n plan rows (from row 2). */
function deleteRows(rt: Runtime, n: number): void {
  sheet(rt).personDeleteRows('План', 2, n);
}

describe('the 20 % branch', () => {
  it('5 rows go; 7 of 35 (20 %) go; 6 of 28 (21 %) wait', async () => {
    const rt = await fortyRows();
    deleteRows(rt, 5);
    expect(((await rt.call('syncCalendar')) as SyncOut).deleted).toBe(5); // not more than 5 rows
    expect(events(rt)).toHaveLength(35);
    deleteRows(rt, 7); // 7 of 35 = 20 %: not more than the share
    const seven = (await rt.call('syncCalendar')) as SyncOut;
    expect(seven.deleted).toBe(7);
    expect(seven.held ?? 0).toBe(0);
    deleteRows(rt, 6); // 6 of 28 = 21 %: more than 5 rows and more than 20 %
    const six = (await rt.call('syncCalendar')) as SyncOut;
    expect(six.deleted).toBe(0);
    expect(six.held).toBe(6);
    expect(six.message).toContain('Подтвердить удаление событий');
    expect(events(rt)).toHaveLength(28);
    expect(plan(rt).length - 1).toBe(22);
  });
});

/** The whole plan cleared, held, then confirmed in a run that stops half-way (Google's rate limit). */
async function confirmedHalfway(rt: Runtime): Promise<number> {
  deleteRows(rt, 40);
  const held = (await rt.call('syncCalendar')) as SyncOut;
  expect(held.held).toBe(40);
  // the 11th deletion and its retries (app/backoff.ts) meet the limit: the run stops, a continuation waits
  rt.meter.setFaults(
    [11, 12, 13, 14, 15].map((nth) => ({
      method: 'Calendar.Events.remove',
      nth,
      error: GAS_ERRORS.calendarRate,
    })),
  );
  const c = (await rt.call('confirmMassSync')) as SyncOut;
  rt.meter.setFaults([]);
  expect(c.stopped).toBe('rate');
  expect(c.deleted).toBe(10);
  expect(events(rt)).toHaveLength(30);
  return 30;
}

describe('the owner’s confirmation', () => {
  it('holds for the continuation of the confirmed deletion, then is used up', async () => {
    const rt = await fortyRows();
    await confirmedHalfway(rt);
    // the continuation a minute later deletes the rest without asking again
    const ran = await rt.fireTimeTriggers(rt.clock.now() + 10 * 60 * 1000);
    expect(ran.map((r) => r.handler)).toContain('continueRun');
    expect(events(rt)).toEqual([]);
    // a new plan, and a new mass deletion within the same 6 hours: asked again
    const lines = Array.from(
      { length: 10 },
      (_, i) => `${i + 1}. Экскурсия ${i + 1} – ${10 + i}.12.2026 – классные руководители`,
    );
    await rt.call('importPlan', lines.join('\n'));
    expect(((await rt.call('syncCalendar')) as SyncOut).created).toBe(10);
    deleteRows(rt, 10);
    const again = (await rt.call('syncCalendar')) as SyncOut;
    expect(again.deleted).toBe(0);
    expect(again.held).toBe(10);
  });

  it('older than 6 hours it no longer holds: what is left waits for a new confirmation', async () => {
    const rt = await fortyRows();
    const left = await confirmedHalfway(rt);
    // the rest is synced more than 6 hours after the confirmation (the next morning's run): held again
    rt.clock.advance(6 * 60 * 60 * 1000 + 60_000);
    const later = (await rt.call('syncCalendar')) as SyncOut;
    expect(later.deleted).toBe(0);
    expect(later.held).toBe(left);
    expect(later.message).toContain('Подтвердить удаление событий');
    expect(events(rt)).toHaveLength(left);
    const c = (await rt.call('confirmMassSync')) as SyncOut;
    expect(c.deleted).toBe(left);
    expect(events(rt)).toEqual([]);
  });
});
