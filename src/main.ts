// Apps Script entry points, and nothing else: each builds its context and calls one use case.
// Every function exported here becomes a top-level function of dist/Code.js (scripts/build.mjs), so
// menus, triggers and google.script.run can find it. Names ending in "_" are hidden from google.script.run.

import { revokeLinks } from './app/answer';
import { automationOff, automationOn, automationState } from './app/automation';
import { Budget } from './app/budget';
import { checkPlan as checkPlanUseCase } from './app/check';
import { openContext, sessionLang } from './app/context';
import { takeContinuation } from './app/continuation';
import { importPlan as importPlanUseCase, previewImport as previewImportUseCase } from './app/import';
import { runJobs } from './app/jobs';
import { remind } from './app/remind';
import { buildReport as buildReportUseCase, reportMonth } from './app/report';
import { dailyJobs, monthlyJobs } from './app/schedule';
import { setupSheets as setupSheetsUseCase } from './app/setup';
import { sidebarData } from './app/sidebar';
import { planStatus } from './app/status';
import { fullSync, syncEdit } from './app/sync';
import { saveSetup as saveSetupUseCase } from './app/wizard';
import type { SetupForm } from './domain/setupForm';
import { fileScopeRequest } from './gas/card';
import { withScriptLock } from './gas/lock';
import { remainingDailyQuota } from './gas/mail';
import { isAuthModeNone } from './gas/session';
import { cardAction, homeFor } from './ui/addon';
import { confirmFromMenu, errorMessage, runFromMenu } from './ui/alerts';
import { automationText } from './ui/automationText';
import { openHelpDialog, openImportDialog, openSetupDialog, openStatusSidebar } from './ui/dialogs';
import { buildMenu } from './ui/menu';
import { askReportMonth } from './ui/reportPrompt';
import { webAppGet, webAppPost } from './ui/webapp';

/** Simple trigger: adds the menu. Uses no service that needs authorization (R/script/auth-mode). */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  // In AuthMode.NONE (an add-on not yet used in this document) only the default language is safe.
  // Only an Editor add-on gets AuthMode.NONE; add-ons put their menu under Extensions with
  // createAddonMenu (G/add-ons/concepts/menus).
  const none = isAuthModeNone(e);
  buildMenu(none ? 'ru' : sessionLang(), none);
}

/** Editor add-on install: the same menu (G/add-ons/concepts/editor-auth-lifecycle). */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  buildMenu(isAuthModeNone(e) ? 'ru' : sessionLang(), true);
}

/**
 * How long a run waits for another to finish before giving up (the lock is released when the other
 * execution ends; R/lock/lock#tryLock(Integer)). Short enough for a person waiting on a menu item.
 */
const LOCK_WAIT_MS = 30_000;

// API: called by the CLI, dialogs (google.script.run) and the add-on card; they return plain data
// and fail with a message a person can read.

function api<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw new Error(errorMessage(e));
  }
}

export function setupSheets() {
  return api(() => setupSheetsUseCase());
}

export function checkPlan() {
  return api(() => checkPlanUseCase(openContext()));
}

export function previewImport(text: string) {
  return api(() => previewImportUseCase(openContext(), text));
}

export function importPlan(text: string) {
  return api(() => {
    const ctx = openContext();
    const result = importPlanUseCase(ctx, text);
    checkPlanUseCase(openContext(ctx.book));
    return result;
  });
}

export function getStatus() {
  return api(() => planStatus(openContext()));
}

/** Today's reminders now (as the daily trigger sends them), under the script lock. */
export function sendReminders() {
  return api(() => withScriptLock(LOCK_WAIT_MS, () => remind(openContext(), { preview: false })));
}

/** What today's reminders would be; sends nothing. */
export function previewReminders() {
  return api(() => remind(openContext(), { preview: true }));
}

export function menuSendReminders(): void {
  runFromMenu(() => withScriptLock(LOCK_WAIT_MS, () => remind(openContext(), { preview: false }).message));
}

