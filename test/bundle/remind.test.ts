// Reminders through the built bundle: a whole school year of the seed, re-runs, kills, quota, test mode,
// and the .eml files read back by an independent parser (mailparser).
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callScript } from '../../cli/api';
import { SEED_PLAN } from '../../cli/paths';
import { instantOf } from '../../localgas/clock';
import { DIST_DIR } from '../../localgas/paths';
import type { Runtime } from '../../localgas/runtime';
import type { MailFake } from '../../localgas/services/mail';
import type { SpreadsheetService } from '../../localgas/services/spreadsheet';
import { openRuntime, tempDir } from '../helpers';

// A private copy of the bundle: other suites rebuild dist/ while this one runs for a while.
let dist = '';
beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'planbook-dist-'));
  cpSync(DIST_DIR, dist, { recursive: true });
});
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const SEED = readFileSync(SEED_PLAN, 'utf8');

/** Role → addresses, as the school would type them on the Ответственные sheet. */
const EMAILS: [RegExp, string[]][] = [
  [/^директор моу/i, ['director@example.org']],
  [/^директор библиотеки/i, ['library.director@example.org']],
  [/^работники библиотеки/i, ['librarian1@example.org', 'librarian2@example.org']],
  [/^классные/i, ['class.teachers@example.org']],
  [/^организатор/i, ['organizer@example.org']],
  [/^руководитель коллектива/i, ['theatre@example.org']],
];

const call = callScript;

function sheet(rt: Runtime): SpreadsheetService {
  return rt.service<SpreadsheetService>('spreadsheet');
}

function setSetting(rt: Runtime, code: string, value: string): void {
  const rows = sheet(rt).read('Настройки');
  const codeCol = rows[0]!.indexOf('Код');
  const i = rows.findIndex((r) => r[codeCol] === code);
  if (i < 0) throw new Error(`no setting ${code}`);
  sheet(rt).personEdit('Настройки', i + 1, 2, [[value]]);
}

/** Sets up the plan from the seed and fills in the e-mails (override: role regexp → cell text). */
async function seeded(rt: Runtime, override: [RegExp, string][] = []): Promise<void> {
  await rt.call('setupSheets');
  await rt.call('importPlan', SEED);
  const s = sheet(rt);
  const rows = s.read('Ответственные');
  rows.forEach((r, i) => {
    if (i === 0) return;
    const who = String(r[0]).trim();
    const o = override.find(([re]) => re.test(who));
    const hit = EMAILS.find(([re]) => re.test(who));
    s.personEdit('Ответственные', i + 1, 2, [[o ? o[1] : (hit?.[1] ?? ['x@example.org']).join(', ')]]);
  });
  // The seed text names no school year; with the setting empty the plan would roll over to the next
  // school year on 1 August (domain/schoolYear.ts), as a school's new plan does.
  setSetting(rt, 'schoolYear', '2026-2027');
  await rt.save();
}

function setDay(rt: Runtime, day: string): void {
  rt.clock.set(instantOf(`${day}T08:00`, 'Europe/Moscow'));
}

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

function mailsOf(rt: Runtime) {
  return rt.service<MailFake>('mail').state.mails;
}

/**
 * What the rules say for the seed, worked out here independently of src/: each month or range row gets a
 * "set the date" reminder 5 days before its period (sent on 1 September when that day is before the
 * year's first run, within the 7-day catch-up) and a nudge the day after it ends; the whole-year row a
 * line on the first of each month September–May and a nudge on 1 June. Nobody records results.
 */
