// report: build a month's report (a Google Doc in the emulator, saved as reports/<name>.docx) or the year's
// analysis.

import { join } from 'node:path';
import type { Runtime } from '../../localgas/runtime';
import type { MonthCounts } from '../../src/domain/report';
import type { Lang } from '../../src/domain/types';
import type { ScriptResult } from '../api';
import { cliText } from '../texts';
import { runScript } from './script';
import { CliError, type Command, type Io } from './types';

function fileOf(rt: Runtime, docId: string): string | undefined {
  const list = (rt.status()['reports'] ?? []) as { docId: string; file: string }[];
  return list.find((r) => r.docId === docId)?.file;
}

/** What a built report counted, and whether its doc is new: one line. */
function countsLine(lang: Lang, r: { counts: MonthCounts; created: boolean }, extra = ''): string {
  const say = cliText(lang);
  return `${say('reportCounts', { ...r.counts })}${extra} — ${say(r.created ? 'reportNewDoc' : 'reportSameDoc')}`;
}

/** Builds one month's report and says where it went (the demo's report step too). */
export async function buildMonthReport(
  rt: Runtime,
  month: string,
  io: Io,
  lang: Lang,
  indent = '',
): Promise<ScriptResult<'buildReport'>> {
  const r = await runScript(rt, 'buildReport', month);
  // The Doc's address exists only in the emulator: the person is shown the file it wrote instead.
  const file = fileOf(rt, r.docId);
  io.out(`${indent}${file ? r.message.replace(r.url, join(rt.workspace.dir, file)) : r.message}`);
  io.out(`${indent}  ${countsLine(lang, r)}`);
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
      throw new CliError(cliText(args.lang)('reportMonthAndYear'), 2);
    const rt = await open();
    if (typeof year === 'string') {
      const r = await runScript(rt, 'buildYearReport', year);
      const say = cliText(args.lang);
      io.out(r.message);
      const extra = say('reportYearCounts', { participants: r.counts.participants, links: r.counts.links });
      io.out(`  ${countsLine(args.lang, r, extra)}: ${fileOf(rt, r.docId) ?? r.docId}`);
      for (const s of r.sections) io.out(`  ${say('reportSection', { section: s.section, ...s.counts })}`);
      return 0;
    }
    await buildMonthReport(rt, typeof month === 'string' ? month : '', io, args.lang);
    return 0;
  },
};
