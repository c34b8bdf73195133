// The table of operations: every entry point of main.ts (the API for the CLI and dialogs, the menu
// items, the card buttons, the triggers) is made from one row here, so each operation takes the lock
// and gets its time budget the same way however it is started (a row's shape and perform(), which runs
// it: app/operation.ts). Each row's name has a label people read (domain/texts/runs.json).
// The lock policies (none, writer, edit) are described with the row's shape in app/operation.ts.

import type { SetupForm } from '../domain/setupForm';
import type { OperationId } from '../domain/texts/runs';
import { t } from '../domain/texts/ui';
import { accessCheck } from './access';
import { answerForm, revokeLinks, saveAnswer } from './answer';
import {
  automationOff,
  automationOn,
  automationOnText,
  automationState,
  automationText,
  monthlyInDaily,
} from './automation';
import { SAFE_LIMIT_MS } from './budget';
import { checkPlan } from './check';
import { type AppContext, contextOf, openContext, sessionLang } from './context';
import { continueLater, takeContinuation } from './continuation';
import { importPlan, previewImport } from './import';
import { type JobResult, runJobs } from './jobs';
import { BY_CARD, op, own, said } from './operation';
import { editsCachedSheet, forgetPlan, readCachedPlan } from './planCache';
import type { EditedRange, PlanFile, Ports } from './ports';
import { remind } from './remind';
import { buildReport } from './report';
import { dailyJobs, monthlyJobs } from './schedule';
import { stoppedForScopes } from './scopeNotice';
import { scopesRefused } from './serviceErrors';
import { setupSheets } from './setup';
import { mailQuotaOrNull, sidebarData } from './sidebar';
import { planStatus } from './status';
import { confirmedSync, fullSync, isPlanEdit, syncEdited, syncEditLater } from './sync';
import { saveSetup } from './wizard';
import { buildYearReport } from './yearReport';

/** «Automation on» from the menu, the API or (editOnly) the Workspace add-on's card. */
function turnOn(ports: Ports, editOnly: boolean) {
  const r = automationOn(contextOf(ports), { editOnly });
  const said = automationOnText(ports.session, r);
  return {
    ...r,
    ...automationState(ports),
    message:
      editOnly && !r.ungranted ? `${said} ${t('automationCardOnly', sessionLang(ports.session))}` : said,
  };
}

/** A scheduled run: nothing when a scope is missing (the owner is told once, app/scopeNotice.ts). */
function scheduled(ctx: AppContext, operation: OperationId, run: () => JobResult[]): JobResult[] {
  return stoppedForScopes(ctx, operation) ? [] : run();
}

