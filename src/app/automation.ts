// Automation on/off: exactly planbook's triggers, never a second copy of any, and off removes only ours.
import { SETTING_DEFS } from '../domain/settings';
import {
  createDailyTrigger,
  createEditTrigger,
  createMonthlyTrigger,
  deleteTriggers,
  listTriggers,
} from '../gas/triggers';
import type { AppContext } from './context';

/** planbook's triggers: handler names are top-level functions of main.ts. */
export const AUTOMATION = {
  edit: 'onPlanEdit',
  daily: 'dailyRun',
  monthly: 'monthlyRun',
} as const;

/** One-off continuation triggers of runs that stopped early (see app/continuation.ts). */
export const CONTINUATION_HANDLER = 'continueRun';

const OURS = new Set<string>([...Object.values(AUTOMATION), CONTINUATION_HANDLER]);

export interface AutomationState {
  on: boolean;
  installed: string[];
  missing: string[];
}

export function automationState(): AutomationState {
  const have = new Set(listTriggers().map((t) => t.handler));
  const wanted = Object.values(AUTOMATION);
  const installed = wanted.filter((h) => have.has(h));
  return { on: installed.length === wanted.length, installed, missing: wanted.filter((h) => !have.has(h)) };
}

function mailHour(ctx: AppContext): number {
  const def = Number(SETTING_DEFS.find((d) => d.code === 'reminderHour')!.def);
  const h = Number(ctx.settings.get('reminderHour'));
  return Number.isInteger(h) && h >= 0 && h <= 23 ? h : def;
}

/** Installs what is missing; removes duplicates of ours. Returns the handlers it created and removed. */
export function automationOn(ctx: AppContext): { created: string[]; removed: string[] } {
  const triggers = listTriggers();
  const seen = new Set<string>();
  const duplicates: string[] = [];
  for (const t of triggers) {
    if (!OURS.has(t.handler) || t.handler === CONTINUATION_HANDLER) continue;
    if (seen.has(t.handler)) duplicates.push(t.id);
    seen.add(t.handler);
  }
  deleteTriggers(duplicates);
  const created: string[] = [];
  const tz = ctx.settings.timeZone;
  if (!seen.has(AUTOMATION.edit)) {
    createEditTrigger(AUTOMATION.edit, ctx.book.id());
    created.push(AUTOMATION.edit);
  }
  if (!seen.has(AUTOMATION.daily)) {
    createDailyTrigger(AUTOMATION.daily, mailHour(ctx), tz);
    created.push(AUTOMATION.daily);
  }
  if (!seen.has(AUTOMATION.monthly)) {
    createMonthlyTrigger(AUTOMATION.monthly, 1, 7, tz);
    created.push(AUTOMATION.monthly);
  }
  return { created, removed: duplicates.map(() => 'duplicate') };
}

/** Removes every planbook trigger (and only those). */
export function automationOff(): { removed: string[] } {
  const ours = listTriggers().filter((t) => OURS.has(t.handler));
  deleteTriggers(ours.map((t) => t.id));
  return { removed: ours.map((t) => t.handler) };
}
