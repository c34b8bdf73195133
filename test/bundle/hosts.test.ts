// Add-on hosts through the built bundle: two schools' spreadsheets (workspaces) using one add-on
// deployment (--install) share the script's properties, lock and trigger list, as on Google; each must
// keep its own calendar, sent-mail records and reports. A Workspace add-on's card callback ends at 30 s.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callScript } from '../../cli/api';
import { pressButton } from '../../cli/commands/card';
import { instantOf } from '../../localgas/clock';
import { DIST_DIR } from '../../localgas/paths';
import type { OpenOptions, Runtime } from '../../localgas/runtime';
import type { HostKind } from '../../localgas/service';
import type { CalendarFake } from '../../localgas/services/calendar';
import type { DocumentFake } from '../../localgas/services/document';
import type { MailFake } from '../../localgas/services/mail';
import type { SpreadsheetService } from '../../localgas/services/spreadsheet';
import { openRuntime, tempDir } from '../helpers';

const SEED = readFileSync(join(DIST_DIR, '..', 'seeds', 'plan-school-library.txt'), 'utf8');
const ADDON_DIR = join(DIST_DIR, '..', 'dist-addon');

const sheet = (rt: Runtime) => rt.service<SpreadsheetService>('spreadsheet');

function setSetting(rt: Runtime, code: string, value: string): void {
  const rows = sheet(rt).read('Настройки');
  const i = rows.findIndex((r) => r[rows[0]!.indexOf('Код')] === code);
  sheet(rt).personEdit('Настройки', i + 1, 2, [[value]]);
}

/** One school's plan: the seed, every responsible with an address of this school. */
async function school(rt: Runtime, name: string): Promise<void> {
  await rt.call('setupSheets');
  await rt.call('importPlan', SEED);
  const rows = sheet(rt).read('Ответственные');
  rows.forEach((_r, i) => {
    if (i > 0) sheet(rt).personEdit('Ответственные', i + 1, 2, [[`p${i}@${name}.example.org`]]);
  });
  setSetting(rt, 'schoolYear', '2026-2027');
  await rt.save();
}

const HOSTS: { host: HostKind; distDir: string }[] = [
  { host: 'editor-addon', distDir: DIST_DIR },
  { host: 'workspace-addon', distDir: ADDON_DIR },
];

describe.each(HOSTS)('two schools on one $host install', ({ host, distDir }) => {
  it('keep their calendars, sent-mail records and reports apart', async () => {
    const install = tempDir('planbook-install-');
    const dirs = [tempDir(), tempDir()];
    const open = (i: number, today = '2026-09-01T08:00') =>
      openRuntime({ workspace: dirs[i]!, install, host, distDir, today } satisfies Partial<OpenOptions>);
    const byCard = host === 'workspace-addon';
    const act = async (rt: Runtime, menu: string, card: string) =>
      byCard
        ? (await pressButton(rt, card)).notification
        : String(((await rt.call(menu)) as { message?: string }).message ?? '');

    for (const [i, name] of ['school-a', 'school-b'].entries()) {
      const rt = await open(i);
      await school(rt, name);
      expect(await act(rt, 'syncCalendar', 'cardSyncCalendar')).toMatch(/^Календарь обновлён/);
      await act(rt, 'sendReminders', 'cardSendReminders');
      await rt.close();
    }
    // Each school: its own calendar with its own events, its own reminders (none skipped as "sent").
    const state = [] as { calendars: string[]; events: number; mails: string[] }[];
    for (const i of [0, 1]) {
      const rt = await open(i);
      const cal = rt.service<CalendarFake>('calendar');
      const evs = rt.status()['events'] as { calendarId: string }[];
      state.push({
        calendars: [...new Set(evs.map((e) => e.calendarId))],
        events: evs.length,
        mails: rt.service<MailFake>('mail').state.mails.map((m) => m.to),
      });
      expect(cal).toBeDefined();
      await rt.close();
    }
    expect(state[0]!.calendars).toHaveLength(1);
    expect(state[1]!.calendars).toHaveLength(1);
    expect(state[0]!.events).toBe(state[1]!.events);
    expect(state[0]!.mails.length).toBeGreaterThan(0);
    expect(state[1]!.mails.length).toBe(state[0]!.mails.length);
    expect(state[1]!.mails.every((to) => to.includes('school-b'))).toBe(true);

    // A second sync of A after B changed nothing in A; the August report of each school is its own doc.
    for (const i of [0, 1, 0]) {
      const rt = await open(i, '2026-09-02T08:00');
      expect(await act(rt, 'syncCalendar', 'cardSyncCalendar')).toMatch(/создано 0/);
      if (byCard) await pressButton(rt, 'cardBuildReport');
      else await rt.call('buildReport', '2026-08');
      await rt.close();
    }
    for (const i of [0, 1]) {
      const rt = await open(i, '2026-09-02T08:00');
      const reports = (rt.status()['reports'] as { name: string }[]).filter((r) =>
        r.name.startsWith('2026-08'),
      );
      expect(reports, `school ${i}`).toHaveLength(1);
      expect((rt.status()['events'] as unknown[]).length).toBe(state[i]!.events);
      expect(rt.service<DocumentFake>('document').live()).toHaveLength(1);
      await rt.close();
    }
  }, 300_000);
});

