// The operations the benchmark measures. Each feature adds its own: name, how to prepare a workspace
// (not measured), what to run (measured), and the fewest service calls the operation could make.

import { callScript, type ScriptArgs, type ScriptName, type ScriptResult } from '../cli/api';
import { fillDemoEmails } from '../cli/demoData';
import { planColumnOf, sheetNameOf } from '../cli/planSheets';
import type { Runtime } from '../localgas/runtime';
import type { SpreadsheetService } from '../localgas/services/spreadsheet';
import { planText } from './plans';

export interface Operation {
  name: string;
  /** Brings a fresh workspace to the state before the operation (not measured). */
  prepare(rt: Runtime, rows: number): Promise<void>;
  /** The measured part. */
  run(rt: Runtime, rows: number): Promise<void>;
  /**
   * The fewest calls possible, and why: each sheet read or write is at least getRange + getValues or
   * setValues (2), opening the spreadsheet and a sheet 1 each.
   */
  minimumCalls(rows: number): number;
}

/** An entry point of the bundle, typed by src/main.ts (cli/api.ts); a kill or an error fails the bench. */
async function must<K extends ScriptName>(
  rt: Runtime,
  fn: K,
  ...args: ScriptArgs<K>
): Promise<ScriptResult<K>> {
  return callScript(rt, fn, ...args);
}

export const setupThenImport = async (rt: Runtime, rows: number) => {
  await must(rt, 'setupSheets');
  await must(rt, 'importPlan', planText(rows));
};

