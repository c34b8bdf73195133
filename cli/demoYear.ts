// What people type in the Plan during the demo's school year, each on its day: rows with exact dates
// added after the import (so the year has «через неделю» and «завтра» reminders), an exact date for
// a month row, and the statuses and results, each written only after the event's day (moved and
// cancelled may be written before). The seed itself stays as the school wrote it.

import type { Runtime } from '../localgas/runtime';
import type { SpreadsheetService } from '../localgas/services/spreadsheet';
import type { PlanColumnId } from '../src/domain/columns';
import { planColumnOf, sheetNameOf } from './planSheets';

/** Rows the deputy adds at the bottom of the Plan after the import (a new role among them has no e-mail). */
export const DEMO_ROWS: Partial<Record<PlanColumnId, string>>[] = [
  {
    number: '15',
    title: 'Встреча с детским писателем',
    period: '12.11.2026 в 14:00',
    place: 'Читальный зал центральной библиотеки',
    responsibles: 'работники библиотеки, классные руководители',
  },
  {
    number: '16',
    title: 'Библиотечный урок «Как выбрать книгу»',
    period: '18.03.2027',
    responsibles: 'классные руководители, педагог-библиотекарь',
  },
];

/** Exact dates the deputy writes into Дата for month rows (№ → date as typed). */
export const DEMO_DATES: { n: string; date: string }[] = [{ n: '3', date: '15.10.2026' }];

export interface DemoMark {
  n: string;
  /** The day the person types it. */
  on: string;
  status: string;
  results?: string;
  participants?: number;
}

/** Statuses and results as people type them during the year (№2 only after its nudge). */
export const DEMO_MARKS: DemoMark[] = [
  { n: '1', on: '2026-10-01', status: 'проведено', results: 'Договор о сотрудничестве подписан' },
  {
    n: '2',
    on: '2026-10-02',
    status: 'проведено',
    results: 'Экскурсия для 5-х классов: знакомство с профессией библиотекаря',
    participants: 48,
  },
  {
    n: '3',
    on: '2026-10-16',
    status: 'проведено',
    results: 'Литературная гостиная «Осенние строки», чтение стихов',
    participants: 42,
  },
  { n: '4', on: '2026-10-20', status: 'перенесено' },
  {
    n: '15',
    on: '2026-11-13',
    status: 'проведено',
    results: 'Встреча с писателем, автограф-сессия',
    participants: 64,
  },
  { n: '5', on: '2026-12-01', status: 'проведено' },
  {
    n: '6',
    on: '2027-01-11',
    status: 'проведено',
    results: 'Новогодний праздник в детской библиотеке',
    participants: 120,
  },
  { n: '9', on: '2027-02-10', status: 'отменено' },
];

function planOf(rt: Runtime) {
  const sheet = rt.service<SpreadsheetService>('spreadsheet');
  const name = sheetNameOf(sheet, 'plan');
  const rows = sheet.read(name);
  const header = rows[0] ?? [];
  const col = (id: PlanColumnId) => planColumnOf(header, id);
  const rowOf = (n: string) =>
    rows.findIndex((r, k) => k > 0 && String(r[col('number') - 1]).trim() === n) + 1;
  return { sheet, name, rows, col, rowOf };
}

/** Types the new rows and the exact dates (before automation: nothing fires). Returns lines to print. */
export async function addDemoRows(rt: Runtime): Promise<string[]> {
  const { sheet, name, rows, col, rowOf } = planOf(rt);
  const out: string[] = [];
  let at = rows.length + 1;
  for (const r of DEMO_ROWS) {
    for (const [id, value] of Object.entries(r))
      sheet.personEdit(name, at, col(id as PlanColumnId), [[value]]);
    out.push(`Новая строка ${at}: №${r.number} ${r.title} — ${r.period}`);
    at++;
  }
  for (const d of DEMO_DATES) {
    const row = rowOf(d.n);
    if (row < 1) continue;
    sheet.personEdit(name, row, col('date'), [[d.date]]);
    out.push(`Строка ${row} (№${d.n}): Дата ${d.date}`);
  }
  await rt.save();
  return out;
}

/** Types the marks of `day` as a person would: each edit fires the installed on-edit trigger. */
export async function markDemoDay(rt: Runtime, day: string): Promise<number> {
  const today = DEMO_MARKS.filter((m) => m.on === day);
  if (today.length === 0) return 0;
  const { sheet, name, col, rowOf } = planOf(rt);
  for (const m of today) {
    const row = rowOf(m.n);
    if (row < 1) continue;
    const cells: [PlanColumnId, string | number | undefined][] = [
      ['results', m.results],
      ['participants', m.participants],
      ['status', m.status],
    ];
    for (const [id, value] of cells) {
      if (value === undefined) continue;
      await rt.fireEdit(
        sheet.personEdit(name, row, col(id), [[value]]) as unknown as Record<string, unknown>,
      );
    }
  }
  return today.length;
}