describe('add-on triggers: one of each type per user per document', () => {
  it('two schools on one editor-add-on install get their own triggers; the daily one does the monthly report', async () => {
    const install = tempDir('planbook-install-');
    const dirs = [tempDir(), tempDir()];
    const open = (i: number) =>
      openRuntime({ workspace: dirs[i]!, install, host: 'editor-addon', today: '2026-09-29T08:00' });
    for (const i of [0, 1]) {
      const rt = await open(i);
      await school(rt, `school-${i}`);
      // Google refuses the second time-driven trigger in a document: the monthly jobs ride on the daily one.
      const on = await callScript(rt, 'turnAutomationOn');
      expect(on.created).toEqual(['onPlanEdit', 'dailyRun']);
      expect(on.on).toBe(true);
      // A second «on» in the same document makes nothing (and Google would refuse a second daily one).
      expect((await callScript(rt, 'turnAutomationOn')).created).toEqual([]);
      await rt.close();
    }
    const rt = await open(0);
    expect((rt.status()['triggers'] as unknown[]).length).toBe(4);
    const ran = await rt.fireTimeTriggers(instantOf('2026-10-01T23:00', 'Europe/Moscow'));
    expect(ran.map((r) => r.handler)).toEqual(['dailyRun', 'dailyRun']); // 30 September, 1 October
    for (const r of ran) expect(r.outcome.error).toBeUndefined();
    const reports = rt.status()['reports'] as { name: string }[];
    expect(reports.map((r) => r.name.slice(0, 7))).toEqual(['2026-09']);
    // «Automation off» in one school leaves the other's triggers alone.
    expect((await callScript(rt, 'turnAutomationOff')).removed.sort()).toEqual(['dailyRun', 'onPlanEdit']);
    expect((rt.status()['triggers'] as unknown[]).length).toBe(2);
    await rt.close();
    const other = await open(1);
    expect(other.status()['reports']).toEqual([]);
    expect((await callScript(other, 'getSidebar')).automation.on).toBe(true);
    await other.close();
  }, 300_000);
});