function expectedSeedYear(): Map<string, Map<string, number>> {
  const M = (m: number) => (m >= 9 ? 2026 : 2027);
  const monthSpan = (a: number, b = a): [string, string] => {
    const start = `${M(a)}-${String(a).padStart(2, '0')}-01`;
    const endY = M(b);
    const last = new Date(Date.UTC(endY, b, 0)).getUTCDate();
    return [start, `${endY}-${String(b).padStart(2, '0')}-${last}`];
  };
  const L = 'работники библиотеки';
  const K = 'классные руководители';
  const O = 'организатор';
  type Row = { span?: [string, string]; year?: true; roles: string[] };
  const rows: Row[] = [
    { span: monthSpan(9), roles: ['директор моу', 'директор библиотеки'] },
    { span: monthSpan(9), roles: [L, K] },
    { span: monthSpan(10), roles: [L, O, K] },
    { span: monthSpan(10), roles: [L, O, K] },
    { span: monthSpan(11), roles: [L, O, K] },
    { span: monthSpan(12), roles: [L, O, K] },
    { span: monthSpan(1), roles: [L, O, K] },
    { span: monthSpan(2), roles: ['руководитель коллектива', O, K] },
    { span: monthSpan(3), roles: [L, O] },
    { year: true, roles: [K, O] },
    { span: monthSpan(5), roles: [O, K] },
    { span: monthSpan(4, 6), roles: [L, O, K] },
    { span: monthSpan(6), roles: [L, K] },
    { span: monthSpan(7), roles: [L, O, K] },
  ];
  const out = new Map<string, Map<string, number>>(); // email → day → items
  const add = (roles: string[], day: string) => {
    const sendDay = day < '2026-09-01' ? '2026-09-01' : day;
    for (const role of roles) {
      const emails = EMAILS.find(([re]) => re.test(role))![1];
      for (const e of emails) {
        const days = out.get(e) ?? new Map<string, number>();
        days.set(sendDay, (days.get(sendDay) ?? 0) + 1);
        out.set(e, days);
      }
    }
  };
  for (const r of rows) {
    if (r.year) {
      for (const m of [9, 10, 11, 12, 1, 2, 3, 4, 5]) add(r.roles, monthSpan(m)[0]);
      add(r.roles, '2027-06-01');
    } else {
      const [start, end] = r.span!;
      add(r.roles, addDays(start, -5));
      add(r.roles, addDays(end, 1));
    }
  }
  return out;
}

function countItems(text: string): number {
  return text.split('\n').filter((l) => l.startsWith('• «')).length;
}

describe('reminders over the seed school year', () => {
  it('every responsible gets exactly what the rules say; a second run each day sends nothing', async () => {
    const rt = await openRuntime({ today: '2026-09-01', distDir: dist });
    await seeded(rt);
    let seconds = 0;
    for (let day = '2026-09-01'; day <= '2027-08-31'; day = addDays(day, 1)) {
      setDay(rt, day);
      const first = await call(rt, 'sendReminders');
      const again = await call(rt, 'sendReminders');
      seconds += again.mails.length;
      expect(first).toBeDefined();
    }
    expect(seconds).toBe(0);

    const want = expectedSeedYear();
    const got = new Map<string, Map<string, number>>();
    const outbox = rt.workspace.outboxDir;
    for (const m of mailsOf(rt)) {
      const parsed = await simpleParser(readFileSync(join(outbox, m.file)));
      const to = (Array.isArray(parsed.to) ? parsed.to : [parsed.to])
        .flatMap((a) => a?.value ?? [])
        .map((a) => a.address!);
      expect(to).toHaveLength(1);
      const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Moscow' }).format(parsed.date!);
      const days = got.get(to[0]!) ?? new Map<string, number>();
      expect(days.has(day), `${to[0]} got two mails on ${day}`).toBe(false);
      days.set(day, countItems(parsed.text ?? ''));
      got.set(to[0]!, days);
    }
    const asObj = (m: Map<string, Map<string, number>>) =>
      Object.fromEntries([...m].sort().map(([k, v]) => [k, Object.fromEntries([...v].sort())]));
    expect(asObj(got)).toEqual(asObj(want));
    // the record of what was sent stays small: pruned as reminders pass their catch-up week
    const props = JSON.parse(readFileSync(join(rt.workspace.stateDir, 'properties.json'), 'utf8'))
      .script as Record<string, string>;
    const recordBytes = Object.entries(props)
      .filter(([k]) => k.startsWith('rm:'))
      .reduce((s, [k, v]) => s + k.length + v.length, 0);
    expect(recordBytes).toBeLessThan(2000);
  }, 300_000);

  it('the daily trigger sends them: automation on, the trigger fired by the emulator clock', async () => {
    const rt = await openRuntime({ today: '2026-09-01T06:00', distDir: dist });
    await seeded(rt);
    await rt.call('turnAutomationOn');
    await rt.fireTimeTriggers(instantOf('2026-09-03T23:00', 'Europe/Moscow'));
    const mails = mailsOf(rt);
    // 1 September: set-the-date for the September rows and the whole-year line (6 people); nothing else by the 3rd
    expect(mails).toHaveLength(6);
    expect(new Set(mails.map((m) => m.sentAt.slice(0, 10)))).toEqual(new Set(['2026-09-01']));
  });
});

