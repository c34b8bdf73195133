// The readers of an old bound install after the update, before any writer run (issue 11's follow-up):
// the status, the sidebar and the web app's GET (the answer page of a mailed link) see the old install's
// state — read through from the script properties where the document has not been moved yet — and
// write nothing (the move stays a writer's, under the document lock: gas/properties.ts).
import { describe, expect, it } from 'vitest';
import type { Runtime } from '../../localgas/runtime';
import type { MailFake } from '../../localgas/services/mail';
import type { PropertiesFake } from '../../localgas/services/properties';
import { runWebApp } from '../../localgas/webapp';
import { answerPlan, linksInMail, setDay } from '../answerPlan';
import { openRuntime } from '../helpers';

const props = (rt: Runtime) => rt.service<PropertiesFake>('properties').stores;

interface Readers {
  status: unknown;
  sidebar: unknown;
  page: string;
  /** What today's reminders would be: none, once today's were sent (their records are the old state). */
  preview: unknown;
}

async function readers(rt: Runtime, link: string): Promise<Readers> {
  const page = await runWebApp(rt, new URL(link));
  expect(page.status).toBe(200);
  return {
    status: await rt.call('getStatus'),
    sidebar: await rt.call('getSidebar'),
    page: page.html,
    preview: ((await rt.call('previewReminders')) as { mails: unknown[] }).mails,
  };
}

describe('an old bound install after the update, before any writer run', () => {
  it('shows its state in the status, the sidebar, the reminders preview and the answer page, and writes nothing', async () => {
    const rt = await openRuntime({ today: '2026-10-01' });
    await answerPlan(rt);
    await rt.call('syncCalendar');
    setDay(rt, '2026-10-17');
    // The daily trigger's run: the calendar and the reminders, each job's last run recorded.
    await rt.call('dailyRun');
    const sent = rt.service<MailFake>('mail').state.mails;
    const link = (await Promise.all(sent.map((m) => linksInMail(rt, m.file)))).flat()[0]!;
    const fresh = await readers(rt, link);
    // What the new code shows: the event of the link, the last runs of the calendar and the reminders.
    expect(fresh.page).toMatch(/<title>Итоги мероприятия: /);
    // The last runs as people call them, not by the jobs' ids (sync, reportMail, remind).
    const runs = (fresh.sidebar as { runs: { label: string }[] }).runs.map((r) => r.label);
    expect(runs.sort()).toEqual(['Календарь', 'Напоминания', 'Письмо с отчётом']);

    // The same plan as an old install keeps it: all of its state in script properties, no move made.
    const stores = props(rt);
    const { 'planbook:movedFromScript': _mark, ...old } = stores.document;
    stores.script = old;
    stores.document = {};
    await rt.save();
    const oldStores = JSON.stringify(props(rt));

    const updated = await readers(rt, link);
    expect(updated.page).toBe(fresh.page);
    expect(updated.sidebar).toEqual(fresh.sidebar);
    expect(updated.status).toEqual(fresh.status);
    expect(fresh.preview).toEqual([]);
    expect(updated.preview).toEqual([]);
    // Readers move nothing and write nothing: the move waits for the first writer run, under the lock.
    expect(JSON.stringify(props(rt))).toBe(oldStores);

    // The first writer run makes the move; the readers then read the document alone.
    await rt.call('syncCalendar');
    expect(props(rt).script).toEqual({});
    expect((await readers(rt, link)).page).toBe(fresh.page);
    await rt.close();
  }, 120_000);
});
