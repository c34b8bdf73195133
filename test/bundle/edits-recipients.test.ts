// One Ответственные cell with far too many addresses (issue 12): the rows it reaches say so in Проблемы,
// in Russian, and that responsible gets no reminder; the rest of the plan goes on, and the owner is told in the summary.
import { describe, expect, it } from 'vitest';
import type { MailFake } from '../../localgas/services/mail';
import { col, plan, seededPlan, setDay, sheet } from './edits';

const LIST = Array.from({ length: 500 }, (_, i) => `teacher${i + 1}@example.org`).join(', ');

describe('a role with 500 addresses', () => {
  it('warns in Проблемы of each of its rows, sends them nothing, and the rest of the plan goes on', async () => {
    const rt = await seededPlan();
    const dir = sheet(rt).read('Ответственные');
    const at = dir.findIndex((r) => String(r[0]) === 'организатор');
    sheet(rt).personEdit('Ответственные', at + 1, 2, [[LIST]]);
    await rt.call('syncCalendar');
    const rows = plan(rt);
    const who = col(rt, 'Ответственные') - 1;
    const problems = col(rt, 'Проблемы') - 1;
    const reached = rows.slice(1).filter((r) => String(r[who]).includes('организатор'));
    const others = rows.slice(1).filter((r) => !String(r[who]).includes('организатор'));
    expect(reached.length).toBeGreaterThan(5);
    for (const r of reached) {
      expect(String(r[problems])).toContain(
        '«организатор» на листе «Ответственные» — 500 адресов, а Google разрешает не больше 50 получателей в одном письме',
      );
      expect(String(r[problems])).toContain('напоминания по этому ответственному не отправляются');
    }
    for (const r of others) expect(String(r[problems])).toBe('');

    // 26.09: the October rows ask for their dates. Their other responsibles get their mail; none of the 500.
    setDay(rt, '2026-09-26');
    const mail = rt.service<MailFake>('mail');
    const out = (await rt.call('sendReminders')) as { mails: { to: string }[]; stoppedBy: string | null };
    expect(out.stoppedBy).toBeNull();
    const to = out.mails.map((m) => m.to);
    expect(to).toEqual(expect.arrayContaining(['class.teachers@example.org', 'librarian1@example.org']));
    expect(to.some((t) => t.startsWith('teacher'))).toBe(false);
    expect(mail.remaining()).toBeGreaterThan(90);
    // the owner's summary names the rows that reach nobody, once
    const owner = mail.state.mails.filter((m) => m.to === 'owner@example.org');
    expect(owner).toHaveLength(1);
    const again = (await rt.call('sendReminders')) as { mails: unknown[] };
    expect(again.mails).toHaveLength(0);
  });
});