export const OPERATIONS: Operation[] = [
  {
    name: 'setup',
    async prepare() {},
    async run(rt) {
      await must(rt, 'setupSheets');
    },
    // The floor of what a person sees after setup, each thing once per range that carries it, with the
    // narrow scopes (no Sheets API batchUpdate: it needs all of a person's spreadsheets):
    // the lock (3); the spreadsheet (1); its sheets and a name (2), whether Лист1 is empty (1), the user's
    // language (1); Settings' defaults: the zone and the owner's address (3);
    // Ответственные renamed from Лист1 (1), Настройки, Журнал and the Plan inserted from it (3);
    // the header once for all four — range, bold, colour, frozen (4) — and the Plan's own header range for
    // its 13 more columns' bold and colours and its notes (4); the headings and first rows: Ответственные and the Plan on the
    // header's range (2), Настройки and Журнал (2 × 2);
    // number formats, one per format per sheet (4 × 2); drop-downs: a builder, two rules built, a range,
    // two sets (8); widths, the fewest paints (Ответственные 2, Журнал 1, Plan 6); the Plan's wrap and top
    // alignment (3), its grey system columns (3), their protection with its description and warning (3);
    // the Plan's key and Settings' codes hidden (2). Setup makes exactly these.
    minimumCalls: () =>
      3 + 1 + 2 + 1 + 1 + 3 + 1 + 3 + 4 + 4 + 2 + 2 * 2 + 4 * 2 + 8 + (2 + 1 + 6) + 3 + 3 + 3 + 2,
  },
  {
    name: 'import',
    async prepare(rt) {
      await must(rt, 'setupSheets');
    },
    async run(rt, rows) {
      await must(rt, 'importPlan', planText(rows));
    },
    // Open the spreadsheet (1); read Settings, Plan and Responsibles (3 × (sheet + read 2));
    // write the new rows, their keys and problems, and the new roles (3 writes × 2).
    minimumCalls: () => 1 + 3 * 3 + 3 * 2,
  },
  {
    // The first calendar sync of an imported plan. Minimum: open the spreadsheet (1); read Settings,
    // Responsibles and Plan (3 × (sheet + getRange + getValues)); the spreadsheet's id (1); create the
    // plan's calendar (1) and remember its id (1); one listing page per 2,500 events; one insert per
    // event; one write of the Sync column (2).
    name: 'sync',
    async prepare(rt, rows) {
      await setupThenImport(rt, rows);
    },
    async run(rt) {
      await must(rt, 'syncCalendar');
    },
    minimumCalls: (rows) => {
      const events = syncEventCount(rows);
      return 1 + 3 * 3 + 1 + 2 + Math.max(1, Math.ceil(events / 2500)) + events + 2;
    },
  },
  {
    // The daily reconcile when nothing changed since the last sync. Minimum: open the spreadsheet (1);
    // read Settings, Responsibles and Plan (3 × 3); the spreadsheet's id (1); the calendar id (1); one
    // listing page per 2,500 events. No event write, no sheet write. Independent of the plan's size but
    // for the listing pages.
    name: 'sync-again',
    async prepare(rt, rows) {
      await setupThenImport(rt, rows);
      await must(rt, 'syncCalendar');
    },
    async run(rt) {
      await must(rt, 'syncCalendar');
    },
    minimumCalls: (rows) => 1 + 3 * 3 + 1 + 1 + listingPages(rows),
  },
  {
    // A person sorts the plan by title (every row moves), then the daily reconcile. The events do not
    // depend on a row's position, so: the same as sync-again (rows found by their keys).
    name: 'sync-sorted',
    async prepare(rt, rows) {
      await setupThenImport(rt, rows);
      await must(rt, 'syncCalendar');
      const sheet = rt.service<SpreadsheetService>('spreadsheet');
      const plan = sheetNameOf(sheet, 'plan');
      const header = sheet.read(plan)[0] as unknown[];
      sheet.personSort(plan, planColumnOf(header, 'title'));
    },
    async run(rt) {
      await must(rt, 'syncCalendar');
    },
    minimumCalls: (rows) => 1 + 3 * 3 + 1 + 1 + listingPages(rows),
  },
  {
    // One person's edit of one row (status → проведено) after a full sync, through the on-edit trigger.
    // Minimum: the edit event's sheet and its name (2), the lock (get, tryLock, release: 3), open the
    // spreadsheet (1), the Settings, Responsibles, the spreadsheet's links and the calendar id from the
    // document cache the full sync left (getDocumentCache + get: 2), the Plan's header and the edited row
    // (2 × 2), the key column with its notes (3), one listing by the row's key (1), one update per event
    // of that row. Independent of the plan's size.
    name: 'sync-edit',
    async prepare(rt, rows) {
      await setupThenImport(rt, rows);
      await must(rt, 'turnAutomationOn');
      await must(rt, 'syncCalendar');
    },
    async run(rt, rows) {
      const sheet = rt.service<SpreadsheetService>('spreadsheet');
      const plan = sheetNameOf(sheet, 'plan');
      const header = sheet.read(plan)[0] as unknown[];
      const row = Math.max(2, Math.floor(rows / 2));
      const ev = sheet.personEdit(plan, row, planColumnOf(header, 'status'), [['проведено']]);
      const outs = await rt.fireEdit(ev as unknown as Record<string, unknown>);
      for (const o of outs) if (o.error) throw o.error;
    },
    minimumCalls: (rows) => 2 + 3 + 1 + 2 + 2 * 2 + 3 + 1 + editedRowEvents(rows),
  },
  {
    // One daily reminder run on 1 September (set-the-date, monthly and term reminders are due): the
    // 6 addresses of the generated plans' roles each get one digest. Minimum: open the spreadsheet (1);
    // read Settings, Responsibles and Plan (3 × (sheet + getRange + getValues)) — the plan is ONE read
    // whatever its size; the row link's URL and sheet id (2); the script properties and their values (2);
    // the remaining quota (1); per mail the record + pending marker in one setProperties and the send (2);
    // removing the pending marker (1); the script lock (get, tryLock, release: 3) so that two runs never
    // send the same digest; one Log line (sheet + getRange + setValues: 3). Independent of the plan's size.
    name: 'remind',
    async prepare(rt, rows) {
      await setupThenImport(rt, rows);
      await fillDemoEmails(rt);
    },
    async run(rt) {
      await must(rt, 'sendReminders');
    },
    minimumCalls: () => 1 + 3 * 3 + 2 + 2 + 1 + 2 * REMIND_MAILS + 1 + 3 + 3,
  },
  {
    // The first build of October's report (the doc is made, so the folder is looked up and made too).
    // Minimum: the script lock (get, tryLock, release: 3); open the spreadsheet (1); read Settings, Plan and
    // Responsibles (3 × (sheet + getRange + getValues)) — the plan is ONE read whatever its size; script
    // properties: the store, the month's doc id, remembering it (3); find a doc of a killed run by name
    // (getFilesByName + hasNext: 2); create the doc (1); the report folder (getFoldersByName + hasNext +
    // createFolder: 3), the doc's Drive file and moveTo (2); the body and clearing it (2); one call per
    // block of the report — REPORT_BLOCKS paragraphs and tables, each table's cells in ONE appendTable —
    // plus one call per table to style its header row (REPORT_TABLES); id, url, saveAndClose (3); one Log
    // line (sheet + getRange + setValues: 3). Independent of the plan's size: the tables grow, not the calls.
    name: 'report',
    async prepare(rt, rows) {
      await setupThenImport(rt, rows);
    },
    async run(rt) {
      await must(rt, 'buildReport', '2026-10');
    },
    minimumCalls: () => 3 + 1 + 3 * 3 + 3 + 2 + 1 + 3 + 2 + 2 + REPORT_BLOCKS + REPORT_TABLES + 3 + 3,
  },
];

/** The report's blocks with a plan without school/partner names (title, year line, 6 headings + their
 * paragraphs or tables, intros, the year note, built date, signature) and its tables. */
const REPORT_BLOCKS = 22;
const REPORT_TABLES = 6;

export { must };

/** Digests of one remind run on 1 September: one per address of the plans' roles (see fillDemoEmails). */
const REMIND_MAILS = 6;

/** Events a generated plan of n rows makes (counted from the plan generator's periods; the seed: 14). */
function syncEventCount(rows: number): number {
  if (rows <= 15) return 14;
  let n = 0;
  for (let i = 1; i <= rows; i++) n += PER_PERIOD[i % PER_PERIOD.length]!;
  return n;
}

// per PERIODS entry in bench/plans.ts, the events its row makes (see domain/calendarPlan.ts; «ежемесячно»
// is one recurring event, domain/series.ts)
const PER_PERIOD = [1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 0, 1, 1, 2];

/** Listing pages of a synced plan's events (2,500 a page, at least one). */
function listingPages(rows: number): number {
  return Math.max(1, Math.ceil(syncEventCount(rows) / 2500));
}

/** Events of the row the sync-edit operation edits (sheet row max(2, rows/2) holds plan line row-1). */
function editedRowEvents(rows: number): number {
  if (rows <= 15) return 1;
  const row = Math.max(2, Math.floor(rows / 2));
  return PER_PERIOD[(row - 1) % PER_PERIOD.length]!;
}
