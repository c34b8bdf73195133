// Time: the only place that asks for "now". Dates become days in the plan's time zone.
import type { Clock } from '../app/ports';

export function now(): Date {
  return new Date();
}

/** YYYY-MM-DD of an instant in a time zone. */
export function dayIn(instant: Date, timeZone: string): string {
  return Utilities.formatDate(instant, timeZone, 'yyyy-MM-dd');
}

export function timeIn(instant: Date, timeZone: string): string {
  return Utilities.formatDate(instant, timeZone, 'dd.MM.yyyy HH:mm');
}

/** The Clock port. */
/** Waits (Utilities.sleep: at most 5 minutes, R/utilities/utilities#sleep(Integer)). */
export function pause(ms: number): void {
  Utilities.sleep(Math.max(0, Math.min(Math.round(ms), 300_000)));
}

/** The Clock port. */
export const gasClock: Clock = { now, dayIn, timeIn, sleep: pause };
