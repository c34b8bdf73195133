// The monthly report as plain data: which plan rows belong to the month, the counts, the tables and the
// year so far. Pure: the adapters turn the blocks into a Google Doc (src/gas/document.ts).
import { addDays, compareDays, formatDayRu, fromParts, lastDayOfMonth } from './days';
import { datesText as timingDates } from './eventDates';
import { formatSchoolYear, yearOfMonth } from './schoolYear';
import { monthName } from './texts/months';
import { problemText } from './texts/problems';
import { monthShort, rt, statusName } from './texts/report';
import type { Day, Lang, Occurrence, Problem, SchoolYear, Status, Timing } from './types';

/** What the report needs of a plan row (app/plan.ts PlanItem has this shape). */
export interface ReportItem {
  row: {
    row: number;
    number: string;
    title: string;
    status: Status | null;
    statusText: string;
    results: string;
    participants: unknown;
  };
  timing: Timing;
  names: string[];
  problems: Problem[];
}

export interface ReportInput {
  /** 'YYYY-MM'. */
  month: string;
  today: Day;
  lang: Lang;
  schoolName: string;
  partnerName: string;
  schoolYear: SchoolYear;
  items: ReportItem[];
  planProblems: Problem[];
}

export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'subtitle'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; note?: boolean }
  /** A real table: the first row is the header (styled), the rest are data rows, all written at once. */
  | { kind: 'table'; rows: string[][]; widths?: number[] };

export interface MonthCounts {
  planned: number;
  held: number;
  moved: number;
  cancelled: number;
  noResult: number;
}

export interface ReportEvent {
  row: number;
  number: string;
  title: string;
  dates: string;
  responsibles: string;
  status: string;
  results: string;
  participants: string;
}

export interface ReportModel {
  month: string;
  /** The doc's name: stable for the month, so the doc can be found again by it. */
  docName: string;
  title: string;
  counts: MonthCounts;
  events: ReportEvent[];
  /** Rows with problems listed in the report. */
  problemRows: number[];
  blocks: Block[];
}

const MONTH_RE = /^(\d{4})-(\d{2})$/;

/** 'YYYY-MM' → {y, m}, or null. */
export function parseMonth(text: string): { y: number; m: number } | null {
  const m = MONTH_RE.exec(String(text ?? '').trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12 || y < 1990 || y > 2200) return null;
  return { y, m: mo };
}

export function formatMonth(y: number, m: number): string {
  return fromParts(y, m, 1).slice(0, 7);
}

/** The month before the one that holds `day`: what the monthly run on the 1st reports on. */
export function previousMonth(day: Day): string {
  return addDays(day.slice(0, 8) + '01', -1).slice(0, 7);
}

export function nextMonth(month: string): string {
  const p = parseMonth(month)!;
  return p.m === 12 ? formatMonth(p.y + 1, 1) : formatMonth(p.y, p.m + 1);
}

function monthBounds(month: string): { start: Day; end: Day } {
  const p = parseMonth(month)!;
  return { start: fromParts(p.y, p.m, 1), end: lastDayOfMonth(p.y, p.m) };
}

/** Whole-year items (and «по мере необходимости») are reported apart, not as events of each month. */
export function isOngoing(it: ReportItem): boolean {
  return it.timing.kind === 'year' || it.timing.kind === 'unscheduled';
}

function overlaps(o: Occurrence, start: Day, end: Day): boolean {
  return o.start <= end && o.end >= start;
}

/** The rows whose timing falls in the month (any occurrence overlapping it), in plan order. */
export function itemsOfMonth<T extends ReportItem>(items: T[], month: string): T[] {
  const { start, end } = monthBounds(month);
  return items.filter((it) => !isOngoing(it) && it.timing.occurrences.some((o) => overlaps(o, start, end)));
}

function participantsText(p: unknown): string {
  if (p === '' || p === null || p === undefined) return '';
  return String(p).trim();
}

function closed(it: ReportItem): boolean {
  return it.row.status === 'cancelled' || it.row.status === 'moved';
}

/** Held or past its dates, not moved or cancelled, and no results written. */
function lacksResults(it: ReportItem, until: Day): boolean {
  if (closed(it) || it.row.results !== '') return false;
  // Only what had begun by then: a row marked held ahead of its dates belongs to a later report.
  if (firstStart(it) > until) return false;
  if (it.row.status === 'held') return true;
  const last = it.timing.occurrences.reduce<Day | null>(
    (m, o) => (m === null || o.end > m ? o.end : m),
    null,
  );
  return last !== null && last <= until;
}

