// The timing parser: what the Сроки text (and the Дата cell) of a plan row says about when it happens.
//
// Decisions (see also schoolYear.ts):
// - Months and dates without a year belong to the school year: Sep–Dec → startYear, Jan–Aug → startYear + 1.
// - A range of months whose end would come before its start wraps: "ноябрь-февраль" is Nov..Feb of the
//   next calendar year; if it starts in August ("август-сентябрь") it is the August before the school
//   year (and gets the outside-the-year warning), otherwise the end moves a year on.
// - A deadline ("до 20 мая", "не позднее 15.10", "до конца мая") is a single-day occurrence ON the
//   deadline day, kind 'deadline': the calendar shows when the work is due, not a months-long bar.
//   "до мая" (without a day) means "before May": the deadline is the last day of April.
// - "The whole year" ("в течение года", "постоянно") and recurring items cover the study period,
//   1 September – 31 May, not the summer holidays. Whole year: one occurrence for that span.
//   Recurring: one occurrence per period inside it (each month Sep..May; each Monday..Sunday week,
//   clipped to the study period; each quarter; each half). "Еженедельно по средам" gives the Wednesdays.
// - A date range ("12-19 апреля", "с 12.04 по 19.04") is kind 'date' with one occurrence start..end.
// - "летние каникулы" is June–August (kind 'range'); other holidays ("в каникулы") are unscheduled.
//   Seasons are months too: "осенью" Sep–Nov, "зимой" Dec–Feb, "весной" Mar–May.
// - A filled Дата cell wins over the text; a number there is read as a Sheets serial date.
// - When dates or months are written, they win over a term or "в течение года" in the same text.
//
// The rules live beside this file: timingText.ts (their order), timingDates.ts, timingMonths.ts,
// timingTerms.ts, timingRecurring.ts, weeks.ts and observances.ts; timingScan.ts what they share;
// timingDateCell.ts the Дата cell.
import { withHolidays } from './holidayPeriods';
import type { Holiday } from './holidays';
import { withTimeCell } from './timeCell';
import { fromDateCell } from './timingDateCell';
import { type Analysis, analyzeText, make, outsideYearProblems } from './timingText';
import type { SchoolYear, Timing } from './types';

export interface TimingOptions {
  /** Value of the Дата column: a Date (an instant, read in timeZone), a string, a number, or ''. */
  dateCell?: unknown;
  /** IANA time zone, default Europe/Moscow. */
  timeZone?: string;
  /** The school holidays of the Settings: «в весенние каникулы» gets their dates. */
  holidays?: readonly Holiday[];
  /** Value of the Время column («10:00», «10.00», a Date or a day fraction): the time of days without one. */
  timeCell?: unknown;
}

function analyze(text: unknown, sy: SchoolYear, opts?: TimingOptions): Analysis {
  const str = typeof text === 'string' ? text : text === undefined || text === null ? '' : String(text);
  const cell = fromDateCell(opts?.dateCell, sy, opts?.timeZone || 'Europe/Moscow');
  if (cell && 'occ' in cell) {
    const occ = cell.occ;
    return {
      timing: make('date', str, occ, outsideYearProblems(sy, occ)),
      residue: [],
      recognised: true,
    };
  }
  const a = analyzeText(str, sy);
  if (cell && 'bad' in cell) {
    a.timing.problems.unshift({ code: 'timing.badDateCell', params: { value: cell.bad } });
  }
  return a;
}

/**
 * The parser itself: what a period text (and the Дата cell, which wins when filled) says about when a
 * row happens. It is meant never to throw on any string; the property tests call this, not the wrapper.
 */
export function analyzeTiming(text: string, sy: SchoolYear, opts?: TimingOptions): Timing {
  const t = withHolidays(analyze(text, sy, opts).timing, opts?.holidays);
  return withTimeCell(t, opts?.timeCell, opts?.timeZone || 'Europe/Moscow');
}

/**
 * analyzeTiming for the use cases: never throws, whatever it is given (a cell that is not a string, a
 * bug): anything not understood is kind 'unknown' with a problem.
 */
export function parseTiming(text: string, sy: SchoolYear, opts?: TimingOptions): Timing {
  try {
    return analyzeTiming(text, sy, opts);
  } catch (_e) {
    const shown = typeof text === 'string' ? text : '';
    return make('unknown', shown, [], [{ code: 'timing.unknown', params: { text: shown.trim() } }]);
  }
}

/**
 * True when the whole text is a period ("сентябрь", "апрель-июнь", "в течение года", "по мере
 * необходимости") with no other words: how the importer finds where the period starts in a line.
 */
export function isPeriodText(text: string, sy: SchoolYear): boolean {
  try {
    const a = analyzeText(text, sy);
    const k = a.timing.kind;
    return k !== 'empty' && a.recognised && a.residue.length === 0;
  } catch (_e) {
    return false;
  }
}