export const OPERATIONS = {
  setup: said({
    name: 'setup',
    lock: 'writer',
    budgetMs: SAFE_LIMIT_MS,
    run: (ports) => setupSheets(ports),
    message: own,
  }),
  /** The setup wizard's «Save»: sets up the sheets and writes the values the person typed. */
  saveSetup: said({
    name: 'saveSetup',
    lock: 'writer',
    budgetMs: SAFE_LIMIT_MS,
    run: (ports, _b, form: SetupForm) => saveSetup(ports, form),
    message: own,
  }),
  check: said({
    name: 'check',
    lock: 'writer',
    budgetMs: SAFE_LIMIT_MS,
    run: (ports) => checkPlan(contextOf(ports)),
    message: own,
  }),
  previewImport: op({
    name: 'previewImport',
    lock: 'none',
    budgetMs: SAFE_LIMIT_MS,
    run: (ports, _b, text: string) => previewImport(contextOf(ports), text),
  }),
  /** The text of an uploaded plan file (a Word .docx read by the script, or text). */
  planFileText: op({
    name: 'planFileText',
    lock: 'none',
    budgetMs: SAFE_LIMIT_MS,
    run: (ports, _b, file: PlanFile) => {
      if (!ports.files) throw new Error('planFileText: no plan files port');
      return ports.files.planText(file, contextOf(ports).lang);
    },
  }),
  /** New rows at the end of the Plan, then every row's key and problems brought up to date. */
  import: said({
    name: 'import',
    lock: 'writer',
    budgetMs: SAFE_LIMIT_MS,
    run: (ports, _b, text: string) => {
      const ctx = contextOf(ports);
      const result = importPlan(ctx, text);
      checkPlan(openContext(ctx));
      return result;
    },
    message: own,
  }),
  status: op({
    name: 'status',
    lock: 'none',
    budgetMs: SAFE_LIMIT_MS,
    run: (ports) => planStatus(contextOf(ports)),
  }),
  sidebar: op({
    name: 'sidebar',
    lock: 'none',
    budgetMs: SAFE_LIMIT_MS,
    run: (ports) => sidebarData(contextOf(ports), mailQuotaOrNull(ports.mail)),
  }),
  /** Today's reminders now, as the daily trigger sends them. */
  sendReminders: said({
    name: 'sendReminders',
    lock: 'writer',
    budgetMs: SAFE_LIMIT_MS,
    run: (ports, budget) => remind(contextOf(ports), { preview: false, budget }),
    message: own,
  }),
  /** What today's reminders would be; sends nothing. */
  previewReminders: said({
    name: 'previewReminders',
    lock: 'none',
    budgetMs: SAFE_LIMIT_MS,
    run: (ports) => remind(contextOf(ports), { preview: true }),
    message: own,
  }),
  /** The monthly report of a month 'YYYY-MM' (empty: the previous month). */
  report: said({
    name: 'report',
    lock: 'writer',
    budgetMs: SAFE_LIMIT_MS,
    run: (ports, _b, month?: string | null) => buildReport(contextOf(ports), month),
    message: own,
  }),
  /** The year's analysis of a school year '2026-2027' (empty: the plan's). */
  yearReport: said({
    name: 'yearReport',
    lock: 'writer',
    budgetMs: SAFE_LIMIT_MS,
    run: (ports, _b, year?: string | null) => buildYearReport(contextOf(ports), year),
    message: own,
  }),
  /** The whole plan into the calendar now. */
  sync: said({
    name: 'sync',
    lock: 'writer',
    budgetMs: SAFE_LIMIT_MS,
    run: (ports, budget) => fullSync(contextOf(ports), budget),
    message: own,
  }),
  /**
   * The card's «sync now»: a Workspace add-on's card callback ends at 30 s, so the sync stops at 20 s and the
   * card says to press again — no trigger: an add-on's time-driven trigger has no open spreadsheet.
   */
  cardSync: said({
    name: 'cardSync',
    ...BY_CARD,
    run: (ports, budget) => fullSync(contextOf(ports), budget),
    message: own,
  }),
  /** The card's «send reminders now»: they stop between two mails at 20 s; the card says to press again. */
  cardSendReminders: said({
    name: 'cardSendReminders',
    ...BY_CARD,
    run: (ports, budget) => remind(contextOf(ports), { preview: false, budget }),
    message: own,
  }),
  /** The card's «last month's report»: the doc is written whole; its mail waits for a next press past 20 s. */
  cardReport: said({
    name: 'cardReport',
    ...BY_CARD,
    run: (ports, budget) => buildReport(contextOf(ports), null, budget),
    message: own,
  }),
  /** «Confirm deleting events»: the deletions a mass change held go now (app/sync.ts massHold). */
  confirmMass: said({
    name: 'confirmMass',
    lock: 'writer',
    budgetMs: SAFE_LIMIT_MS,
    run: (ports, budget) => confirmedSync(contextOf(ports), budget),
    message: own,
  }),
  /** The installable on-edit trigger: the edited rows' events follow the sheet within seconds. */
  edit: op({
    name: 'edit',
    lock: 'edit',
    budgetMs: SAFE_LIMIT_MS,
    precheck: (open, range: EditedRange | null) => {
      if (isPlanEdit(range)) return undefined;
      // A person changed Настройки or Ответственные: the edits' cache of them goes (no lock needed).
      if (editsCachedSheet(range)) forgetPlan(open());
      return null;
    },
    run: (ports, budget, range: EditedRange | null) => {
      if (!range) return null;
      // What rarely changes comes from the cache when it is there (app/planCache.ts).
      const ctx = openContext(ports, readCachedPlan(ports));
      try {
        return syncEdited(ctx, budget, range);
      } catch (e) {
        // A scope the person did not grant: told once (Журнал + one mail), not an error on every edit.
        if (scopesRefused(e).length && stoppedForScopes(ctx, 'edit')) return null;
        throw e;
      }
    },
    busy: (ports) => syncEditLater(ports),
  }),
  automationOn: said({
    name: 'automationOn',
    lock: 'writer',
    budgetMs: SAFE_LIMIT_MS,
    run: (ports) => turnOn(ports, false),
    message: own,
  }),
  /**
   * The Workspace add-on card's «automation on»: the on-edit trigger only — its time-driven runs would have
   * no open spreadsheet (docs/APPS-SCRIPT-FACTS.md §8); the message says so.
   */
  automationOnCard: said({
    name: 'automationOnCard',
    lock: 'writer',
    budgetMs: SAFE_LIMIT_MS,
    run: (ports) => turnOn(ports, true),
    message: own,
  }),
  automationOff: said({
    name: 'automationOff',
    lock: 'writer',
    budgetMs: SAFE_LIMIT_MS,
    run: (ports) => {
      const r = automationOff(ports);
      return {
        ...r,
        ...automationState(ports),
        message: automationText(ports.session, 'automationOff', r.removed),
      };
    },
    message: own,
  }),
  /** The web app's GET: the event of a mailed link and its form (writes nothing). */
  answerForm: op({
    name: 'answerForm',
    lock: 'none',
    budgetMs: SAFE_LIMIT_MS,
    run: (ports, _b, params: Record<string, string>) =>
      answerForm(contextOf(ports), params, ports.webApp.url() ?? ''),
  }),
  /** The web app's POST (the form, or `planbook answer`): the row's answer written by its key. */
  saveAnswer: op({
    name: 'saveAnswer',
    lock: 'writer',
    // A person on a phone waits for the page: shorter than a menu item.
    lockWaitMs: 20_000,
    budgetMs: SAFE_LIMIT_MS,
    run: (ports, _b, params: Record<string, string>) =>
      saveAnswer(contextOf(ports), params, ports.webApp.url() ?? ''),
  }),
  /** «Отозвать все ссылки»: every «Отметить результат» link mailed so far stops working. */
  revokeLinks: said({
    name: 'revokeLinks',
    lock: 'writer',
    budgetMs: SAFE_LIMIT_MS,
    run: (ports) => ({ message: revokeLinks(contextOf(ports)) }),
    message: own,
  }),
  /**
   * Daily trigger: every daily job in order (calendar, then reminders); on the 1st also the monthly jobs
   * where Google allowed no second time-driven trigger (an add-on: app/automation.ts MONTHLY_IN_DAILY).
   */
  daily: op({
    name: 'daily',
    lock: 'writer',
    budgetMs: SAFE_LIMIT_MS,
    run: (ports, budget, e?: unknown) => {
      const ctx = contextOf(ports);
      return scheduled(ctx, 'daily', () => {
        const done = runJobs(ctx, dailyJobs(), budget, e);
        if (monthlyInDaily(ctx)) done.push(...runJobs(ctx, monthlyJobs(ctx.today), budget, e));
        return done;
      });
    },
  }),
  /** Monthly trigger (day 1): the monthly jobs. */
  monthly: op({
    name: 'monthly',
    lock: 'writer',
    budgetMs: SAFE_LIMIT_MS,
    run: (ports, budget, e?: unknown) => {
      const ctx = contextOf(ports);
      return scheduled(ctx, 'monthly', () => runJobs(ctx, monthlyJobs(ctx.today), budget, e));
    },
  }),
  /**
   * One-off continuation trigger: deletes itself, then continues the daily jobs that stopped early. When
   * another run holds the lock it is deleted all the same and a fresh one waits (app/continuation.ts).
   */
  continue: op({
    name: 'continue',
    lock: 'writer',
    budgetMs: SAFE_LIMIT_MS,
    run: (ports, budget, e?: unknown) => {
      const jobs = takeContinuation(ports, e);
      const ctx = contextOf(ports);
      return scheduled(ctx, 'continue', () =>
        runJobs(
          ctx,
          dailyJobs().filter((j) => jobs.includes(j.name)),
          budget,
          e,
        ),
      );
    },
    busy: (ports, e?: unknown) => {
      continueLater(ports, e);
      return [];
    },
  }),
  /** «Проверка доступа»: each service tried with the least footprint, one line per check (app/access.ts). */
  access: said({
    name: 'access',
    // It writes (a test event, a test doc), so it waits for a run in progress as every writer does.
    lock: 'writer',
    budgetMs: SAFE_LIMIT_MS,
    run: (ports) => accessCheck(contextOf(ports)),
    message: own,
  }),
};

export {
  EDIT_WAIT_MS,
  type Host,
  type LockPolicy,
  type Operation,
  perform,
  type Said,
  WRITER_WAIT_MS,
} from './operation';