export function countMonth(items: ReportItem[], month: string, today: Day): MonthCounts {
  const { end } = monthBounds(month);
  const until = end < today ? end : addDays(today, -1);
  const of = itemsOfMonth(items, month);
  return {
    planned: of.length,
    held: of.filter((it) => it.row.status === 'held').length,
    moved: of.filter((it) => it.row.status === 'moved').length,
    cancelled: of.filter((it) => it.row.status === 'cancelled').length,
    noResult: of.filter(
      (it) => !closed(it) && it.row.results === '' && (it.row.status === 'held' || firstStart(it) <= until),
    ).length,
  };
}

function firstStart(it: ReportItem): Day {
  return it.timing.occurrences.reduce((m, o) => (compareDays(o.start, m) < 0 ? o.start : m), '9999-12-31');
}

function datesText(it: ReportItem, _lang: Lang): string {
  return timingDates(it.timing);
}

function statusText(it: ReportItem, lang: Lang): string {
  return it.row.status ? statusName(it.row.status, lang) : it.row.statusText + ' (?)';
}

function eventOf(it: ReportItem, lang: Lang): ReportEvent {
  return {
    row: it.row.row,
    number: it.row.number,
    title: it.row.title,
    dates: datesText(it, lang),
    responsibles: it.names.join(', '),
    status: statusText(it, lang),
    results: it.row.results,
    participants: participantsText(it.row.participants),
  };
}

/** A bar of `width` cells: █ for held, ░ for the rest of the planned. Plain characters survive .docx and PDF. */
export function bar(held: number, planned: number, width = 10): string {
  if (planned <= 0) return '';
  const full = Math.round((Math.min(held, planned) / planned) * width);
  return (
    '█'.repeat(full) +
    '░'.repeat(width - full) +
    ' ' +
    Math.round((Math.min(held, planned) / planned) * 100) +
    '%'
  );
}

/** The school year's months from September up to and including `month`. */
export function monthsSoFar(sy: SchoolYear, month: string): string[] {
  const out: string[] = [];
  for (const m of [9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8]) {
    const key = formatMonth(yearOfMonth(sy, m), m);
    if (key > month) break;
    out.push(key);
  }
  return out;
}