describe('exactly once', () => {
  it('a kill at any call of a reminder run, then a re-run: each mail goes out exactly once', async () => {
    const template = tempDir();
    {
      const rt = await openRuntime({ workspace: template, today: '2026-09-01', distDir: dist });
      await seeded(rt);
      await rt.close();
    }
    // a clean run: how many calls and which mails
    const clean = tempDir();
    cpSync(template, clean, { recursive: true });
    const rt0 = await openRuntime({ workspace: clean, today: '2026-09-01', distDir: dist });
    rt0.meter.reset();
    await rt0.call('sendReminders');
    const calls = rt0.meter.total;
    const wanted = mailsOf(rt0)
      .map((m) => m.to)
      .sort();
    await rt0.close();
    expect(wanted.length).toBe(6);
    expect(calls).toBeGreaterThan(10);

    for (let k = 1; k <= calls; k++) {
      const dir = tempDir();
      cpSync(template, dir, { recursive: true });
      const rt = await openRuntime({ workspace: dir, today: '2026-09-01', distDir: dist });
      rt.meter.reset();
      rt.meter.setFaults([{ at: k, kill: true }]);
      const killed = await rt.run('sendReminders');
      expect(killed.killed, `kill at call ${k}`).toBe(true);
      rt.meter.setFaults([]);
      await rt.call('sendReminders');
      await rt.call('sendReminders');
      const got = mailsOf(rt)
        .map((m) => m.to)
        .sort();
      expect(got, `kill at call ${k}`).toEqual(wanted);
      await rt.close();
    }
  }, 300_000);
});

describe('the mail itself', () => {
  it('parses with mailparser: Russian subject, recipients, links; a <script> title arrives as text', async () => {
    const rt = await openRuntime({ today: '2026-10-01', distDir: dist });
    await seeded(rt);
    // a dated row whose title holds markup: row 4 (№3), event on 8 October 14:00
    sheet(rt).personEdit('План', 4, 2, [['<script>alert("x")</script> Литературная гостиная & чай']]);
    sheet(rt).personEdit('План', 4, 4, [['08.10.2026 14:00']]);
    await rt.save();
    const r = await call(rt, 'sendReminders');
    expect(r.mails.length).toBeGreaterThan(0);
    const organizer = mailsOf(rt).find((m) => m.to === 'organizer@example.org')!;
    const parsed = await simpleParser(readFileSync(join(rt.workspace.outboxDir, organizer.file)));
    expect(parsed.subject).toMatch(/^Напоминани/);
    expect(parsed.to && !Array.isArray(parsed.to) ? parsed.to.value[0]!.address : '').toBe(
      'organizer@example.org',
    );
    const html = String(parsed.html);
    expect(html).not.toContain('<script>');
    expect(html).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Литературная гостиная &amp; чай',
    );
    expect(parsed.text).toContain('<script>alert("x")</script> Литературная гостиная & чай');
    expect(parsed.text).toContain('через неделю, 08.10.2026 14:00');
    expect(html).toMatch(/href="https:\/\/docs\.google\.com\/spreadsheets\/d\/[^"]+#gid=\d+&amp;range=A4"/);
    expect(html).toContain('https://calendar.google.com/calendar/r/day/2026/10/8');
    // the 1-day reminder a week later, and nothing in between
    for (const day of ['2026-10-02', '2026-10-06']) {
      setDay(rt, day);
      const none = await call(rt, 'sendReminders');
      expect(none.mails.filter((m) => m.to === 'organizer@example.org')).toEqual([]);
    }
    setDay(rt, '2026-10-07');
    const tomorrow = await call(rt, 'sendReminders');
    expect(tomorrow.mails.find((m) => m.to === 'organizer@example.org')?.subject).toBe(
      'Напоминание: «<script>alert("x")</script> Литературная гостиная & чай» — завтра',
    );
  });

  it('a missed day is caught up once: the latest lead only, never after the event', async () => {
    const rt = await openRuntime({ today: '2026-10-01', distDir: dist });
    await seeded(rt);
    sheet(rt).personEdit('План', 4, 4, [['20.10.2026']]);
    await rt.save();
    // no runs until the 14th (7-day reminder due on the 13th): it goes out on the 14th
    setDay(rt, '2026-10-14');
    const late = await call(rt, 'sendReminders');
    expect(late.mails.find((m) => m.to === 'organizer@example.org')?.subject).toMatch(/через 6 дней$/);
    // no runs from the 15th to the 21st: the 1-day reminder (due the 19th) went stale after the event day
    setDay(rt, '2026-10-21');
    const after = await call(rt, 'sendReminders');
    expect(after.mails.find((m) => m.to === 'organizer@example.org')?.subject).toMatch(/запишите итоги$/);
  });
});

