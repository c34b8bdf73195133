// Plain data shared by the domain, the use cases and the adapters. No Apps Script globals here.

/** A calendar day as YYYY-MM-DD (the plan's time zone is applied where dates become instants). */
export type Day = string;

/** A problem found in the input, shown to people through texts.ts (never as a raw code). */
export interface Problem {
  code: string;
  params?: Record<string, string | number>;
}

export type TimingKind =
  | 'date' // an exact day, maybe with a time: "15.10.2026", "12 апреля", "15.10 в 14:00", or the Дата column
  | 'month' // one month: "октябрь"
  | 'range' // a range of months: "апрель-июнь"
  | 'months' // a list of months: "январь, март"
  | 'deadline' // "до 20 мая": one single-day occurrence on the deadline day
  | 'term' // a half or quarter of the school year: "II полугодие", "I четверть"
  | 'recurring' // "ежемесячно", "еженедельно", "1 раз в четверть", "1 раз в полугодие"
  | 'year' // the whole year: "в течение года", "постоянно"
  | 'unscheduled' // "по мере необходимости", "по плану библиотеки": kept and reported, never an error
  | 'empty' // nothing written
  | 'unknown'; // text that could not be understood: a problem of the row

/** One stretch of days an event takes; end is inclusive. time is HH:MM when the text gave one. */
export interface Occurrence {
  start: Day;
  end: Day;
  time?: string;
}

export interface Timing {
  kind: TimingKind;
  /** The text as written. */
  text: string;
  occurrences: Occurrence[];
  /** For kind 'recurring': how often. */
  every?: 'week' | 'month' | 'quarter' | 'half';
  problems: Problem[];
}

/** The school year that starts on 1 September of startYear and ends on 31 August of startYear + 1. */
export interface SchoolYear {
  startYear: number;
}

export type Status = 'planned' | 'held' | 'moved' | 'cancelled';

export type Lang = 'ru' | 'en';
