// Modelled time on Google: each counted call times a per-method latency, from published measurements.
// The emulator answers in microseconds; Google does not. These figures turn a run's call counts into
// seconds, and the seconds into 6-minute executions (planbook works 4.5 minutes of each: app/budget.ts).
// A figure is a typical round trip, not a guarantee; large sheet reads cost more than the per-call figure.
//
// Sources (each figure names one):
// [cal]  seman7277211.blogspot.com/2014/07/gas-calendarappcalendar.html: Calendar.Events.list through the
//        advanced service took 0.34 s (CalendarApp.getEvents 1.8 s) — one Calendar API round trip. Writes
//        are one round trip too; issue #14 models an event write at 0.35 s.
// [ics]  github.com/derekantrican/GAS-ICS-Sync/issues/82: "usually able to sync several hundred events
//        before reaching the execution time limit" (CalendarApp) — consistent with ≥ 0.35 s a write.
// [prop] ziritione.org/post/apps_script_performance: PropertiesService getProperty 30 ms, setProperty
//        62 ms on average; CacheService put 93 ms, get 3 ms (100 runs each).
// [sheet] the "What is faster: ScriptDb or SpreadsheetApp?" measurements (developreference mirror of the
//        Stack Overflow answer): one setValues of 4,000 cells under 50 ms; a flush() 610 ms.
// [mail] Small Outbox add-on FAQ (sites.google.com/quickfixters.com/add-onsuniverse/faq): a 100 KB mail
//        takes about 1.2 s to send.
// [local] builders (CardService, data validation builders) run inside the script: no round trip.
// [doc]  no published per-call figure found; Document calls are modelled like a sheet call (50 ms), the
//        create/open of a file like a Calendar round trip (0.35 s).
import { SAFE_LIMIT_MS } from '../src/app/budget';

interface Latency {
  /** Method name prefix as the meter counts it, e.g. 'Calendar.Events.insert' or 'Range.'. */
  prefix: string;
  seconds: number;
  source: string;
}

export const LATENCIES: Latency[] = [
  { prefix: 'Calendar.Events.list', seconds: 0.34, source: 'cal' },
  { prefix: 'Calendar.', seconds: 0.35, source: 'cal, ics' },
  { prefix: 'PropertiesService.', seconds: 0.03, source: 'prop' },
  { prefix: 'Properties.setPropert', seconds: 0.062, source: 'prop' },
  { prefix: 'Properties.deleteProperty', seconds: 0.062, source: 'prop' },
  { prefix: 'Properties.', seconds: 0.03, source: 'prop' },
  { prefix: 'Cache.put', seconds: 0.093, source: 'prop' },
  { prefix: 'Cache', seconds: 0.003, source: 'prop' },
  { prefix: 'SpreadsheetApp.flush', seconds: 0.61, source: 'sheet' },
  { prefix: 'MailApp.sendEmail', seconds: 1.2, source: 'mail' },
  { prefix: 'DocumentApp.create', seconds: 0.35, source: 'doc' },
  { prefix: 'DocumentApp.openById', seconds: 0.35, source: 'doc' },
  { prefix: 'Drive', seconds: 0.35, source: 'doc' },
  // Builders and blobs are objects inside the script: no service round trip.
  { prefix: 'CardService.', seconds: 0, source: 'local' },
  { prefix: 'DataValidationBuilder.', seconds: 0, source: 'local' },
  { prefix: 'SpreadsheetApp.newDataValidation', seconds: 0, source: 'local' },
  // Everything else (Range, Sheet, Spreadsheet, Document, Session, Lock, Script calls): a sheet call.
  { prefix: '', seconds: 0.05, source: 'sheet' },
];

export function latencyOf(method: string): Latency {
  return LATENCIES.find((l) => method.startsWith(l.prefix))!;
}

/** Seconds a run with these call counts takes on Google, by the table above. */
export function modelledSeconds(byMethod: Record<string, number>): number {
  let s = 0;
  for (const [m, n] of Object.entries(byMethod)) s += latencyOf(m).seconds * n;
  return Math.round(s * 10) / 10;
}

/** 6-minute executions the work needs, at planbook's 4.5 minutes of work each (app/budget.ts). */
export function runsNeeded(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / (SAFE_LIMIT_MS / 1000)));
}