describe('quota, bad addresses, test mode, preview', () => {
  it("stops at the daily quota (one kept for the owner's notice) and sends the rest the next run", async () => {
    const rt = await openRuntime({ today: '2026-09-01', distDir: dist });
    await seeded(rt);
    rt.service<MailFake>('mail').limit = 4;
    const r1 = await call(rt, 'sendReminders');
    expect(r1.mails).toHaveLength(3);
    expect(r1.stoppedBy).toBe('quota');
    expect(r1.left).toBe(3);
    expect(r1.message).toContain('лимит писем Google');
    expect(
      mailsOf(rt)
        .filter((m) => m.to === 'owner@example.org')
        .map((m) => m.subject),
    ).toEqual(['План мероприятий: не все напоминания уместились в дневной лимит писем Google']);
    setDay(rt, '2026-09-02');
    const r2 = await call(rt, 'sendReminders');
    expect(r2.mails).toHaveLength(3);
    expect(mailsOf(rt)).toHaveLength(7);
    expect(new Set(mailsOf(rt).map((m) => m.to)).size).toBe(7);
  });

  it('a quota error from MailApp itself stops the run; nothing is recorded as sent', async () => {
    const rt = await openRuntime({ today: '2026-09-01', distDir: dist });
    await seeded(rt);
    rt.meter.setFaults([
      { method: 'MailApp.sendEmail', nth: 3, error: 'Service invoked too many times for one day: email.' },
    ]);
    const r1 = await call(rt, 'sendReminders');
    expect(r1.mails).toHaveLength(2);
    expect(r1.stoppedBy).toBe('quota');
    rt.meter.setFaults([]);
    const r2 = await call(rt, 'sendReminders');
    expect(r2.mails).toHaveLength(4);
  });

  it('a missing or invalid e-mail: a problem on the row and a line in the owner summary; the rest still go', async () => {
    const rt = await openRuntime({ today: '2026-09-01', distDir: dist });
    await seeded(rt, [
      [/^директор моу/i, 'director(at)school'],
      [/^работники библиотеки/i, ''],
    ]);
    setSetting(rt, 'ownerEmail', 'deputy@example.org');
    await rt.save();
    const r = await call(rt, 'sendReminders');
    const owner = r.mails.find((m) => m.to === 'deputy@example.org');
    expect(owner?.problems).toBe(2); // rows 2 and 3 (№1, №2) are due today and miss someone
    expect(r.mails.map((m) => m.to)).toContain('library.director@example.org');
    const plan = sheet(rt).read('План');
    const problems = plan[0]!.indexOf('Проблемы');
    expect(String(plan[1]![problems])).toContain('Неверный e-mail «director(at)school»');
    expect(String(plan[2]![problems])).toContain('не указан e-mail');
    const file = mailsOf(rt).find((m) => m.to === 'deputy@example.org')!.file;
    const parsed = await simpleParser(readFileSync(join(rt.workspace.outboxDir, file)));
    expect(parsed.text).toContain('Не всем удалось напомнить');
    // reported once: the next day's run does not repeat it
    setDay(rt, '2026-09-02');
    const r2 = await call(rt, 'sendReminders');
    expect(r2.mails.map((m) => m.to)).not.toContain('deputy@example.org');
  });

  it('test mode sends everything to the owner only; preview sends nothing', async () => {
    const rt = await openRuntime({ today: '2026-09-01', distDir: dist });
    await seeded(rt);
    setSetting(rt, 'testMode', 'да');
    setSetting(rt, 'ownerEmail', 'deputy@example.org');
    await rt.save();
    const p = await call(rt, 'previewReminders');
    expect(p.mails).toHaveLength(6);
    expect(mailsOf(rt)).toHaveLength(0);
    const r = await call(rt, 'sendReminders');
    expect(r.mails).toHaveLength(6);
    expect(new Set(mailsOf(rt).map((m) => m.to))).toEqual(new Set(['deputy@example.org']));
    expect(mailsOf(rt)[0]!.subject).toMatch(/^\[Тест → /);
  });
});
