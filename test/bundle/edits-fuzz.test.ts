// The edit fuzz (issue 12): over a simulated September, between each morning's sync and reminders, a
// person renames, moves, inserts and deletes columns, sorts random selections, and types into system
// cells — edits that change where things are, never what the plan says. At the end: the calendar is what
// a clean sync of the final sheet's text makes, every mail is the one a month without the edits sent
// (none twice, none lost), and every text typed into a system cell is still in the sheet.
// Seeded (mulberry32) and bounded: FUZZ_SEED / FUZZ_EDITS change it.
import { describe, expect, it } from 'vitest';
import type { Runtime } from '../../localgas/runtime';
import type { CalendarFake } from '../../localgas/services/calendar';
import type { MailFake } from '../../localgas/services/mail';
import { type ColumnDef, PLAN_COLUMNS } from '../../src/domain/columns';
import { openRuntime } from '../helpers';
import { plan, seededPlan, setDay, setSetting, sheet } from './edits';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PERSON: string[] = (PLAN_COLUMNS as readonly ColumnDef[]).filter((c) => !c.system).map((c) => c.ru);
const RENAMES: Record<string, string[]> = {
  Мероприятие: ['Название мероприятия', 'Содержание работы', 'Что проводим'],
  Сроки: ['Срок проведения', 'Когда', 'Сроки (месяц)'],
  Ответственные: ['Ответственный', 'Кто отвечает'],
  Место: ['Место проведения', 'Где'],
};

const RENAMES_ALL = new Set(Object.values(RENAMES).flat());

const header = (rt: Runtime) => (plan(rt)[0] as unknown[]).map(String);
const mails = (rt: Runtime) =>
  rt
    .service<MailFake>('mail')
    .state.mails.map((m) => `${m.sentAt.slice(0, 10)} ${m.to} ${m.subject}`)
    .sort();

/** Each live event as a person reads it, without links (they name the spreadsheet) and ids. */
function calendarText(rt: Runtime): string[] {
  const out: string[] = [];
  for (const c of rt.service<CalendarFake>('calendar').state.calendars)
    for (const e of c.events) {
      if (e.status === 'cancelled') continue;
      const description = (e.description ?? '').replace(/https?:\/\/\S+/g, '');
      out.push(JSON.stringify([e.summary, description, e.location, e.start, e.end]));
    }
  return out.sort();
}

interface Log {
  edits: string[];
  typed: string[];
  stops: number;
}

/** One random edit that moves things about but changes nothing the plan says. */
function randomEdit(rt: Runtime, rnd: () => number, log: Log, n: number): void {
  const s = sheet(rt);
  const pick = <T>(a: T[]): T => a[Math.floor(rnd() * a.length)]!;
  const h = header(rt);
  const rows = plan(rt).length - 1;
  const width = h.length;
  const kind = pick(['rename', 'move', 'insert', 'deleteExtra', 'sort', 'sort', 'typeSystem', 'typeKey']);
  if (rnd() < 0.04 && h.includes('Ключ')) {
    // the hidden key column deleted: the next run stops and asks for the setup, which brings it back
    s.personDeleteColumns('План', h.indexOf('Ключ') + 1);
    log.typed = log.typed.filter((t) => !t.startsWith('ключ')); // the person deleted those themselves
    log.edits.push('delete Ключ');
    return;
  }
  switch (kind) {
    case 'rename': {
      const from = pick(
        Object.keys(RENAMES).map((k) => h.findIndex((x) => x === k || RENAMES[k]!.includes(x))),
      );
      if (from < 0) return;
      const base = Object.keys(RENAMES).find((k) => k === h[from] || RENAMES[k]!.includes(h[from]!))!;
      const to = pick([base, ...RENAMES[base]!]);
      s.personEdit('План', 1, from + 1, [[to]]);
      log.edits.push(`rename ${h[from]} → ${to}`);
      return;
    }
    case 'move': {
      const from = 1 + Math.floor(rnd() * width);
      const before = 1 + Math.floor(rnd() * (width + 1));
      s.personMoveColumns('План', from, 1, before);
      log.edits.push(`move ${h[from - 1]} before ${before}`);
      return;
    }
    case 'insert': {
      const at = 1 + Math.floor(rnd() * (width + 1));
      s.personInsertColumns('План', at, 1);
      s.personEdit('План', 1, at, [[`Заметки ${n}`]]);
      log.edits.push(`insert «Заметки ${n}» at ${at}`);
      return;
    }
    case 'deleteExtra': {
      const extra = h.findIndex((x) => x.startsWith('Заметки'));
      if (extra < 0) return;
      s.personDeleteColumns('План', extra + 1);
      log.edits.push(`delete ${h[extra]}`);
      return;
    }
    case 'sort': {
      // a selection from row 2 down, columns A.. up to the last column a person typed (the usual A:I,
      // leaving some system columns behind), or every column. (A narrower one would split the rows'
      // texts: that changes what the plan says, which this fuzz keeps fixed to compare the mail.)
      const visible = Math.max(...h.map((x, i) => (PERSON.includes(x) || RENAMES_ALL.has(x) ? i : -1))) + 1;
      const numCols = pick([visible, visible, width]);
      const by = 1 + Math.floor(rnd() * numCols);
      const asc = rnd() < 0.5;
      s.personSortRange('План', { row: 2, col: 1, numRows: rows, numCols }, by, asc);
      log.edits.push(`sort A:${numCols} by ${by}${asc ? '' : ' desc'}`);
      return;
    }
    case 'typeSystem': {
      const target = pick(['Синхронизация', 'Проблемы']);
      const c = h.indexOf(target);
      const r = 2 + Math.floor(rnd() * rows);
      const text = `заметка ${n} (${target})`;
      s.personEdit('План', r, c + 1, [[text]]);
      log.typed.push(text);
      log.edits.push(`type into ${target} row ${r}`);
      return;
    }
    case 'typeKey': {
      const c = h.indexOf('Ключ');
      const r = 2 + Math.floor(rnd() * rows);
      const text = `ключ ${n}?`;
      s.personEdit('План', r, c + 1, [[text]]);
      log.typed.push(text);
      log.edits.push(`type over the key of row ${r}`);
      return;
    }
  }
}

