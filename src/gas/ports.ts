// The ports of app/ports.ts over Apps Script: what main.ts and the ui hand to the use cases.

import type { PlanBook, Ports, StoreOpener } from '../app/ports';
import { gasCalendar } from './calendar';
import { gasClock } from './clock';
import { scriptLock } from './lock';
import { gasMail } from './mail';
import { gasPlanFiles } from './planFile';
import { documentStore, scriptStore } from './properties';
import { gasDocuments } from './reportDocs';
import { gasSession } from './session';
import { PlanSpreadsheet } from './sheets';
import { gasTriggers } from './triggers';
import { gasWebApp } from './webapp';

/**
 * The Apps Script services for one plan: the active spreadsheet unless another is given, and script
 * properties unless another store is given (an add-on keeps per-plan state in document properties).
 */
export function gasPorts(
  book: PlanBook = PlanSpreadsheet.active(),
  store: StoreOpener = scriptStore,
  planStore: StoreOpener = documentStore,
): Ports {
  return {
    book,
    store,
    planStore,
    calendar: gasCalendar,
    mail: gasMail,
    documents: gasDocuments,
    clock: gasClock,
    triggers: gasTriggers,
    lock: scriptLock,
    session: gasSession,
    webApp: gasWebApp,
    files: gasPlanFiles,
  };
}
