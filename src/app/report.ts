// The monthly report: one Google Doc per month, built from the plan; building a month again rewrites
// the same doc. Idempotent against a kill at any call:
//   1. the doc of a month is remembered in script properties (report:YYYY-MM → doc id);
//   2. a doc created but not yet remembered (killed in between) is found again by its exact, stable name
//      (domain/report.ts docName) anywhere in the Drive planbook can see, so a re-run never makes a second;
//   3. the content is always cleared and written whole, so a run killed half-way is completed by the next.

import { buildReportModel, type MonthCounts, parseMonth, previousMonth } from '../domain/report';
import { isYes } from '../domain/settings';
import { monthName } from '../domain/texts/months';
import { rt } from '../domain/texts/report';
import { type AppContext, flushLog, log } from './context';
import type { Job } from './jobs';
import { loadPlan } from './plan';
import { reportDoc } from './reportDoc';
import { isMailQuotaError } from './serviceErrors';

const DOC_KEY = 'report:';
const MAILED_KEY = 'report:mailed:';

export interface ReportResult {
  month: string;
  url: string;
  docId: string;
  name: string;
  title: string;
  counts: MonthCounts;
  /** The month's events, as listed in the doc's table. */
  events: {
    row: number;
    number: string;
    title: string;
    status: string;
    results: string;
    participants: string;
  }[];
  /** Plan rows listed under «Строки плана с проблемами». */
  problemRows: number[];
  /** True when this run made the doc (false: an existing doc was rewritten). */
  created: boolean;
  /** Name of the folder the doc is in, or null when it stayed in My Drive root. */
  folder: string | null;
  /** Addresses the link was sent to by this run (empty: not sent, or sent before). */
  mailedTo: string[];
  message: string;
}

/** A month that cannot be read: shown as is (it is already a sentence for people). */
export class ReportMonthError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReportMonthError';
  }
}

/** 'YYYY-MM', or the previous month when empty. Throws ReportMonthError for anything else. */
export function reportMonth(ctx: AppContext, text?: string | null): string {
  const m = String(text ?? '').trim();
  if (!m) return previousMonth(ctx.today);
  if (!parseMonth(m)) throw new ReportMonthError(rt('badMonth', ctx.lang, { month: m }));
  return m;
}

export function buildReport(ctx: AppContext, monthText?: string | null): ReportResult {
  const month = reportMonth(ctx, monthText);
  const snap = loadPlan(ctx);
  const model = buildReportModel({
    month,
    today: ctx.today,
    lang: ctx.lang,
    schoolName: ctx.settings.get('schoolName'),
    partnerName: ctx.settings.get('partnerName'),
    schoolYear: snap.schoolYear,
    items: snap.items,
    planProblems: snap.planProblems,
  });

  const {
    doc,
    id: docId,
    created,
    folder: folderName,
    note,
  } = reportDoc(ctx, DOC_KEY + month, model.docName);
  doc.write(model.blocks);
  const url = doc.url();
  doc.saveAndClose();

  const p = parseMonth(month)!;
  const mailedTo = mailReport(ctx, month, docId, url, model.docName);
  const message = [
    rt('built1', ctx.lang, { monthName: monthName(p.m, ctx.lang), year: p.y, url }),
    note,
    mailedTo.length ? rt('mailed', ctx.lang, { to: mailedTo.join(', ') }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  log(ctx, rt('logReport', ctx.lang), message);
  flushLog(ctx);
  return {
    month,
    url,
    docId,
    name: model.docName,
    title: model.title,
    counts: model.counts,
    events: model.events.map((e) => ({
      row: e.row,
      number: e.number,
      title: e.title,
      status: e.status,
      results: e.results,
      participants: e.participants,
    })),
    problemRows: model.problemRows,
    created,
    folder: folderName,
    mailedTo,
    message,
  };
}

/**
 * Sends the link (and the PDF when the Settings say so) to the report's recipients, once per month and
 * only for a month that has ended. At most once: the month is marked sent before sending, so a run killed
 * after the mark never sends a second copy (an error that is not a kill clears the mark for a retry).
 */
function mailReport(ctx: AppContext, month: string, docId: string, url: string, name: string): string[] {
  const listed = ctx.settings
    .get('reportRecipients')
    .split(/[,;\s]+/)
    .map((s) => s.trim())
    .filter((s) => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(s));
  if (listed.length === 0 || month >= ctx.today.slice(0, 7)) return [];
  const owner = ctx.settings.get('ownerEmail');
  const to = isYes(ctx.settings.get('testMode')) ? (owner ? [owner] : []) : listed;
  if (to.length === 0) return [];
  const store = ctx.store();
  const key = MAILED_KEY + month;
  if (store.get(key)) return [];
  store.set(key, JSON.stringify({ at: ctx.now.toISOString(), docId, to }));
  const p = parseMonth(month)!;
  const params = { monthName: monthName(p.m, ctx.lang), year: p.y, url };
  const withPdf = isYes(ctx.settings.get('reportPdf'));
  try {
    const file = withPdf ? ctx.documents.file(docId) : null;
    ctx.mail.send({
      to: to.join(','),
      subject: rt('mailSubject', ctx.lang, params),
      body: rt('mailBody', ctx.lang, { ...params, pdf: file ? rt('mailPdf', ctx.lang) : '' }),
      attachments: file ? [file.pdf(name)] : undefined,
    });
    return to;
  } catch (e) {
    // Not sent (quota, a bad address…): unmark for the next build; the report itself stands.
    store.remove(key);
    const why = e instanceof Error ? e.message : String(e);
    log(ctx, rt('logReport', ctx.lang), (isMailQuotaError(e) ? 'MailApp quota: ' : '') + why);
    return [];
  }
}

/** The monthly trigger's job (day 1): the report for the month that ended. */
export const reportJob: Job = {
  name: 'report',
  run(ctx) {
    return buildReport(ctx, previousMonth(ctx.today)).message;
  },
};
