// The ports of app/ports.ts over Apps Script: what main.ts and the ui hand to the use cases.

import { planTriggers } from '../app/planTriggers';
import type { PlanBook, Ports, StoreOpener } from '../app/ports';
import { gasAuth } from './auth';
import { documentCache } from './cache';
import { gasCalendar } from './calendar';
import { gasClock } from './clock';
import { planLock } from './lock';
import { gasMail } from './mail';
import { gasPlanFiles } from './planFile';
import { documentStore, planStore as planProperties } from './properties';
import { gasDocuments } from './reportDocs';
import { gasSession } from './session';
import { PlanSpreadsheet } from './sheets';
import { gasTriggers } from './triggers';
import { gasWebApp } from './webapp';

/**
 * The Apps Script services for one plan: the active spreadsheet unless another is given, and the plan's
 * properties (document properties, script properties only where there are none: an add-on's script
 * properties and script lock are shared by every document using it, G/guides/properties).
 */
export function gasPorts(
  book: PlanBook = PlanSpreadsheet.active(),
  store: StoreOpener = planProperties,
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
    // Under an add-on the project's triggers span documents: the plan lists only its own.
    triggers: planTriggers(gasTriggers, store, gasSession),
    lock: planLock,
    session: gasSession,
    webApp: gasWebApp,
    auth: gasAuth,
    files: gasPlanFiles,
    cache: documentCache,
  };
}
