// The Workspace add-on's entry helpers: which spreadsheet the event is about, the homepage card for it,
// and an action's answer (notification + updated card). Errors become the same Russian sentences as in
// the menu (alerts.ts errorMessage), never a stack trace.
import { openContext, sessionLang } from '../app/context';
import { overview } from '../app/overview';
import { t } from '../domain/texts/ui';
import { actionResponse, errorCard, fileAccessCard, homeCard, setupCard } from '../gas/card';
import { remainingDailyQuota } from '../gas/mail';
import { PlanSpreadsheet } from '../gas/sheets';
import { errorMessage } from './alerts';

type AddonEvent = Partial<GoogleAppsScript.Addons.EventObject> | undefined;

/**
 * The plan's spreadsheet for an add-on event. A Sheets homepage/action event carries e.sheets
 * {id, title, addonHasFileScopePermission}; id and title only after the person granted drive.file for
 * this file (G/add-ons/concepts/event-objects). Without an id (the script bound to the file, the CLI)
 * it is the active spreadsheet, as for the menu.
 */
export function addonBook(e: AddonEvent): PlanSpreadsheet {
  const id = e?.sheets?.id;
  return id ? PlanSpreadsheet.byId(id) : PlanSpreadsheet.active();
}

/** True when the host says the add-on has no access to the open file yet. */
function needsFileAccess(e: AddonEvent): boolean {
  return Boolean(e?.sheets) && e?.sheets?.addonHasFileScopePermission === false;
}

function mailQuota(): number | null {
  try {
    return remainingDailyQuota();
  } catch {
    // The count is only shown; a card without it is still right.
    return null;
  }
}

/** The card for the open spreadsheet: file access first, then setup, then the plan's homepage. */
export function homeFor(e: AddonEvent, book?: PlanSpreadsheet): GoogleAppsScript.Card_Service.Card {
  if (needsFileAccess(e)) return fileAccessCard(sessionLang());
  try {
    const ctx = openContext(book ?? addonBook(e));
    const d = overview(ctx, mailQuota());
    const title = e?.sheets?.title;
    return d.setUp ? homeCard(d, ctx.lang, title) : setupCard(ctx.lang, title);
  } catch (err) {
    return errorCard(errorMessage(err), sessionLang());
  }
}

/** Runs one use case for a card button and answers with its message and the refreshed card. */
export function cardAction(
  e: AddonEvent,
  run: (book: PlanSpreadsheet) => string,
): GoogleAppsScript.Card_Service.ActionResponse {
  if (needsFileAccess(e))
    return actionResponse(t('cardNeedAccess', sessionLang()), fileAccessCard(sessionLang()));
  let message: string;
  let book: PlanSpreadsheet | undefined;
  try {
    book = addonBook(e);
    message = run(book);
  } catch (err) {
    message = errorMessage(err);
  }
  // A fresh adapter for the card: the use case may have created sheets the first one had cached as missing.
  return actionResponse(message, homeFor(e, book ? new PlanSpreadsheet(book.ss) : undefined));
}
