// The Workspace add-on's entry helpers: which spreadsheet the event is about, the homepage card for it,
// and an action's answer (notification + updated card). Errors become the same Russian sentences as in
// the menu (alerts.ts errorMessage), never a stack trace.
import { openContext } from '../app/context';
import { overview } from '../app/overview';
import type { Ports } from '../app/ports';
import { mailQuotaOrNull } from '../app/sidebar';
import { t } from '../domain/texts/ui';
import {
  type ActionResponse,
  type AddonEvent,
  actionResponse,
  type Card,
  errorCard,
  fileAccessCard,
  homeCard,
  setupCard,
} from '../gas/card';
import { gasPorts } from '../gas/ports';
import { PlanSpreadsheet } from '../gas/sheets';
import { errorMessage } from './alerts';
import { userLang } from './lang';

export type { ActionResponse, AddonEvent, Card } from '../gas/card';

/**
 * The plan's spreadsheet for an add-on event. A Sheets homepage/action event carries e.sheets
 * {id, title, addonHasFileScopePermission}; id and title only after the person granted drive.file for
 * this file (G/add-ons/concepts/event-objects). Without an id (the script bound to the file, the CLI)
 * it is the active spreadsheet, as for the menu.
 */
export function addonBook(e: AddonEvent | undefined): PlanSpreadsheet {
  const id = e?.sheets?.id;
  // The open file through the active spreadsheet: spreadsheets.currentonly covers it, while openById
  // lists only …/auth/spreadsheets (R/spreadsheet/spreadsheet-app#openById(String)), which the add-on
  // manifest does not ask for. openById stays for an event naming another file (it then fails honestly).
  const active = PlanSpreadsheet.activeOrNull();
  if (active && (!id || active.id() === id)) return active;
  return id ? PlanSpreadsheet.byId(id) : PlanSpreadsheet.active();
}

/** True when the host says the add-on has no access to the open file yet. */
function needsFileAccess(e: AddonEvent | undefined): boolean {
  return Boolean(e?.sheets) && e?.sheets?.addonHasFileScopePermission === false;
}

/** The card for the open spreadsheet: file access first, then setup, then the plan's homepage. */
export function homeFor(e: AddonEvent | undefined, book?: PlanSpreadsheet): Card {
  if (needsFileAccess(e)) return fileAccessCard(userLang());
  try {
    const ports = gasPorts(book ?? addonBook(e));
    const ctx = openContext(ports);
    const d = overview(ctx, mailQuotaOrNull(ports.mail));
    const title = e?.sheets?.title;
    return d.setUp ? homeCard(d, ctx.lang, title) : setupCard(ctx.lang, title);
  } catch (err) {
    return errorCard(errorMessage(err), userLang());
  }
}

/** Runs one use case for a card button and answers with its message and the refreshed card. */
export function cardAction(e: AddonEvent | undefined, run: (ports: Ports) => string): ActionResponse {
  if (needsFileAccess(e)) return actionResponse(t('cardNeedAccess', userLang()), fileAccessCard(userLang()));
  let message: string;
  let book: PlanSpreadsheet | undefined;
  try {
    book = addonBook(e);
    message = run(gasPorts(book));
  } catch (err) {
    message = errorMessage(err);
  }
  // A fresh adapter for the card: the use case may have created sheets the first one had cached as missing.
  return actionResponse(message, homeFor(e, book?.fresh()));
}