export function menuPreviewReminders(): void {
  runFromMenu(() => remind(openContext(), { preview: true }).message);
}

// Menu items: the same use cases, answered in a dialog.

/** «Set up the sheet…»: the setup wizard (it creates the sheets when the person saves it). */
export function menuSetup(): void {
  runFromMenu(() => openSetupDialog('setup'));
}

export function menuImport(): void {
  runFromMenu(() => openImportDialog());
}

export function menuStatus(): void {
  runFromMenu(() => openStatusSidebar());
}

export function menuSettings(): void {
  runFromMenu(() => openSetupDialog('settings'));
}

export function menuHelp(): void {
  runFromMenu(() => openHelpDialog());
}

// Dialog API (google.script.run): plain data in and out.

/** The setup wizard's «Save»: sets up the sheets and writes the values the person typed. */
export function saveSetup(form: SetupForm) {
  return api(() => saveSetupUseCase(form));
}

/** The status sidebar's data. */
export function getSidebar() {
  return api(() => sidebarData(openContext(), mailQuotaOrNull()));
}

/** Recipients MailApp may still send to today (R/mail/mail-app#getRemainingDailyQuota()); null if unknown. */
function mailQuotaOrNull(): number | null {
  try {
    return remainingDailyQuota();
  } catch {
    return null;
  }
}

/** The monthly report of a month 'YYYY-MM' (empty: the previous month): {month, url, docId, …}. */
export function buildReport(month?: string) {
  return api(() => withScriptLock(LOCK_WAIT_MS, () => buildReportUseCase(openContext(), month)));
}

/** «Build a month's report…»: asks the month (default the previous one), builds it, shows the link. */
export function menuBuildReport(): void {
  runFromMenu(() => {
    const ctx = openContext();
    const month = askReportMonth(ctx);
    if (month === null) return null;
    return withScriptLock(LOCK_WAIT_MS, () => buildReportUseCase(ctx, reportMonth(ctx, month)).message);
  });
}

export function menuCheckPlan(): void {
  runFromMenu(() => checkPlanUseCase(openContext()).message);
}

export function menuAutomationOn(): void {
  runFromMenu(() => automationText('automationOn', automationOn(openContext()).created));
}

export function menuAutomationOff(): void {
  runFromMenu(() => automationText('automationOff', automationOff().removed));
}

// The web app (manifest "webapp"; G/apps-script/guides/web): the «Отметить результат» page of a mail's link.

/** GET of the web app: the event and its form (writes nothing). */
export function doGet(e?: unknown) {
  return webAppGet(e);
}

/** POST of the web app (the form, or `planbook answer`): saves the row's answer under the script lock. */
export function doPost(e?: unknown) {
  return webAppPost(e);
}

/** «Отозвать все ссылки»: every «Отметить результат» link mailed so far stops working. */
export function menuRevokeLinks(): void {
  runFromMenu(() => {
    const ctx = openContext();
    if (!confirmFromMenu(ctx.lang)) return null;
    return withScriptLock(LOCK_WAIT_MS, () => revokeLinks(ctx));
  });
}

/** The same for scripts and the CLI. */
export function revokeAnswerLinks() {
  return api(() => withScriptLock(LOCK_WAIT_MS, () => ({ message: revokeLinks(openContext()) })));
}

// Automation: the triggers and what they run.

export function turnAutomationOn() {
  return api(() => {
    const r = automationOn(openContext());
    return { ...r, ...automationState(), message: automationText('automationOn', r.created) };
  });
}

export function turnAutomationOff() {
  return api(() => {
    const r = automationOff();
    return { ...r, ...automationState(), message: automationText('automationOff', r.removed) };
  });
}

/** Daily trigger target: every daily job under the script lock, within the time budget. */
export function dailyRun(e?: unknown) {
  return withScriptLock(LOCK_WAIT_MS, () => {
    const ctx = openContext();
    return runJobs(ctx, dailyJobs(), new Budget(), e);
  });
}

