// Apps Script entry points, and nothing else. Every operation is a row of app/operations.ts (its name,
// lock policy, time budget and use case); the entry points below are its faces (ui/entries.ts): the API
// for the CLI, dialogs and tests, the menu item, the card button, the trigger target.
// Every function exported here becomes a top-level function of dist/Code.js (scripts/build.mjs), so
// menus, triggers and google.script.run can find it. Names ending in "_" are hidden from google.script.run.

import { OPERATIONS as op } from './app/operations';
import { type AddonEvent, fileScopeRequest } from './gas/card';
import { type AddonInstallEvent, isAuthModeNone, type SheetsOpenEvent } from './gas/session';
import { homeFor } from './ui/addon';
import { confirmRevoke, runFromMenu } from './ui/alerts';
import { openHelpDialog, openImportDialog, openSetupDialog, openStatusSidebar } from './ui/dialogs';
import { api, card, editTrigger, menu, menuAsking, trigger } from './ui/entries';
import { userLang } from './ui/lang';
import { buildMenu } from './ui/menu';
import { askReportMonth } from './ui/reportPrompt';
import { webAppGet, webAppPost } from './ui/webapp';

/** Simple trigger: adds the menu. Uses no service that needs authorization (R/script/auth-mode). */
export function onOpen(e?: SheetsOpenEvent): void {
  // In AuthMode.NONE (an add-on not yet used in this document) only the default language is safe.
  // Only an Editor add-on gets AuthMode.NONE; add-ons put their menu under Extensions with
  // createAddonMenu (G/add-ons/concepts/menus).
  const none = isAuthModeNone(e);
  buildMenu(none ? 'ru' : userLang(), none);
}

/** Editor add-on install: the same menu (G/add-ons/concepts/editor-auth-lifecycle). */
export function onInstall(e?: AddonInstallEvent): void {
  buildMenu(isAuthModeNone(e) ? 'ru' : userLang(), true);
}

// API: called by the CLI, dialogs (google.script.run) and the add-on card; they return plain data
// and fail with a message a person can read.

export const setupSheets = api(op.setup);
export const checkPlan = api(op.check);
export const previewImport = api(op.previewImport);
export const importPlan = api(op.import);
/** The text of a plan file uploaded in the Import dialog (or given to `planbook import`): .docx or text. */
export const planFileText = api(op.planFileText);
export const getStatus = api(op.status);
export const sendReminders = api(op.sendReminders);
export const previewReminders = api(op.previewReminders);
export const buildReport = api(op.report);
/** The year's analysis («Анализ … за учебный год») of '2026-2027' (empty: the plan's school year). */
export const buildYearReport = api(op.yearReport);
export const syncCalendar = api(op.sync);
export const turnAutomationOn = api(op.automationOn);
export const turnAutomationOff = api(op.automationOff);
/** The setup wizard's «Save» (google.script.run). */
export const saveSetup = api(op.saveSetup);
/** The status sidebar's data (google.script.run). */
export const getSidebar = api(op.sidebar);
/** «Проверка доступа» (planbook access): one line per service tried, ok false when any check fails. */
export const checkAccess = api(op.access);

// Menu items: the same operations, answered in an alert; the dialogs.

export const menuCheckPlan = menu(op.check);
export const menuSyncCalendar = menu(op.sync);
export const menuSendReminders = menu(op.sendReminders);
export const menuPreviewReminders = menu(op.previewReminders);
export const menuAutomationOn = menu(op.automationOn);
export const menuAutomationOff = menu(op.automationOff);
export const menuCheckAccess = menu(op.access);

/** «Build a month's report…»: asks the month (default the previous one), builds it, shows the link. */
export const menuBuildReport = menuAsking(op.report, askReportMonth);
/** «Собрать анализ за учебный год»: the plan's school year, built or rebuilt in place. */
export const menuBuildYearReport = menu(op.yearReport);

/** «Set up the sheet…»: the setup wizard (it creates the sheets when the person saves it). */
export function menuSetup(): void {
  runFromMenu(() => openSetupDialog('setup'));
}

export function menuSettings(): void {
  runFromMenu(() => openSetupDialog('settings'));
}

export function menuImport(): void {
  runFromMenu(() => openImportDialog());
}

export function menuStatus(): void {
  runFromMenu(() => openStatusSidebar());
}

export function menuHelp(): void {
  runFromMenu(() => openHelpDialog());
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

/** «Отозвать все ссылки»: every «Отметить результат» link mailed so far stops working (asks first). */
export const menuRevokeLinks = menuAsking(op.revokeLinks, confirmRevoke);
/** The same for scripts and the CLI. */
export const revokeAnswerLinks = api(op.revokeLinks);

// Triggers (app/automation.ts names them).

/** Daily trigger target: every daily job within the time budget. */
export const dailyRun = trigger(op.daily);
/** Monthly trigger target (day 1): the monthly jobs. */
export const monthlyRun = trigger(op.monthly);
/** One-off continuation trigger target: deletes itself, then continues the jobs that stopped early. */
export const continueRun = trigger(op.continue);

/** «Confirm deleting events»: the deletions a mass change held (app/sync.ts massHold) go now. */
export const confirmMassSync = api(op.confirmMass);
export const menuConfirmMassSync = menu(op.confirmMass);

const onEdit = editTrigger(op.edit);
/** Installable on-edit trigger target: the edited rows' events follow the sheet within seconds. */
export function onPlanEdit(e?: unknown) {
  return onEdit(e);
}

// The Workspace add-on (the second build, dist-addon/, manifest appsscript.addon.json): the side-panel
// card over the same operations. e is the add-on event object (G/add-ons/concepts/event-objects).

/** addOns.sheets.homepageTrigger: the homepage card(s) for the open spreadsheet (R/manifest/homepage-trigger). */
export function addonHome(e?: AddonEvent) {
  return [homeFor(e)];
}

/** addOns.sheets.onFileScopeGrantedTrigger: drive.file was just granted for this file (R/manifest/editor-addons). */
export function addonFileScopeGranted(e?: AddonEvent) {
  return [homeFor(e)];
}

/** The "allow access" button: asks the host for drive.file on the open file. */
export function cardRequestFileAccess() {
  return fileScopeRequest();
}

export const cardSetup = card(op.setup);
export const cardCheckPlan = card(op.check);
export const cardCheckAccess = card(op.access);
/** The card's «automation on»: the on-edit trigger only (a Workspace add-on's time triggers have no open file). */
export const cardAutomationOn = card(op.automationOnCard);
export const cardAutomationOff = card(op.automationOff);
/** The card's sync: stops at 20 s of the card's 30 and asks to press again. */
export const cardSyncCalendar = card(op.cardSync);
/** The card's reminders: they stop between two mails at 20 s of the card's 30 and ask to press again. */
export const cardSendReminders = card(op.cardSendReminders);
/** Last month's report, as the monthly trigger builds it; past 20 s its mail waits for the next press. */
export const cardBuildReport = card(op.cardReport);
