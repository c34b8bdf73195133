// Calendar sync through the built bundle in the emulator: every scheduled row is exactly one set of
// events, however often a run is killed, rate-limited or repeated.
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { planText, SEED_TEXT } from '../../bench/plans';
import { GAS_ERRORS } from '../../emulator/meter';
import type { Runtime } from '../../emulator/runtime';
import type { CalendarFake } from '../../emulator/services/calendar';
import type { SpreadsheetService } from '../../emulator/services/spreadsheet';
import { openRuntime, tempDir } from '../helpers';

interface Ev {
  id: string;
  title: string;
  start: string;
  end: string;
  allDay: boolean;
  rowKey: string | null;
}

const events = (rt: Runtime) => (rt.status()['events'] as Ev[]).map((e) => JSON.stringify(e)).sort();

async function seeded(rows?: number, opts: Parameters<typeof openRuntime>[0] = {}): Promise<Runtime> {
  const rt = await openRuntime(opts);
  await rt.call('setupSheets');
  await rt.call('importPlan', rows ? planText(rows) : SEED_TEXT());
  return rt;
}

/** The calendar of a clean, uninterrupted run from the same starting state. */
async function cleanCalendar(prepare: (rt: Runtime) => Promise<void>): Promise<string[]> {
  const rt = await openRuntime();
  await prepare(rt);
  return events(rt);
}

describe('calendar sync of the seed', () => {
  it('makes one event per occurrence, with the right days, and a second sync changes nothing', async () => {
    const rt = await seeded();
    const r = (await rt.call('syncCalendar')) as { created: number; stopped: unknown };
    expect(r.stopped).toBeNull();
    const evs = rt.status()['events'] as Ev[];
    expect(evs.length).toBe(r.created);
    const glinka = evs.find((e) => e.title.includes('Глинки'))!;
    expect(glinka).toMatchObject({ start: '2027-04-01', end: '2027-07-01', allDay: true });
    const sept = evs.filter((e) => e.start === '2026-09-01' && e.end === '2026-10-01');
    expect(sept.length).toBe(2);
    // «в течение года»: one event over the study period
    const year = evs.find((e) => e.title.includes('районных'))!;
    expect(year).toMatchObject({ start: '2026-09-01', end: '2027-06-01' });
    rt.meter.reset();
    const again = (await rt.call('syncCalendar')) as { created: number; updated: number; skipped: number };
    expect(again).toMatchObject({ created: 0, updated: 0 });
    expect(again.skipped).toBe(evs.length);
    expect(rt.meter.snapshot().byMethod['Calendar.Events.insert']).toBeUndefined();
    // the Sync column says so
    const plan = rt.service<SpreadsheetService>('spreadsheet').read('План');
    const syncCol = (plan[0] as string[]).indexOf('Синхронизация');
    expect(String(plan[1]![syncCol])).toMatch(/в календаре/);
  });
});
