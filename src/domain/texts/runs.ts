// What people read where a run is named — the Журнал's Действие, the owner's mail of a missing
// permission, «automation on/off», the status panel's last runs, the CLI — instead of the functions'
// names (dailyRun, onPlanEdit, sendReminders…): a label for every row of the operations table
// (app/operations.ts) and every job of the daily and monthly runs (app/schedule.ts), in runs.json.
import type { Lang } from '../types';
import { catalog } from './fill';
import texts from './runs.json';

/** The ids of the operations table's rows: a row without a label is a type error there. */
export type OperationId = keyof typeof texts.operations;
export type JobId = keyof typeof texts.jobs;

/**
 * The functions Google calls by name for planbook's triggers (top-level functions of main.ts), and the
 * operation each one runs: what a trigger is called where a person reads it.
 */
export const TRIGGER_HANDLERS = {
  edit: 'onPlanEdit',
  daily: 'dailyRun',
  monthly: 'monthlyRun',
  continue: 'continueRun',
} as const satisfies Partial<Record<OperationId, string>>;

const operation = catalog<OperationId>(texts.operations);
const job = catalog<JobId>(texts.jobs);

/** An operation's label, as it stands inside a sentence: «ежедневный запуск». */
export function operationLabel(id: OperationId, lang: Lang): string {
  return operation(id, lang);
}

/** A job's label: «календарь», «напоминания»; an unknown job (an old record) keeps its name. */
export function jobLabel(name: string, lang: Lang): string {
  return name in texts.jobs ? job(name as JobId, lang) : name;
}

/** A trigger's handler as people read it: its operation's label; an unknown function keeps its name. */
export function handlerLabel(handler: string, lang: Lang): string {
  const found = Object.entries(TRIGGER_HANDLERS).find(([, h]) => h === handler);
  return found ? operationLabel(found[0] as OperationId, lang) : handler;
}

/** The label at the start of a line or in the Журнал's Действие column: «Ежедневный запуск». */
export function capitalized(label: string): string {
  return label.charAt(0).toUpperCase() + label.slice(1);
}
