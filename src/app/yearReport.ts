// The year's analysis («Анализ … за учебный год»): one Google Doc per school year, rebuilt in place like
// the monthly reports (app/reportDoc.ts). Built from the menu, the CLI, and the monthly trigger on
// 1 June and again on 1 July (with June's events), so the school has it for its June council.
import { parseSchoolYear } from '../domain/schoolYear';
import { rt } from '../domain/texts/report';
import type { SchoolYear } from '../domain/types';
import { buildYearReportModel, type YearReportModel } from '../domain/yearReport';
import { type AppContext, flushLog, log } from './context';
import type { Job } from './jobs';
import { currentSchoolYear, loadPlan } from './plan';
import { ReportMonthError } from './report';
import { reportDoc, reportHeading } from './reportDoc';

const DOC_KEY = 'yearReport:';

export interface YearReportResult {
  year: string;
  url: string;
  docId: string;
  name: string;
  title: string;
  created: boolean;
  counts: YearReportModel['counts'];
  sections: YearReportModel['sections'];
  message: string;
}

/** '2026-2027' (or 2026/27, 2026–2027); empty: the plan's school year. Throws ReportMonthError otherwise. */
export function reportYear(ctx: AppContext, text?: string | null): SchoolYear {
  const t = String(text ?? '').trim();
  if (!t) return currentSchoolYear(ctx);
  const sy = /^\d{4}$/.test(t) ? null : parseSchoolYear(t);
  if (!sy) throw new ReportMonthError(rt('badYear', ctx.lang, { year: t }));
  return sy;
}

export function buildYearReport(ctx: AppContext, yearText?: string | null): YearReportResult {
  const schoolYear = reportYear(ctx, yearText);
  const snap = loadPlan(ctx);
  const model = buildYearReportModel({
    schoolYear,
    ...reportHeading(ctx),
    items: snap.items,
  });
  const { doc, id: docId, created, note } = reportDoc(ctx, DOC_KEY + model.year, model.docName);
  doc.write(model.blocks);
  const url = doc.url();
  doc.saveAndClose();
  const message = [rt('yearBuilt1', ctx.lang, { year: model.year, url }), note].filter(Boolean).join(' ');
  log(ctx, rt('logReport', ctx.lang), message);
  flushLog(ctx);
  return {
    year: model.year,
    url,
    docId,
    name: model.docName,
    title: model.title,
    created,
    counts: model.counts,
    sections: model.sections,
    message,
  };
}

/** The monthly trigger's job in June and July (app/schedule.ts): the plan's school year. */
export const yearReportJob: Job = {
  name: 'yearReport',
  run: (ctx) => buildYearReport(ctx, '').message,
};
