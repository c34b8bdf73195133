// What the monthly report and the year's analysis share: the plan rows they read, the months, the
// counts (held out of planned, with moved, cancelled and missing results apart), the blocks a doc is
// written from. Pure.
import { addDays, compareDays, fromParts, lastDayOfMonth } from './days';
import { datesText } from './eventDates';
import { yearOfMonth } from './schoolYear';
import type { Day, Occurrence, Problem, SchoolYear, Status, Timing } from './types';

/** What the reports need of a plan row (app/plan.ts PlanItem has this shape). */
export interface ReportItem {
  row: {
    row: number;
    number: string;
    title: string;
    status: Status | null;
    statusText: string;
    results: string;
    participants: unknown;
    publication?: string;
    classes?: string;
    section?: string;
  };
  timing: Timing;
  names: string[];
  problems: Problem[];
}

export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'subtitle'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; note?: boolean }
  /** A real table: the first row is the header (styled), the rest are data rows, all written at once. */
  | { kind: 'table'; rows: string[][]; widths?: number[]; plain?: boolean };

export interface MonthCounts {
  planned: number;
  held: number;
  moved: number;
  cancelled: number;
  noResult: number;
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

export function monthBounds(month: string): { start: Day; end: Day } {
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

/** The rows whose timing falls in [start, end] (any occurrence overlapping it), in plan order. */
export function itemsBetween<T extends ReportItem>(items: T[], start: Day, end: Day): T[] {
  return items.filter((it) => !isOngoing(it) && it.timing.occurrences.some((o) => overlaps(o, start, end)));
}

/** The rows whose timing falls in the month, in plan order. */
export function itemsOfMonth<T extends ReportItem>(items: T[], month: string): T[] {
  const { start, end } = monthBounds(month);
  return itemsBetween(items, start, end);
}

export function participantsText(p: unknown): string {
  if (p === '' || p === null || p === undefined) return '';
  return String(p).trim();
}

/** Participants as a number (0 when the cell is empty or not a number). */
export function participantsOf(it: ReportItem): number {
  const p = it.row.participants;
  const n = typeof p === 'number' ? p : Number(String(p ?? '').trim());
  return Number.isFinite(n) && n > 0 ? Math.round(n) : 0;
}

export function closed(it: ReportItem): boolean {
  return it.row.status === 'cancelled' || it.row.status === 'moved';
}

/** Held: the status says so, or results were written for a row nobody moved or cancelled. */
export function isHeld(it: ReportItem): boolean {
  return it.row.status === 'held' || (it.row.status === 'planned' && it.row.results !== '');
}

export function firstStart(it: ReportItem): Day {
  return it.timing.occurrences.reduce((m, o) => (compareDays(o.start, m) < 0 ? o.start : m), '9999-12-31');
}

/** The last day a report built on `today` about a period ending `end` can judge: the end, or yesterday. */
export function judgedUntil(end: Day, today: Day): Day {
  return end < today ? end : addDays(today, -1);
}

/** Held or past its dates, not moved or cancelled, and no results written. */
export function lacksResults(it: ReportItem, until: Day): boolean {
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

export function countItems(of: ReportItem[], until: Day): MonthCounts {
  return {
    planned: of.length,
    held: of.filter(isHeld).length,
    moved: of.filter((it) => it.row.status === 'moved').length,
    cancelled: of.filter((it) => it.row.status === 'cancelled').length,
    noResult: of.filter(
      (it) => !closed(it) && it.row.results === '' && (it.row.status === 'held' || firstStart(it) <= until),
    ).length,
  };
}

export function countMonth(items: ReportItem[], month: string, today: Day): MonthCounts {
  return countItems(itemsOfMonth(items, month), judgedUntil(monthBounds(month).end, today));
}

/**
 * «Выполнение»: held out of ALL planned (a moved or cancelled event is not done), as a bar of `width`
 * cells — █ held, ░ the rest — then «1 из 2». Plain characters survive .docx and PDF.
 */
export function bar(held: number, planned: number, width = 10): string {
  if (planned <= 0) return '';
  const h = Math.min(held, planned);
  const full = Math.round((h / planned) * width);
  return `${'█'.repeat(full)}${'░'.repeat(width - full)} ${Math.round((h / planned) * 100)}%`;
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

/** «№3 Мероприятие»: how a row is named in lists. */
export function rowLabel(it: ReportItem): string {
  return (it.row.number ? '№' + it.row.number + ' ' : '') + it.row.title;
}

/** Rows still without results, by responsible (a row of two people is listed under each). */
export function missingByPerson(missing: ReportItem[]): [string, string][] {
  const byPerson = new Map<string, string[]>();
  for (const it of missing) {
    for (const who of it.names.length ? it.names : ['—']) {
      const list = byPerson.get(who) ?? [];
      list.push(rowLabel(it));
      byPerson.set(who, list);
    }
  }
  return [...byPerson.entries()].map(([who, list]) => [who, list.join('; ')]);
}

/**
 * The publication links of the rows, one table row per row that has any: «№3 Event (dates)», then the
 * links one a line. Two halves of the page: a link of some 40 characters fits its column whole.
 */
export function publicationRows(items: ReportItem[]): string[][] {
  return items
    .filter((it) => (it.row.publication ?? '').trim() !== '')
    .map((it) => [
      `${rowLabel(it)} (${datesText(it.timing)})`,
      (it.row.publication ?? '').split(/\s+/).filter(Boolean).join('\n'),
    ]);
}
