// report: build a month's report (a Google Doc in the emulator, saved as reports/<name>.docx) or the year's
// analysis.

import { join } from 'node:path';
import type { Runtime } from '../../localgas/runtime';
import type { ScriptResult } from '../api';
import { runScript } from './script';
import { CliError, type Command, type Io } from './types';

function fileOf(rt: Runtime, docId: string): string | undefined {
  const list = (rt.status()['reports'] ?? []) as { docId: string; file: string }[];
  return list.find((r) => r.docId === docId)?.file;
}

/** Builds one month's report and says where it went (the demo's report step too). */
export async function buildMonthReport(
  rt: Runtime,
  month: string,
  io: Io,
  indent = '',
): Promise<ScriptResult<'buildReport'>> {
  const r = await runScript(rt, 'buildReport', month);
  const c = r.counts;
  // The Doc's address exists only in the emulator: the person is shown the file it wrote instead.
  const file = fileOf(rt, r.docId);
  io.out(`${indent}${file ? r.message.replace(r.url, join(rt.workspace.dir, file)) : r.message}`);
  io.out(
    `${indent}  в плане ${c.planned}, проведено ${c.held}, перенесено ${c.moved}, отменено ${c.cancelled}, без итогов ${c.noResult}` +
      ` — ${r.created ? 'новый документ' : 'тот же документ обновлён'}`,
  );
  return r;
}

export const reportCmd: Command = {
  name: 'report',
  usage: 'planbook report [--month ГГГГ-ММ | --year ГГГГ-ГГГГ]',
  summary:
    'собрать отчёт за месяц (по умолчанию — за прошлый) или анализ за учебный год: Google Doc, в эмуляторе — reports/*.docx',
  summaryEn:
    "build a month's report (default last month) or the school year's analysis: a Google Doc, in the emulator reports/*.docx",
  options: [
    { name: 'month', value: 'ГГГГ-ММ', help: { ru: 'месяц отчёта', en: 'the month' } },
    {
      name: 'year',
      value: 'ГГГГ-ГГГГ',
      help: {
        ru: 'анализ за учебный год (по разделам и месяцам) вместо отчёта за месяц',
        en: "the school year's analysis (by section and month) instead of a month's report",
      },
    },
  ],
  async run(args, io, open) {
    const month = args.flags['month'];
    const year = args.flags['year'];
    if (typeof year === 'string' && typeof month === 'string')
      throw new CliError('planbook report: --month и --year вместе не бывают — выберите одно', 2);
    const rt = await open();
    if (typeof year === 'string') {
      const r = await runScript(rt, 'buildYearReport', year);
      const c = r.counts;
      io.out(r.message);
      io.out(
        `  в плане ${c.planned}, проведено ${c.held}, перенесено ${c.moved}, отменено ${c.cancelled}, без итогов ${c.noResult}, участников ${c.participants}, ссылок ${c.links}` +
          ` — ${r.created ? 'новый документ' : 'тот же документ обновлён'}: ${fileOf(rt, r.docId) ?? r.docId}`,
      );
      for (const s of r.sections)
        io.out(`  ${s.section}: в плане ${s.counts.planned}, проведено ${s.counts.held}`);
      return 0;
    }
    await buildMonthReport(rt, typeof month === 'string' ? month : '', io);
    return 0;
  },
};
