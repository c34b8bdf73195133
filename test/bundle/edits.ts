// Shared by the tests of what people do to the sheet (issue 12): a seeded plan, its events, its columns.
import { readFileSync } from 'node:fs';
import { fillDemoEmails } from '../../cli/demoData';
import { SEED_PLAN } from '../../cli/paths';
import { PLANBOOK } from '../../cli/product';
import { instantOf } from '../../localgas/clock';
import { Runtime } from '../../localgas/runtime';
import type { CalendarFake } from '../../localgas/services/calendar';
import type { SpreadsheetService } from '../../localgas/services/spreadsheet';
import { openRuntime } from '../helpers';

export const SEED = readFileSync(SEED_PLAN, 'utf8');

export function sheet(rt: Runtime): SpreadsheetService {
  return rt.service<SpreadsheetService>('spreadsheet');
}

export function setSetting(rt: Runtime, code: string, value: string): void {
  const rows = sheet(rt).read('Настройки');
  const codeCol = rows[0]!.indexOf('Код');
  const i = rows.findIndex((r) => r[codeCol] === code);
  if (i < 0) throw new Error(`no setting ${code}`);
  sheet(rt).personEdit('Настройки', i + 1, 2, [[value]]);
}

export function setDay(rt: Runtime, day: string, time = '08:00'): void {
  rt.clock.set(instantOf(`${day}T${time}`, 'Europe/Moscow'));
}

/**
 * A prepared workspace opened on that day at 09:00, as a run after a kill opens it: nothing saved on
 * its own, not held exclusively (the test closes it).
 */
export async function openOn(dir: string, day: string): Promise<Runtime> {
  const rt = await Runtime.open({
    product: PLANBOOK,
    workspace: dir,
    today: day,
    autosave: false,
    exclusive: false,
  });
  setDay(rt, day, '09:00');
  return rt;
}

/** The seed imported, e-mails filled in, the school year set; optionally synced once. */
export async function seededPlan(opts: { sync?: boolean; today?: string } = {}): Promise<Runtime> {
  const rt = await openRuntime({ today: opts.today ?? '2026-09-01', autosave: false });
  await rt.call('setupSheets');
  await rt.call('importPlan', SEED);
  await fillDemoEmails(rt);
  setSetting(rt, 'schoolYear', '2026-2027');
  if (opts.sync !== false) await rt.call('syncCalendar');
  return rt;
}

/** The live events, every field people see, with their ids (sorted). */
export function events(rt: Runtime): string[] {
  const out: string[] = [];
  for (const c of rt.service<CalendarFake>('calendar').state.calendars)
    for (const e of c.events) {
      if (e.status === 'cancelled') continue;
      out.push(JSON.stringify([e.id, e.summary, e.description, e.location, e.start, e.end]));
    }
  return out.sort();
}

/** The events without their ids: what a person reading the calendar sees. */
export function eventTexts(rt: Runtime): string[] {
  return events(rt).map((e) => JSON.stringify((JSON.parse(e) as unknown[]).slice(1)));
}

/** 1-based column of a heading on the Plan sheet. */
export function col(rt: Runtime, heading: string): number {
  const i = (sheet(rt).read('План')[0] as string[]).indexOf(heading);
  if (i < 0) throw new Error(`no column ${heading}`);
  return i + 1;
}

export function plan(rt: Runtime): unknown[][] {
  return sheet(rt).read('План');
}
