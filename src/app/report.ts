// The monthly report: one Google Doc per month, built from the plan; building a month again rewrites
// the same doc. Idempotent against a kill at any call:
//   1. the doc of a month is remembered in script properties (report:YYYY-MM → doc id);
//   2. a doc created but not yet remembered (killed in between) is found again by its exact, stable name
//      (domain/report.ts docName) anywhere in the Drive planbook can see, so a re-run never makes a second;
//   3. the content is always cleared and written whole, so a run killed half-way is completed by the next.

import { shortHash } from '../domain/reminders';
import { buildReportModel, type MonthCounts, parseMonth, previousMonth } from '../domain/report';
import { monthName } from '../domain/texts/months';
import { rt } from '../domain/texts/report';
import type { Budget } from './budget';
import { type AppContext, flushLog, log } from './context';
import type { Job } from './jobs';
import { loadPlan } from './plan';
import { reportDoc, reportHeading } from './reportDoc';
import { DOC_KEY, mailReport, oweReportMail, PENDING_MONTH } from './reportMail';

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

/**
 * Builds the month's report. With a card's budget (app/operation.ts BY_CARD) a doc written past it is
 * kept whole, and its mail — the PDF is made for it — waits, owed, for the next press; the owed mail's
 * mark then says what that press wrote, so that the next press, finding the same doc to write, only
 * sends the mail: on a slow day the presses cannot go round writing the doc for ever. Any other build
 * owes the mail afresh (oweReportMail), which clears the mark.
 */
export function buildReport(ctx: AppContext, monthText?: string | null, budget?: Budget): ReportResult {
  const month = reportMonth(ctx, monthText);
  const byCard = budget?.resumesByTrigger === false;
  const left = byCard ? ctx.store().get(PENDING_MONTH) : null;
  oweReportMail(ctx, month);
  const snap = loadPlan(ctx);
  const model = buildReportModel({
    month,
    ...reportHeading(ctx),
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
  const written = `${month} ${shortHash(JSON.stringify(model.blocks))}`;
  // The doc the last press wrote whole, the same to the letter: not written again.
  const again = left === written && !created;
  if (!again) doc.write(model.blocks);
  const url = doc.url();
  if (!again) doc.saveAndClose();

  const p = parseMonth(month)!;
  const later = budget?.exhausted() === true;
  const mailedTo = later ? [] : mailReport(ctx, month, docId, url, model.docName);
  const owed = later && ctx.store().get(PENDING_MONTH) === month;
  if (owed) ctx.store().set(PENDING_MONTH, written);
  const message = [
    rt('built1', ctx.lang, { monthName: monthName(p.m, ctx.lang), year: p.y, url }),
    note,
    mailedTo.length ? rt('mailed', ctx.lang, { to: mailedTo.join(', ') }) : '',
    owed ? rt('mailWaitsCard', ctx.lang) : '',
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

/** The monthly trigger's job (day 1): the report for the month that ended. */
export const reportJob: Job = {
  name: 'report',
  run(ctx) {
    return buildReport(ctx, previousMonth(ctx.today)).message;
  },
};

/**
 * The daily run: a report whose mail a kill or the quota left owed (app/reportMail.ts) is built again —
 * the doc is found by its name, the mail goes to whoever has not had it. One property read otherwise.
 */
export const reportMailJob: Job = {
  name: 'reportMail',
  run(ctx) {
    const store = ctx.store();
    // The month, and after a card's press that left the mail what it wrote ('2026-09 1k2j3h').
    const month = store.get(PENDING_MONTH)?.split(' ')[0];
    if (!month) return '';
    const p = parseMonth(month);
    const now = parseMonth(ctx.today.slice(0, 7))!;
    // Owed for a month or two (a kill, a day's quota); an older one is forgotten.
    if (!p || now.y * 12 + now.m - (p.y * 12 + p.m) > 2) {
      store.remove(PENDING_MONTH);
      return '';
    }
    return buildReport(ctx, month).message;
  },
};
