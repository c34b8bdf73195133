// «Отметить результат» through the built bundle: the link in a real nudge .eml, the web app's doGet and
// doPost (as the local server and `planbook answer` run them), the cells written by key, the Log, the
// calendar, the nudges stopping, and the links that must write nothing (tampered, expired, foreign,
// another row, revoked).
import { describe, expect, it } from 'vitest';
import type { Runtime } from '../../localgas/runtime';
import type { CalendarFake } from '../../localgas/services/calendar';
import type { MailFake } from '../../localgas/services/mail';
import type { ScriptAppFake } from '../../localgas/services/scriptApp';
import type { SpreadsheetService } from '../../localgas/services/spreadsheet';
import { runWebApp } from '../../localgas/webapp';
import { answerPlan, EXEC, linksInMail, planRow, setDay, sheet } from '../answerPlan';
import { openRuntime } from '../helpers';

const post = (rt: Runtime, link: string, fields: Record<string, string>) => {
  const u = new URL(link);
  const body = new URLSearchParams({ t: u.searchParams.get('t') ?? '', ...fields });
  return runWebApp(rt, new URL(u.pathname, u.origin), {
    type: 'application/x-www-form-urlencoded',
    contents: body.toString(),
  });
};

describe('results from the mail', () => {
  it('mails carry the link only with a deployment; the page shows the event; saving writes the row by key', async () => {
    const rt = await openRuntime({ today: '2026-10-01' });
    await answerPlan(rt);
    rt.service<ScriptAppFake>('scriptApp').deployWebApp(null);
    setDay(rt, '2026-10-08');
    await rt.call('sendReminders');
    const mails = rt.service<MailFake>('mail').state.mails;
    expect(mails.length).toBeGreaterThan(0);
    // No deployment: the mail points to the sheet as before, no link.
    for (const m of mails) expect(await linksInMail(rt, m.file)).toEqual([]);

    rt.service<ScriptAppFake>('scriptApp').deployWebApp(EXEC);
    await rt.call('syncCalendar');
    setDay(rt, '2026-10-17');
    await rt.call('sendReminders');
    const nudge = rt
      .service<MailFake>('mail')
      .state.mails.find((m) => m.to === 'ivanova@example.org' && m.sentAt.startsWith('2026-10-17'))!;
    expect(nudge).toBeTruthy();
    const links = await linksInMail(rt, nudge.file);
    expect(links).toHaveLength(2);
    expect(links[0]!.startsWith(`${EXEC}?t=`)).toBe(true);

    const page = await runWebApp(rt, new URL(links[0]!));
    expect(page.status).toBe(200);
    expect(page.html).toContain('Экскурсия в библиотеку');
    expect(page.html).toContain('15.10.2026');
    expect(page.html).toMatch(/<option value="held" selected>/);

    // Someone sorts the plan so the row moves: the answer still lands on its row, found by its key.
    const s = sheet(rt);
    s.personSort('План', s.read('План')[0]!.indexOf('Мероприятие') + 1, false);

    const saved = await post(rt, links[0]!, {
      status: 'held',
      results: '=HYPERLINK("http://evil")',
      participants: '25',
      classes: '5А, 6Б',
      publication: 'https://vk.com/wall-1_2',
    });
    expect(saved.html).toContain('Сохранено в плане');
    const row = planRow(rt, '1');
    expect(row['Статус']).toBe('проведено');
    expect(row['Итоги']).toBe('=HYPERLINK("http://evil")');
    expect(row['Участников']).toBe(25);
    expect(row['Классы']).toBe('5А, 6Б');
    expect(row['Публикация']).toBe('https://vk.com/wall-1_2');
    // The other row of the same mail is untouched.
    expect(planRow(rt, '2')['Итоги']).toBe('');
    const log = s.read('Журнал').map((r) => r.join(' | '));
    expect(log.some((l) => l.includes('Итоги по ссылке') && l.includes('ivanova@example.org'))).toBe(true);
    // The calendar event says it was held.
    const ev = rt
      .service<CalendarFake>('calendar')
      .liveEvents()
      .find((e) => String(e.summary).includes('Экскурсия'));
    expect(ev?.summary).toMatch(/^✓ /);

    // Saved again: the last answer wins, the Log keeps both.
    await post(rt, links[0]!, { results: 'Экскурсия прошла, 25 учеников' });
    expect(planRow(rt, '1')['Итоги']).toBe('Экскурсия прошла, 25 учеников');
    expect(planRow(rt, '1')['Участников']).toBe(25);
    const answers = s.read('Журнал').filter((r) => r.join(' ').includes('Итоги по ссылке'));
    expect(answers).toHaveLength(2);

    // The nudge for row 1 is over; row 2's is already sent, nothing else goes to Иванова.
    const count = rt.service<MailFake>('mail').state.mails.length;
    for (const d of ['2026-10-18', '2026-10-19', '2026-10-24']) {
      setDay(rt, d);
      await rt.call('sendReminders');
    }
    const later = rt.service<MailFake>('mail').state.mails.slice(count);
    expect(later.filter((m) => m.to === 'ivanova@example.org')).toEqual([]);
  });

  it('a tampered, expired, foreign or revoked link, or one replayed on another row, writes nothing', async () => {
    const rt = await openRuntime({ today: '2026-10-01' });
    await answerPlan(rt);
    setDay(rt, '2026-10-17');
    await rt.call('sendReminders');
    const mails = rt.service<MailFake>('mail').state.mails;
    const iv = mails.find((m) => m.to === 'ivanova@example.org')!;
    const [link1, link2] = await linksInMail(rt, iv.file);
    const snapshot = () => JSON.stringify(sheet(rt).read('План'));
    const plan = snapshot();
    const t1 = new URL(link1!).searchParams.get('t')!;
    const t2 = new URL(link2!).searchParams.get('t')!;

    // Tampered: one character of the payload changed (another row's key spliced in), or of the signature.
    const [p1, s1] = t1.split('.');
    const [p2] = t2.split('.');
    const spliced = `${EXEC}?t=${p2}.${s1}`;
    const flipped = `${EXEC}?t=${p1}.${s1!.slice(0, 5)}${s1![5] === 'A' ? 'B' : 'A'}${s1!.slice(6)}`;
    for (const bad of [spliced, flipped, `${EXEC}?t=garbage`, `${EXEC}?t=`]) {
      const r = await post(rt, bad, { status: 'cancelled', results: 'взлом' });
      expect(r.html).toContain('Ссылка недействительна');
      expect(snapshot()).toBe(plan);
      expect((await runWebApp(rt, new URL(bad))).html).toContain('Ссылка недействительна');
    }
    // Replayed with another row named in the form: the token's row is the only one that can change.
    const replay = await post(rt, link1!, { key: 'zzzzzzzzzz', row: '4', results: 'для строки 1' });
    expect(replay.html).toContain('Сохранено');
    expect(planRow(rt, '2')['Итоги']).toBe('');
    expect(planRow(rt, '3')['Итоги']).toBe('');
    expect(planRow(rt, '1')['Итоги']).toBe('для строки 1');
    const afterReplay = snapshot();

    // Bounded fields and bad values: a page that says what to correct, nothing saved.
    const long = await post(rt, link2!, {
      results: 'x'.repeat(2001),
      participants: '-3',
      publication: 'javascript:alert(1)',
    });
    expect(long.html).toContain('Ничего не сохранено');
    expect(snapshot()).toBe(afterReplay);

    // Expired: 60 days after the event the same link writes nothing.
    setDay(rt, '2026-12-20');
    const expired = await post(rt, link2!, { results: 'поздно' });
    expect(expired.html).toContain('Срок действия ссылки истёк');
    expect(snapshot()).toBe(afterReplay);

    // Revoked: the menu rotates the secret; every link so far stops working.
    setDay(rt, '2026-10-20');
    rt.service<SpreadsheetService>('spreadsheet').ui.answers.push('YES');
    await rt.call('menuRevokeLinks');
    expect(rt.service<SpreadsheetService>('spreadsheet').ui.alerts.at(-1)?.prompt).toContain('отозваны');
    const revoked = await post(rt, link2!, { results: 'после отзыва' });
    expect(revoked.html).toContain('Ссылка недействительна');
    expect(snapshot()).toBe(afterReplay);

    // Foreign: a link of another plan (another secret) opens nothing here.
    const other = await openRuntime({ today: '2026-10-01' });
    await answerPlan(other);
    setDay(other, '2026-10-17');
    await other.call('sendReminders');
    const om = other.service<MailFake>('mail').state.mails.find((m) => m.to === 'ivanova@example.org')!;
    const [foreign] = await linksInMail(other, om.file);
    const f = await post(rt, foreign!, { results: 'чужая' });
    expect(f.html).toContain('Ссылка недействительна');
    expect(snapshot()).toBe(afterReplay);
  });
});