describe('Workspace add-on limits', () => {
  it('a card callback is ended at 30 s of emulated time; the card sync stops in time and says to press again', async () => {
    const rt = await openRuntime({ host: 'workspace-addon', distDir: ADDON_DIR });
    await school(rt, 'slow');
    const event = {
      commonEventObject: { hostApp: 'SHEETS', parameters: {}, formInputs: {} },
      sheets: { id: sheet(rt).book.id, title: 'План', addonHasFileScopePermission: true },
    };
    // The emulator ends any card execution past 30 s (a status card that reads for ever is killed).
    rt.setLatency(2_000);
    expect((await rt.run('addonHome', event)).killed).toBe(true);
    // Each event written takes 3 s (a slow day at Google); card building is local and takes no time.
    rt.setLatency(0);
    rt.meter.onHit = (m) => {
      if (m.startsWith('Calendar.Events.insert')) rt.clock.advance(3_000);
    };
    // The sync button answers within the 30 s: it stops at 20 s and leaves no trigger behind.
    const first = await pressButton(rt, 'cardSyncCalendar');
    expect(first.notification).toMatch(/Нажмите «Обновить календарь сейчас» ещё раз/);
    expect((rt.status()['triggers'] as unknown[]).length).toBe(0);
    let rounds = 1;
    for (let n = first.notification; /ещё раз/.test(n) && rounds < 20; rounds++)
      n = (await pressButton(rt, 'cardSyncCalendar')).notification;
    expect(rounds).toBeGreaterThan(1);
    expect((await pressButton(rt, 'cardSyncCalendar')).notification).toMatch(
      /^Календарь обновлён: создано 0/,
    );
  }, 300_000);

  it("the card's reminders stop between two mails at 20 s and ask to press again; each mail goes once", async () => {
    const rt = await openRuntime({ host: 'workspace-addon', distDir: ADDON_DIR, today: '2026-09-01T08:00' });
    await school(rt, 'slow');
    await pressButton(rt, 'cardSyncCalendar');
    // What today's reminders are (nothing sent): the mails the presses must send, each once.
    const due = (await rt.call('previewReminders')) as { mails: { to: string }[] };
    // Each mail takes 9 s to send (a slow day at Google): all of them would pass the card's 30 s.
    rt.meter.onHit = (m) => {
      if (m.startsWith('MailApp.sendEmail')) rt.clock.advance(9_000);
    };
    expect(due.mails.length * 9_000).toBeGreaterThan(30_000);
    const press = async () => (await pressButton(rt, 'cardSendReminders')).notification;
    const notes = [await press()];
    while (/ещё раз/.test(notes.at(-1)!) && notes.length < 10) notes.push(await press());
    expect(notes.length).toBeGreaterThan(1);
    expect(notes[0]).toMatch(
      /Время нажатия вышло: ещё \d+ пис\S+ жд\S+\. Нажмите «Отправить напоминания сейчас» ещё раз/,
    );
    expect(notes.at(-1)).not.toMatch(/ещё раз/);
    const sent = rt
      .service<MailFake>('mail')
      .state.mails.map((m) => m.to)
      .sort();
    expect(sent).toEqual(due.mails.map((m) => m.to).sort());
    expect((rt.status()['triggers'] as unknown[]).length).toBe(0);
  }, 300_000);

  it("the card's report past 20 s keeps its doc whole and leaves the mail for the next press; one mail", async () => {
    const rt = await openRuntime({ host: 'workspace-addon', distDir: ADDON_DIR, today: '2026-10-01T08:00' });
    await school(rt, 'slow');
    setSetting(rt, 'reportRecipients', 'director@school-slow.example.org');
    // A slow day at Google: writing the doc takes over 20 s, its PDF 8 s more — past the card's 30 s.
    let writes = 0;
    rt.meter.onHit = (m) => {
      if (/^(Body|Paragraph|Table|TableRow)\./.test(m)) {
        writes++;
        rt.clock.advance(500);
      }
      if (m === 'Document.getAs') rt.clock.advance(8_000);
    };
    const first = (await pressButton(rt, 'cardBuildReport')).notification;
    expect(first).toMatch(
      /^Отчёт за сентябрь 2026 г\. готов: https:\/\/docs\.google\.com\/document\/d\/(\S+)\/edit/,
    );
    expect(first).toMatch(
      /Письмо с отчётом ещё не отправлено: время нажатия вышло\. Нажмите «Отчёт за прошлый месяц» ещё раз/,
    );
    const mails = () => rt.service<MailFake>('mail').state.mails.filter((m) => m.to.startsWith('director@'));
    expect(mails()).toHaveLength(0);
    expect(writes).toBeGreaterThan(40);
    // Still slow: the next press finds the doc it would write already written whole, and only mails it.
    writes = 0;
    const second = (await pressButton(rt, 'cardBuildReport')).notification;
    expect(second).toMatch(/Ссылка отправлена: director@school-slow\.example\.org\./);
    expect(writes).toBe(0);
    rt.meter.onHit = (m) => {
      if (/^(Body|Paragraph|Table|TableRow)\./.test(m)) writes++;
    };
    // The same doc, rewritten in place; the mail once, never again.
    expect(second.match(/\/d\/(\S+)\/edit/)![1]).toBe(first.match(/\/d\/(\S+)\/edit/)![1]);
    expect(rt.service<DocumentFake>('document').live()).toHaveLength(1);
    // A press after the mail rewrites the doc as every build does, and mails nothing again.
    expect((await pressButton(rt, 'cardBuildReport')).notification).not.toMatch(/Ссылка отправлена|ещё раз/);
    expect(writes).toBeGreaterThan(40);
    expect(mails()).toHaveLength(1);
  }, 300_000);
});
