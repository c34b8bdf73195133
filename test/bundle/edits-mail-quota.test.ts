// Reminders planned ahead of the daily mail quota (issue 12): what cannot go today goes on the next
// days, most urgent first; a reminder that cannot go before its last day is named to the owner ahead of
// time (nothing expires silently); the owner is told once, not every day of the overflow.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import type { MailFake } from '../../localgas/services/mail';
import { addDays } from '../../src/domain/days';
import { seededPlan, setDay, sheet } from './edits';

const OWNER = 'owner@example.org';
const NOTICE = 'План мероприятий: не все напоминания уместились в дневной лимит писем Google';

/** 16 people in each of three roles: 48 asked on 26.09 to set the dates of the October rows (≤ 50 a row). */
function crowd(rt: Awaited<ReturnType<typeof seededPlan>>): void {
  const rows = sheet(rt).read('Ответственные');
  for (const [role, who] of [
    ['работники библиотеки', 'lib'],
    ['организатор', 'org'],
    ['классные руководители', 'cls'],
  ] as const) {
    const at = rows.findIndex((r) => String(r[0]) === role);
    const list = Array.from({ length: 16 }, (_, i) => `${who}${i + 1}@example.org`);
    sheet(rt).personEdit('Ответственные', at + 1, 2, [[list.join(', ')]]);
  }
}

async function bodies(rt: Awaited<ReturnType<typeof seededPlan>>, files: string[]): Promise<string[]> {
  await rt.save();
  const out: string[] = [];
  for (const f of files)
    out.push((await simpleParser(readFileSync(join(rt.workspace.outboxDir, f)))).text ?? '');
  return out;
}

describe('the daily mail quota', () => {
  it('spreads the mail over the next days, names ahead what will not go in time, and tells the owner once', async () => {
    const rt = await seededPlan({ today: '2026-09-26', sync: false });
    crowd(rt);
    const mail = rt.service<MailFake>('mail');
    mail.limit = 5; // a day's room, as 100 is for a consumer account
    const first = (await rt.call('sendReminders')) as {
      mails: unknown[];
      left: number;
      late: number;
      message: string;
    };
    expect(first.mails).toHaveLength(4); // one recipient kept for the owner's notice
    expect(first.left).toBeGreaterThan(40);
    expect(first.late).toBeGreaterThan(0);
    expect(first.message).toContain('уйдут в следующие дни');
    const notices = () => mail.state.mails.filter((m) => m.to === OWNER && m.subject === NOTICE);
    expect(notices()).toHaveLength(1);
    const [told] = await bodies(rt, [notices()[0]!.file]);
    expect(told).toContain('44 письма не уместились в дневной лимит Google');
    expect(told).toContain('Не успеют уйти вовремя');
    const lines = (text: string) => text.split('\n').filter((l) => l.startsWith('• '));
    expect(lines(told ?? '').length).toBe(first.late);

    // the next days: at most the limit a day
    for (let day = '2026-09-27'; day <= '2026-10-06'; day = addDays(day, 1)) {
      setDay(rt, day);
      await rt.call('sendReminders');
    }
    const perDay = new Map<string, number>();
    for (const m of mail.state.mails)
      perDay.set(m.sentAt.slice(0, 10), (perDay.get(m.sentAt.slice(0, 10)) ?? 0) + 1);
    for (const n of perDay.values()) expect(n).toBeLessThanOrEqual(5);
    // the owner is told of the overflow once, and of each late reminder once, no later than its last day
    const all = await bodies(
      rt,
      notices().map((n) => n.file),
    );
    expect(all.filter((b) => b.includes('не уместились')).length).toBe(1);
    const lateLines = all.flatMap(lines);
    expect(new Set(lateLines).size).toBe(lateLines.length);
    notices().forEach((n, i) => {
      for (const l of lines(all[i]!)) {
        const last = /последний день — (\d\d)\.(\d\d)\.(\d{4})$/.exec(l)!;
        expect(n.sentAt.slice(0, 10) <= `${last[3]}-${last[2]}-${last[1]}`).toBe(true);
      }
    });
    expect(notices().length).toBeLessThanOrEqual(3);

    // every one of the 48 people got the October «укажите дату» or is on the owner's list; none twice
    const asked = mail.state.mails.filter(
      (m) => m.subject.includes('укажите дату') || m.subject.includes('мероприят'),
    );
    const texts = await bodies(
      rt,
      asked.map((m) => m.file),
    );
    const gotIt = new Map<string, number>();
    asked.forEach((m, i) => {
      if (
        /точная дата не указана/.test(texts[i] ?? '') &&
        /\(01\.10\.2026–31\.10\.2026\)/.test(texts[i] ?? '')
      )
        gotIt.set(m.to, (gotIt.get(m.to) ?? 0) + 1);
    });
    const people = sheet(rt)
      .read('Ответственные')
      .filter((r) => /^(работники библиотеки|организатор|классные руководители)$/.test(String(r[0])))
      .flatMap((r) => String(r[1]).split(', '));
    expect(people).toHaveLength(48);
    const missed = people.filter((p) => !gotIt.has(p));
    expect(missed.length).toBeGreaterThan(0);
    for (const p of missed) expect(lateLines.some((l) => l.includes(`— ${p},`))).toBe(true);
    for (const n of gotIt.values()) expect(n).toBe(1);
  });
});