/** Monthly trigger target (day 1): the monthly jobs. */
export function monthlyRun(e?: unknown) {
  return withScriptLock(LOCK_WAIT_MS, () => {
    const ctx = openContext();
    return runJobs(ctx, monthlyJobs(), new Budget(), e);
  });
}

// Calendar sync (app/sync.ts).

/** Syncs the whole plan with the calendar now; returns what it did. */
export function syncCalendar() {
  return api(() => withScriptLock(LOCK_WAIT_MS, () => fullSync(openContext(), new Budget())));
}

export function menuSyncCalendar(): void {
  runFromMenu(() => withScriptLock(LOCK_WAIT_MS, () => fullSync(openContext(), new Budget()).message));
}

/** Installable on-edit trigger target: the edited rows' events follow the sheet within seconds. */
export function onPlanEdit(e?: unknown) {
  return syncEdit(() => openContext(), new Budget(), e);
}

/** One-off continuation trigger target: deletes itself, then continues the jobs that stopped early. */
export function continueRun(e?: unknown) {
  return withScriptLock(LOCK_WAIT_MS, () => {
    const jobs = takeContinuation();
    const ctx = openContext();
    return runJobs(
      ctx,
      dailyJobs().filter((j) => jobs.includes(j.name)),
      new Budget(),
      e,
    );
  });
}

// The Workspace add-on (the second build, dist-addon/, manifest appsscript.addon.json): the side-panel
// card over the same use cases. e is the add-on event object (G/add-ons/concepts/event-objects).

/** addOns.sheets.homepageTrigger: the homepage card(s) for the open spreadsheet (R/manifest/homepage-trigger). */
export function addonHome(e?: GoogleAppsScript.Addons.EventObject) {
  return [homeFor(e)];
}

/** addOns.sheets.onFileScopeGrantedTrigger: drive.file was just granted for this file (R/manifest/editor-addons). */
export function addonFileScopeGranted(e?: GoogleAppsScript.Addons.EventObject) {
  return [homeFor(e)];
}

/** The "allow access" button: asks the host for drive.file on the open file. */
export function cardRequestFileAccess() {
  return fileScopeRequest();
}

export function cardSetup(e?: GoogleAppsScript.Addons.EventObject) {
  return cardAction(e, (book) => setupSheetsUseCase(book).message);
}

export function cardCheckPlan(e?: GoogleAppsScript.Addons.EventObject) {
  return cardAction(e, (book) => checkPlanUseCase(openContext(book)).message);
}

export function cardAutomationOn(e?: GoogleAppsScript.Addons.EventObject) {
  return cardAction(e, (book) => automationText('automationOn', automationOn(openContext(book)).created));
}

export function cardAutomationOff(e?: GoogleAppsScript.Addons.EventObject) {
  return cardAction(e, () => automationText('automationOff', automationOff().removed));
}

/** The whole plan into the calendar now, under the script lock as the menu item runs it. */
export function cardSyncCalendar(e?: GoogleAppsScript.Addons.EventObject) {
  return cardAction(e, (book) =>
    withScriptLock(LOCK_WAIT_MS, () => fullSync(openContext(book), new Budget()).message),
  );
}

/** Today's reminders now, under the script lock as the menu item sends them. */
export function cardSendReminders(e?: GoogleAppsScript.Addons.EventObject) {
  return cardAction(e, (book) =>
    withScriptLock(LOCK_WAIT_MS, () => remind(openContext(book), { preview: false }).message),
  );
}

/** Last month's report, under the script lock as the monthly trigger runs it. */
export function cardBuildReport(e?: GoogleAppsScript.Addons.EventObject) {
  return cardAction(e, (book) =>
    withScriptLock(LOCK_WAIT_MS, () => buildReportUseCase(openContext(book), '').message),
  );
}
