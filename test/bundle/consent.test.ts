// Granular consent and continuation triggers, through the built bundle: automation on asks for every scope
// and says in Russian which one is missing; a trigger run lacking a scope tells the owner once (Журнал +
// one mail); a one-off continuation trigger never jams.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_TEXT } from '../../bench/plans';
import { GAS_ERRORS } from '../../localgas/meter';
import type { Runtime } from '../../localgas/runtime';
import { SCOPE } from '../../localgas/scopes';
import { FileLock } from '../../localgas/services/lock';
import type { SpreadsheetService } from '../../localgas/services/spreadsheet';
import { openRuntime, tempDir } from '../helpers';
import { expectNoInternalNames, mailText } from '../runNames';

type Trig = { handler: string; schedule?: { at?: number } };
const triggers = (rt: Runtime) => rt.status()['triggers'] as Trig[];
const mails = (rt: Runtime) => rt.status()['mails'] as { to: string; subject: string; file: string }[];
const journal = (rt: Runtime) => rt.service<SpreadsheetService>('spreadsheet').read('Журнал').slice(1);

async function seededDir(): Promise<string> {
  const dir = tempDir();
  const rt = await openRuntime({ workspace: dir });
  await rt.call('setupSheets');
  await rt.call('importPlan', SEED_TEXT());
  await rt.close();
  return dir;
}

describe('granular consent', () => {
  it('automation on with a scope unticked installs nothing and names the scope in Russian', async () => {
    const rt = await openRuntime({ workspace: await seededDir(), denyScopes: [SCOPE.sendMail] });
    const r = (await rt.call('turnAutomationOn')) as {
      created: string[];
      ungranted: string[];
      message: string;
    };
    expect(r.created).toEqual([]);
    expect(r.ungranted).toEqual([SCOPE.sendMail]);
    expect(r.message).toContain('отправлять письма от вашего имени (script.send_mail)');
    expect(triggers(rt)).toEqual([]);
    expectNoInternalNames([r.message], 'the alert of automation on');
  });

  it('a trigger run lacking a scope stops and tells the owner once: one Журнал line, one mail', async () => {
    const dir = await seededDir();
    const on = await openRuntime({ workspace: dir });
    const turnedOn = (await on.call('turnAutomationOn')) as { created: string[]; message: string };
    expect(turnedOn.created).toContain('dailyRun');
    // The alert names the triggers as people call them.
    expect(turnedOn.message).toMatch(
      /Новых триггеров: 3 \(правка плана, ежедневный запуск, ежемесячный запуск\)/,
    );
    expectNoInternalNames([turnedOn.message], 'the alert of automation on');
    await on.close();
    // The person later unticks the calendar on a new consent screen (or an admin removes it).
    const rt = await openRuntime({ workspace: dir, denyScopes: [SCOPE.calendarEvents] });
    const before = journal(rt).length;
    const ran = await rt.fireTimeTriggers(rt.clock.now() + 3 * 24 * 3600_000);
    expect(ran.filter((r) => r.handler === 'dailyRun').length).toBe(3);
    for (const r of ran) expect(r.outcome.error).toBeUndefined();
    const told = journal(rt)
      .slice(before)
      .filter((l) => String(l[2]).includes('calendar.events'));
    expect(told.length).toBe(1);
    // The run as people call it, in the Журнал's Действие and in the line.
    expect(told[0]![1]).toBe('Ежедневный запуск');
    expect(String(told[0]![2])).toMatch(/^Не выполнено: ежедневный запуск\. Google не разрешил planbook /);
    const notice = mails(rt).filter((m) => m.subject.includes('нет разрешения Google'));
    expect(notice.length).toBe(1);
    expect(notice[0]!.to).toBe('owner@example.org');
    const mail = await mailText(rt, notice[0]!.file);
    expect(mail).toContain('Не выполнено: ежедневный запуск.');
    expectNoInternalNames(
      journal(rt).map((l) => l.slice(1).join(' | ')),
      'the Журнал',
    );
    expectNoInternalNames([mail], "the owner's mail");
  }, 120_000);

  it("a run killed at the owner's mail: the reason stays in the Журнал, the mail is never sent twice", async () => {
    const dir = await seededDir();
    const on = await openRuntime({ workspace: dir });
    await on.call('turnAutomationOn');
    await on.close();
    const rt = await openRuntime({ workspace: dir, denyScopes: [SCOPE.calendarEvents] });
    rt.meter.setFaults([{ method: 'MailApp.sendEmail', kill: true }]);
    const first = await rt.fireTimeTriggers(rt.clock.now() + 24 * 3600_000);
    expect(first.some((r) => r.handler === 'dailyRun' && r.outcome.killed)).toBe(true);
    rt.meter.setFaults([]);
    const notices = () => mails(rt).filter((m) => m.subject.includes('нет разрешения Google'));
    expect(notices().length).toBe(0);
    // The reason is in the Журнал although the run died at the send.
    const told = () => journal(rt).filter((l) => String(l[2]).includes('calendar.events'));
    expect(told().length).toBe(1);
    await rt.fireTimeTriggers(rt.clock.now() + 3 * 24 * 3600_000);
    // The next day's quota cannot prove whether the mail went (app/mailWitness.ts): never twice, and
    // the Журнал names the mail that may not have gone, so the owner knows to look.
    expect(notices().length).toBe(0);
    expect(told().length).toBe(1);
    const unsure = journal(rt).filter((l) =>
      /прервался во время отправки письма для owner@example\.org/.test(String(l[2])),
    );
    expect(unsure.length).toBe(1);
  }, 120_000);

  it('an edit whose calendar scope was unticked is told once, not an error on every edit', async () => {
    const dir = await seededDir();
    const on = await openRuntime({ workspace: dir });
    await on.call('syncCalendar');
    await on.call('turnAutomationOn');
    await on.close();
    const rt = await openRuntime({
      workspace: dir,
      denyScopes: [SCOPE.calendarEvents, SCOPE.calendarAppCreated],
    });
    const sheet = rt.service<SpreadsheetService>('spreadsheet');
    const before = journal(rt).length;
    for (const title of ['Первая правка', 'Вторая правка']) {
      const ev = sheet.personEdit('План', 2, 2, [[title]]);
      for (const o of await rt.fireEdit(ev as unknown as Record<string, unknown>))
        expect(o.error).toBeUndefined();
    }
    const told = journal(rt)
      .slice(before)
      .filter((l) => /^Не выполнено: правка плана\. /.test(String(l[2])));
    expect(told.length).toBe(1);
    expect(told[0]![1]).toBe('Правка плана');
    expect(String(told[0]![2])).toContain('менять мероприятия в календаре (calendar.events)');
    const notice = mails(rt).filter((m) => m.subject.includes('нет разрешения Google'));
    expect(notice.length).toBe(1);
    expectNoInternalNames(
      journal(rt).map((l) => l.slice(1).join(' | ')),
      'the Журнал',
    );
    expectNoInternalNames([await mailText(rt, notice[0]!.file)], "the owner's mail");
  }, 120_000);
});

