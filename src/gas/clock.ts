// Time: the only place that asks for "now". Dates become days in the plan's time zone.

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
