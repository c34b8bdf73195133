// ScriptApp adapter: planbook's installable triggers (R/script/script-app, G/triggers/installable).
// A user may have 20 triggers per script (G/services/quotas); planbook keeps at most 4 of its own.

import type { TriggerInfo, TriggerService } from '../app/ports';

export type { TriggerInfo } from '../app/ports';

export function listTriggers(): TriggerInfo[] {
  return ScriptApp.getProjectTriggers().map((t) => ({
    id: t.getUniqueId(),
    handler: t.getHandlerFunction(),
  }));
}

export function deleteTriggers(ids: string[]): void {
  if (ids.length === 0) return;
  const want = new Set(ids);
  for (const t of ScriptApp.getProjectTriggers()) if (want.has(t.getUniqueId())) ScriptApp.deleteTrigger(t);
}

// Each create* returns the new trigger's id (Trigger.getUniqueId()).

export function createEditTrigger(handler: string, spreadsheetId: string): string {
  return ScriptApp.newTrigger(handler).forSpreadsheet(spreadsheetId).onEdit().create().getUniqueId();
}

/** Every day at hour:minute (±15 min, per nearMinute) in the zone (R/script/clock-trigger-builder). */
export function createDailyTrigger(handler: string, hour: number, timeZone: string): string {
  return ScriptApp.newTrigger(handler)
    .timeBased()
    .everyDays(1)
    .atHour(hour)
    .nearMinute(0)
    .inTimezone(timeZone)
    .create()
    .getUniqueId();
}

/** On a day of every month at an hour in the zone. */
export function createMonthlyTrigger(handler: string, day: number, hour: number, timeZone: string): string {
  return ScriptApp.newTrigger(handler)
    .timeBased()
    .onMonthDay(day)
    .atHour(hour)
    .nearMinute(0)
    .inTimezone(timeZone)
    .create()
    .getUniqueId();
}

/** Once, after ms (a continuation of a run that stopped before the time limit). */
export function createOnceTrigger(handler: string, ms: number): string {
  return ScriptApp.newTrigger(handler).timeBased().after(ms).create().getUniqueId();
}

/** The TriggerService port. */
export const gasTriggers: TriggerService = {
  list: listTriggers,
  remove: deleteTriggers,
  onEdit: createEditTrigger,
  daily: createDailyTrigger,
  monthly: createMonthlyTrigger,
  once: createOnceTrigger,
};