export function buildReportModel(input: ReportInput): ReportModel {
  const { lang, items, month, today } = input;
  const p = parseMonth(month);
  if (!p) throw new RangeError('Not a month: ' + month);
  const name = monthName(p.m, lang);
  const { end } = monthBounds(month);
  const until = end < today ? end : addDays(today, -1);
  const monthItems = itemsOfMonth(items, month);
  const events = monthItems.map((it) => eventOf(it, lang));
  const counts = countMonth(items, month, today);
  const title = rt('title', lang, { monthName: name, year: p.y });
  const blocks: Block[] = [];

  blocks.push({ kind: 'title', text: title });
  if (input.schoolName)
    blocks.push({ kind: 'subtitle', text: rt('school', lang, { school: input.schoolName }) });
  if (input.partnerName)
    blocks.push({ kind: 'subtitle', text: rt('partner', lang, { partner: input.partnerName }) });
  blocks.push({
    kind: 'subtitle',
    text: rt('schoolYear', lang, { year: formatSchoolYear(input.schoolYear) }),
  });

  blocks.push({ kind: 'heading', text: rt('summaryHeading', lang) });
  blocks.push({ kind: 'paragraph', text: rt('summary', lang, { ...counts }) });

  blocks.push({ kind: 'heading', text: rt('eventsHeading', lang) });
  if (events.length) {
    blocks.push({
      kind: 'table',
      widths: [22, 108, 56, 110, 90, 112, 84],
      rows: [
        [
          'colNo',
          'colEvent',
          'colDates',
          'colResponsibles',
          'colStatus',
          'colResults',
          'colParticipants',
        ].map((c) => rt(c as 'colNo', lang)),
        ...events.map((e) => [
          e.number,
          e.title,
          e.dates,
          e.responsibles,
          e.status,
          e.results,
          e.participants,
        ]),
      ],
    });
  } else blocks.push({ kind: 'paragraph', text: rt('noEvents', lang) });

  const ongoing = items.filter(isOngoing);
  blocks.push({ kind: 'heading', text: rt('ongoingHeading', lang) });
  if (ongoing.length) {
    blocks.push({ kind: 'paragraph', text: rt('ongoingIntro', lang) });
    blocks.push({
      kind: 'table',
      widths: [30, 200, 90, 140, 160],
      rows: [
        [
          rt('colNo', lang),
          rt('colEvent', lang),
          rt('colDates', lang),
          rt('colResponsibles', lang),
          rt('colResults', lang),
        ],
        ...ongoing.map((it) => [
          it.row.number,
          it.row.title,
          datesText(it, lang),
          it.names.join(', '),
          it.row.results,
        ]),
      ],
    });
  } else blocks.push({ kind: 'paragraph', text: rt('noOngoing', lang) });

  // Rows still missing results, from the start of the school year to the month's end, by person.
  const missing = items.filter((it) => !isOngoing(it) && lacksResults(it, until));
  blocks.push({ kind: 'heading', text: rt('missingHeading', lang) });
  if (missing.length) {
    const byPerson = new Map<string, string[]>();
    for (const it of missing) {
      const label = (it.row.number ? '№' + it.row.number + ' ' : '') + it.row.title;
      for (const who of it.names.length ? it.names : ['—']) {
        const list = byPerson.get(who) ?? [];
        list.push(label);
        byPerson.set(who, list);
      }
    }
    blocks.push({ kind: 'paragraph', text: rt('missingIntro', lang) });
    blocks.push({
      kind: 'table',
      widths: [160, 440],
      rows: [
        [rt('colPerson', lang), rt('colEvents', lang)],
        ...[...byPerson.entries()].map(([who, list]) => [who, list.join('; ')]),
      ],
    });
  } else blocks.push({ kind: 'paragraph', text: rt('noMissing', lang) });

  // Next month's plan.
  const next = nextMonth(month);
  const np = parseMonth(next)!;
  const nextItems = itemsOfMonth(items, next);
  blocks.push({
    kind: 'heading',
    text: rt('nextHeading', lang, { monthName: monthName(np.m, lang), year: np.y }),
  });
  if (nextItems.length) {
    blocks.push({
      kind: 'table',
      widths: [30, 270, 100, 200],
      rows: [
        [rt('colNo', lang), rt('colEvent', lang), rt('colDates', lang), rt('colResponsibles', lang)],
        ...nextItems.map((it) => [it.row.number, it.row.title, datesText(it, lang), it.names.join(', ')]),
      ],
    });
  } else blocks.push({ kind: 'paragraph', text: rt('noNext', lang) });

  // The year so far: a small table with a bar per month.
  blocks.push({ kind: 'heading', text: rt('yearHeading', lang) });
  const months = monthsSoFar(input.schoolYear, month);
  const yearRows = months.map((mo) => {
    const c = countMonth(items, mo, today);
    const mp = parseMonth(mo)!;
    return [
      monthShort(mp.m, lang) + ' ' + mp.y,
      String(c.planned),
      String(c.held),
      String(c.moved),
      String(c.cancelled),
      String(c.noResult),
      bar(c.held, c.planned - c.cancelled - c.moved),
    ];
  });
  blocks.push({
    kind: 'table',
    widths: [90, 55, 65, 65, 60, 65, 200],
    rows: [
      ['colMonth', 'colPlanned', 'colHeld', 'colMoved', 'colCancelled', 'colNoResult', 'colBar'].map((c) =>
        rt(c as 'colNo', lang),
      ),
      ...yearRows,
    ],
  });
  blocks.push({ kind: 'paragraph', text: rt('yearNote', lang), note: true });

  // Rows with problems: never skipped silently.
  const withProblems = items.filter((it) => it.problems.length > 0);
  blocks.push({ kind: 'heading', text: rt('problemsHeading', lang) });
  if (withProblems.length || input.planProblems.length) {
    if (withProblems.length) {
      blocks.push({ kind: 'paragraph', text: rt('problemsIntro', lang) });
      blocks.push({
        kind: 'table',
        widths: [45, 30, 200, 325],
        rows: [
          [rt('colRow', lang), rt('colNo', lang), rt('colEvent', lang), rt('colProblem', lang)],
          ...withProblems.map((it) => [
            String(it.row.row),
            it.row.number,
            it.row.title,
            it.problems.map((pr) => problemText(pr, lang)).join('; '),
          ]),
        ],
      });
    }
    if (input.planProblems.length) {
      const list = input.planProblems.map((pr) => problemText(pr, lang)).join('; ');
      blocks.push({ kind: 'paragraph', text: rt('planProblems', lang, { list }) });
    }
  } else blocks.push({ kind: 'paragraph', text: rt('noProblems', lang) });

  blocks.push({ kind: 'paragraph', text: rt('built', lang, { date: formatDayRu(today) }), note: true });
  blocks.push({ kind: 'paragraph', text: rt('signature', lang) });

  return {
    month,
    docName: rt('docName', lang, { month }),
    title,
    counts,
    events,
    problemRows: withProblems.map((it) => it.row.row),
    blocks,
  };
}