/** A September of mornings: sync, then reminders; `edit` runs before each morning. */
async function month(rt: Runtime, days: number, edit: (day: number) => Promise<void>): Promise<void> {
  for (let d = 2; d <= 1 + days; d++) {
    await edit(d);
    setDay(rt, `2026-09-${String(d).padStart(2, '0')}`);
    const sync = await rt.run('syncCalendar');
    if (sync.error) {
      // a column that cannot be found stops the run; the owner runs the setup it suggests
      expect(sync.error.message).toMatch(/не найден столбец/);
      await rt.call('setupSheets');
      await rt.call('syncCalendar');
    }
    const sent = (await rt.call('sendReminders')) as { message: string };
    if (process.env['FUZZ_DEBUG']) console.log('DAY', d, sync.error?.message ?? '', sent.message);
  }
}

describe('the edit fuzz', () => {
  it('a month of random structural edits changes no event, mail or typed text', async () => {
    const seed = Number(process.env['FUZZ_SEED'] ?? 12);
    const perDay = Number(process.env['FUZZ_EDITS'] ?? 3);
    const days = 29;
    const control = await seededPlan();
    setDay(control, '2026-09-01');
    await control.call('sendReminders');
    await month(control, days, async () => {});

    const rt = await seededPlan();
    setDay(rt, '2026-09-01');
    await rt.call('sendReminders');
    const rnd = mulberry32(seed);
    const log: Log = { edits: [], typed: [], stops: 0 };
    let n = 0;
    await month(rt, days, async () => {
      for (let i = 0; i < perDay; i++) randomEdit(rt, rnd, log, ++n);
    });
    if (process.env['FUZZ_DEBUG']) {
      const hh = header(rt);
      console.log('HEADER', JSON.stringify(hh));
      for (const r of plan(rt).slice(1)) console.log('ROW', JSON.stringify(r));
      console.log(
        'NOTES',
        JSON.stringify(
          sheet(rt)
            .readNotes('План')
            .map((r) => r[hh.indexOf('Ключ')]),
        ),
      );
      console.log('AGAIN', JSON.stringify(await rt.call('syncCalendar')));
    }
    // events: what a clean sync of the final sheet's text makes
    const fresh = await openRuntime({ autosave: false });
    await fresh.call('setupSheets');
    const h = header(rt);
    const body = plan(rt)
      .slice(1)
      .map((r) => PERSON.map((p) => r[h.findIndex((x) => x === p || RENAMES[p]?.includes(x))] ?? ''));
    sheet(fresh).personEdit('План', 2, 1, body as unknown[][]);
    setSetting(fresh, 'schoolYear', '2026-2027');
    await fresh.call('syncCalendar');
    expect(calendarText(rt), log.edits.join('\n')).toEqual(calendarText(fresh));
    // mails: exactly the month without the edits
    expect(mails(rt), log.edits.join('\n')).toEqual(mails(control));
    // typed text: still in a cell or a note of the sheet
    const everything = [...plan(rt).flat().map(String), ...sheet(rt).readNotes('План').flat()].join('\n');
    for (const t of log.typed) expect(everything, t).toContain(t);
    console.log(
      `edit fuzz: seed ${seed}, ${log.edits.length} edits over ${days} days, ${log.typed.length} typed texts, ` +
        `${calendarText(rt).length} events, ${mails(rt).length} mails`,
    );
  }, 300_000);
});
