// report: build a month's report (a Google Doc in the emulator, saved as reports/<name>.docx), and the
// demo's report steps.

import type { Runtime } from '../../localgas/runtime';
import type { SpreadsheetService } from '../../localgas/services/spreadsheet';
import type { PlanColumnId } from '../../src/domain/columns';
import { planColumnOf, sheetNameOf } from '../planSheets';
import type { DemoStep } from './demo';
import { runScript } from './script';
import { CliError, type Command, type Io } from './types';

interface ReportOut {
  month: string;
  url: string;
  docId: string;
  name: string;
  created: boolean;
  counts: { planned: number; held: number; moved: number; cancelled: number; noResult: number };
  message: string;
}

function fileOf(rt: Runtime, docId: string): string | undefined {
  const list = (rt.status()['reports'] ?? []) as { docId: string; file: string }[];
  return list.find((r) => r.docId === docId)?.file;
}

async function buildOne(rt: Runtime, month: string, io: Io, indent = ''): Promise<ReportOut> {
  const r = await runScript<ReportOut>(rt, 'buildReport', month);
  const c = r.counts;
  io.out(`${indent}${r.message}`);
  io.out(
    `${indent}  в плане ${c.planned}, проведено ${c.held}, перенесено ${c.moved}, отменено ${c.cancelled}, без итогов ${c.noResult}` +
      ` — ${r.created ? 'новый документ' : 'тот же документ обновлён'}: ${fileOf(rt, r.docId) ?? r.docId}`,
  );
  return r;
}

export const reportCmd: Command = {
  name: 'report',
  usage: 'planbook report [--month ГГГГ-ММ]',
  summary: 'собрать отчёт за месяц (по умолчанию — за прошлый): Google Doc, в эмуляторе — reports/*.docx',
  summaryEn: "build a month's report (default last month): a Google Doc, in the emulator reports/*.docx",
  options: [{ name: 'month', value: 'ГГГГ-ММ', help: { ru: 'месяц отчёта', en: 'the month' } }],
  async run(args, io, open) {
    const month = args.flags['month'];
    const rt = await open();
    await buildOne(rt, typeof month === 'string' ? month : '', io);
    return 0;
  },
};

/** What people typed in the Plan sheet during the year: statuses, results and participants (by №). */
const DEMO_MARKS: { n: string; status: string; results?: string; participants?: number }[] = [
  { n: '1', status: 'проведено', results: 'Договор о сотрудничестве подписан' },
  {
    n: '2',
    status: 'проведено',
    results: 'Экскурсия для 5-х классов: знакомство с профессией библиотекаря',
    participants: 48,
  },
  {
    n: '3',
    status: 'проведено',
    results: 'Литературная гостиная «Осенние строки», чтение стихов',
    participants: 42,
  },
  { n: '4', status: 'перенесено' },
  { n: '5', status: 'проведено' },
  { n: '6', status: 'проведено', results: 'Новогодний праздник в детской библиотеке', participants: 120 },
  { n: '9', status: 'отменено' },
];

export const DEMO_MARK_STEP: DemoStep = {
  title: 'Ответственные отмечают в плане проведённые мероприятия, итоги и число участников',
  async run(rt, io) {
    const sheet = rt.service<SpreadsheetService>('spreadsheet');
    const plan = sheetNameOf(sheet, 'plan');
    const rows = sheet.read(plan);
    const header = rows[0] ?? [];
    const c = (id: PlanColumnId) => planColumnOf(header, id);
    let marked = 0;
    for (const m of DEMO_MARKS) {
      const i = rows.findIndex((r, k) => k > 0 && String(r[c('number') - 1]).trim() === m.n);
      if (i < 0) continue;
      sheet.personEdit(plan, i + 1, c('status'), [[m.status]]);
      if (m.results) sheet.personEdit(plan, i + 1, c('results'), [[m.results]]);
      if (m.participants !== undefined) sheet.personEdit(plan, i + 1, c('participants'), [[m.participants]]);
      marked++;
    }
    await rt.save();
    io.out(`  Отмечено строк: ${marked}`);
  },
};

export const DEMO_REPORTS_STEP: DemoStep = {
  title: 'Отчёты за каждый месяц учебного года (reports/*.docx; повторная сборка не создаёт второй документ)',
  async run(rt, io) {
    const st = await runScript<{ schoolYear: string }>(rt, 'getStatus');
    const start = Number(/^(\d{4})/.exec(st.schoolYear)?.[1]);
    if (!start) throw new CliError(`Не понятен учебный год «${st.schoolYear}».`);
    for (const m of [9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8]) {
      const y = m >= 9 ? start : start + 1;
      await buildOne(rt, `${y}-${String(m).padStart(2, '0')}`, io, '  ');
    }
    const list = (rt.status()['reports'] ?? []) as unknown[];
    io.out(`  Документов отчётов: ${list.length} (${rt.workspace.reportsDir})`);
  },
};