describe('continuation triggers cannot jam', () => {
  it('a continuation that finds the lock taken deletes itself first and leaves exactly one fresh trigger', async () => {
    const dir = await seededDir();
    const rt = await openRuntime({ workspace: dir });
    // Every insert rate-limited: the backoff gives up and the run hands over to a continuation.
    rt.meter.setFaults([{ method: 'Calendar.Events.insert', error: GAS_ERRORS.calendarRate }]);
    expect(((await rt.call('syncCalendar')) as { stopped: string }).stopped).toBe('rate');
    rt.meter.setFaults([]);
    const cont = () => triggers(rt).filter((t) => t.handler === 'continueRun');
    expect(cont().length).toBe(1);
    // Another execution holds the plan's lock when the continuation fires.
    const other = new FileLock(join(rt.workspace.stateDir, 'document.lock'));
    const held = other.attempt();
    expect(held).toBe(true);
    // Up to a minute past the continuation's time: it fires once (the retry it asks for comes later).
    const due = cont()[0]!.schedule!.at!;
    const ran = await rt.fireTimeTriggers(due + 60_000);
    other.release();
    const fired = ran.filter((r) => r.handler === 'continueRun');
    expect(fired.length).toBe(1);
    expect(fired[0]!.outcome.error).toBeUndefined();
    // The fired trigger is gone; a fresh one waits (not the fired one, which would never fire again).
    expect(cont().length).toBe(1);
    const later = await rt.fireTimeTriggers(rt.clock.now() + 20 * 60_000);
    expect(later.filter((r) => r.handler === 'continueRun').length).toBe(1);
    expect(cont().length).toBe(0);
  }, 120_000);
});
