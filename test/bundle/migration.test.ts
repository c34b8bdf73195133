// The one-time move of an old bound install's state (all of it in script properties, as planbook kept it
// before the plan's state moved to document properties), through the built bundle: after the update
// nothing is lost or doubled — the same calendar and events, no reminder sent again, the same report doc —
// even when the first run after the update is killed at any of its calls.
import { cpSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Runtime } from '../../localgas/runtime';
import type { CalendarFake } from '../../localgas/services/calendar';
import type { DocumentFake } from '../../localgas/services/document';
import type { PropertiesFake } from '../../localgas/services/properties';
import { openRuntime, tempDir } from '../helpers';
import { events, seededPlan } from './edits';

const props = (rt: Runtime) => rt.service<PropertiesFake>('properties').stores;
const mails = (rt: Runtime) => (rt.status()['mails'] as unknown[]).length;
const calendars = (rt: Runtime) => rt.service<CalendarFake>('calendar').state.calendars.length;
const docs = (rt: Runtime) => rt.service<DocumentFake>('document').live().length;

/** A plan that synced, sent today's reminders and built August's report — then its state as an old install keeps it. */
async function oldInstall(): Promise<{ dir: string; old: Record<string, string> }> {
  const rt = await seededPlan();
  await rt.call('sendReminders');
  await rt.call('buildReport', '2026-08');
  const stores = props(rt);
  // The new code marked its document as moved on its first run; an old install has no such mark.
  const { 'planbook:movedFromScript': _mark, ...old } = stores.document;
  stores.script = old;
  stores.document = {};
  const dir = rt.workspace.dir;
  await rt.close();
  return { dir, old };
}

interface Seen {
  events: string[];
  mails: number;
  calendars: number;
  docs: number;
}

function seen(rt: Runtime): Seen {
  return { events: events(rt), mails: mails(rt), calendars: calendars(rt), docs: docs(rt) };
}

/** What a school does on the day after the update: sync, reminders, the report again. */
async function dayAfterUpdate(rt: Runtime): Promise<void> {
  await rt.call('syncCalendar');
  await rt.call('sendReminders');
  await rt.call('buildReport', '2026-08');
}

describe('an old bound install after the update', () => {
  it('moves its script properties into document properties once: nothing lost, nothing doubled', async () => {
    const { dir, old } = await oldInstall();
    expect(Object.keys(old).length).toBeGreaterThan(5);
    const rt = await openRuntime({ workspace: dir });
    const before = seen(rt);
    expect(before.mails).toBeGreaterThan(0);
    // A reader first (the sidebar): it moves nothing and changes nothing.
    await rt.call('getSidebar');
    expect(props(rt).script).toEqual(old);
    await dayAfterUpdate(rt);
    expect(seen(rt)).toEqual(before);
    expect(props(rt).script).toEqual({});
    for (const [k, v] of Object.entries(old))
      if (!k.startsWith('run:')) expect(props(rt).document[k], k).toBe(v);
    // Once: a second day moves nothing again.
    const marked = props(rt).document['planbook:movedFromScript'];
    expect(marked).toMatch(new RegExp(` ${Object.keys(old).length}$`));
    await dayAfterUpdate(rt);
    expect(props(rt).document['planbook:movedFromScript']).toBe(marked);
    expect(seen(rt)).toEqual(before);
  }, 300_000);

  it('a kill at any call of the first run after the update loses and doubles nothing', async () => {
    const { dir: template, old } = await oldInstall();
    const probe = tempDir();
    cpSync(template, probe, { recursive: true });
    const clean = await openRuntime({ workspace: probe });
    const before = seen(clean);
    // Where the move is among the run's calls: the kills cover every call up to it and two after.
    const calls: string[] = [];
    clean.meter.onHit = (m) => calls.push(m);
    await clean.call('sendReminders');
    const moveEnds = calls.lastIndexOf('Properties.setProperties') + 1;
    expect(calls.slice(0, moveEnds)).toContain('ScriptApp.getInstallationSource');
    await clean.close();
    for (let k = 1; k <= moveEnds + 2; k++) {
      const dir = tempDir();
      cpSync(template, dir, { recursive: true });
      const rt = await openRuntime({ workspace: dir });
      rt.meter.reset();
      rt.meter.setFaults([{ at: k, kill: true }]);
      expect((await rt.run('sendReminders')).killed, `kill at call ${k}`).toBe(true);
      rt.meter.setFaults([]);
      // Whatever the kill left, every old value is in one of the two stores.
      const { script, document } = props(rt);
      for (const [key, v] of Object.entries(old))
        expect(script[key] ?? document[key], `${k}: ${key}`).toBe(v);
      await dayAfterUpdate(rt);
      expect(seen(rt), `kill at call ${k}`).toEqual(before);
      await rt.close();
    }
  }, 600_000);
});
