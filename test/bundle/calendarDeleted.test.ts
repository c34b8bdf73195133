// The Calendar as API users report it: an event a person deleted in the Calendar UI cannot be updated
// (403) nor inserted again under its id (409) — planbook makes it again under a fresh id and goes on; and
// Google may not detect a taken client id at insert — the listing by private property is the truth, so a
// second event for one row+occurrence is removed.
import { describe, expect, it } from 'vitest';
import { SEED_TEXT } from '../../bench/plans';
import type { Runtime } from '../../localgas/runtime';
import type { CalendarFake } from '../../localgas/services/calendar';
import { openRuntime } from '../helpers';

type Sync = {
  created: number;
  updated: number;
  restored: number;
  deleted: number;
  errors: number;
  message: string;
};
type Ev = { id: string; title: string; start: string };
const events = (rt: Runtime) => rt.status()['events'] as Ev[];
const sync = async (rt: Runtime) => (await rt.call('syncCalendar')) as Sync;

async function synced(): Promise<Runtime> {
  const rt = await openRuntime();
  await rt.call('setupSheets');
  await rt.call('importPlan', SEED_TEXT());
  expect((await sync(rt)).errors).toBe(0);
  return rt;
}

describe('calendar events people delete, ids Google does not check', () => {
  it('a deleted event that cannot be updated (403) is made again under a fresh id; the run goes on', async () => {
    const rt = await synced();
    const before = events(rt);
    const victim = before[0]!;
    expect(rt.service<CalendarFake>('calendar').personDeleteEvent(victim.id)).toBe(true);
    const r = await sync(rt);
    expect(r.errors).toBe(0);
    expect(r.restored).toBe(1);
    const after = events(rt);
    expect(after).toHaveLength(before.length);
    const again = after.find((e) => e.title === victim.title && e.start === victim.start)!;
    expect(again.id).not.toBe(victim.id);
    expect(again.id.startsWith(victim.id)).toBe(true);
    // The next sync knows the new event as the row's: nothing to do.
    expect(await sync(rt)).toMatchObject({ created: 0, updated: 0, restored: 0, deleted: 0, errors: 0 });
    expect(events(rt)).toHaveLength(before.length);
  });

  it('an insert Google let through with a taken id leaves a second event: the next sync removes it', async () => {
    const rt = await synced();
    const cal = rt.service<CalendarFake>('calendar');
    const before = events(rt);
    // What an undetected collision leaves: the same row+occurrence (private properties) under another id.
    expect(cal.collideEvent(before[0]!.id)).toMatch(/dup$/);
    expect(events(rt)).toHaveLength(before.length + 1);
    const r = await sync(rt);
    expect(r.deleted).toBe(1);
    expect(
      events(rt)
        .map((e) => e.id)
        .sort(),
    ).toEqual(before.map((e) => e.id).sort());
    expect(await sync(rt)).toMatchObject({ created: 0, updated: 0, deleted: 0, errors: 0 });
  });
});
