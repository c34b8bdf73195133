// What a plan says around its rows: the day or the span in its heading («на 30 октября 2021 года»,
// «с 25.01.2021 по 28.02.2021»), month rows («ОКТЯБРЬ 2026 г.») above day numbers, and section rows
// («Модуль «Ключевые общешкольные дела»», «I. Организационные мероприятия»). A row's own text wins;
// the context only fills what the row leaves open, into the Дата and Время cells.
import { fromParts, isValidParts, lastDayOfMonth } from './days';
import { pad2, ruDate } from './importRow';
import { datesWithTimes } from './importTimes';
import { findNamedSpan } from './observances';
import { monthOfWord, normalizePeriod } from './russianDates';
import { monthKey, yearOfMonth } from './schoolYear';
import { parseTiming } from './timing';
import type { Day, Occurrence, SchoolYear } from './types';

export interface PlanContext {
  /** A one-day plan («на 6 марта 2021 года»): the day of rows that give only a time. */
  day: string | null;
  /** A plan for a span («с 25.01.2021 по 28.02.2021»): «в течение месяца» means it. */
  span: { start: string; end: string } | null;
  /** The month row above: «ОКТЯБРЬ 2026 г.». */
  month: { m: number; y: number | null } | null;
  /** A plan for a calendar year («План … на 2021 год»): its months are of that year, not the school year's. */
  year?: number | null;
  /** A section named just above the table's heading row («1.Организационные мероприятия»). */
  section?: string;
}

const SECTION_ABOVE = /^(?:\d{1,2}|[IVX]{1,4})\.\s*[А-ЯЁ][^.\d]{3,80}$/;

const CALENDAR_YEAR = /(?:^|\s)(?:на|в)\s+(\d{4})\s*(?:год[ау]?|г\.?)(?![а-яё]|\s*[-–—/]\s*\d)/i;

/** «… на 2021 год», «в 2011 году» (not «на 2021-2022 учебный год») → 2021. */
export function calendarYearOf(line: string): number | null {
  if (/\d{4}\s*[-–—/]\s*\d{2,4}|учебн/i.test(line)) return null;
  const m = CALENDAR_YEAR.exec(line);
  return m ? Number(m[1]) : null;
}

const DATE_IN_HEADING =
  /\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}\s+[а-яё]+\s+\d{4}|^\s*\d{1,2}\s+[а-яё]+\s*(?:г\.?|года)?\s*$/i;

/** The day or span a heading line gives, or nothing. */
export function headingDates(line: string, sy: SchoolYear, ctx: PlanContext): void {
  if (!DATE_IN_HEADING.test(line)) return;
  const t = parseTiming(line, sy);
  const o = t.occurrences;
  if (o.length !== 1 || !o[0]) return;
  if (o[0].start === o[0].end) ctx.day = ctx.day ?? o[0].start;
  else ctx.span = ctx.span ?? { start: o[0].start, end: o[0].end };
}

/** The plan's heading lines → its day, span (dates written win over a span known by its name) and month. */
export function readHeadings(lines: string[], sy: SchoolYear, ctx: PlanContext): void {
  for (const h of lines) {
    headingDates(h, sy, ctx);
    const month = monthRow(h.trim());
    if (month) ctx.month = month;
    ctx.year = ctx.year ?? calendarYearOf(h);
  }
  const last = (lines[lines.length - 1] ?? '').trim();
  if (SECTION_ABOVE.test(last)) ctx.section = sectionName(last);
  // «План мероприятий месячника оборонно-массовой работы»: a span known by its name
  for (const h of lines) ctx.span = ctx.span ?? findNamedSpan(h, sy);
}

const MONTH_ROW = /^([а-яё]+)\.?(?:\s+(\d{4})\s*(?:г\.?|года?)?)?$/i;

/** «ОКТЯБРЬ 2026 г.», «Сентябрь», «Февраль 2023» → the month (and year). */
export function monthRow(text: string): { m: number; y: number | null } | null {
  const t = normalizePeriod(text).replace(/[.:]+$/, '');
  const m = MONTH_ROW.exec(t);
  if (!m) return null;
  const mo = monthOfWord(m[1] ?? '');
  if (mo === null || (m[1] ?? '').length < 3) return null;
  return { m: mo, y: m[2] ? Number(m[2]) : null };
}

/** A section row's name without its Roman or Arabic numbering. */
export function sectionName(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:[IVXLC]+|\d{1,2}(?:\.\d{1,2})*)[.)]\s*/, '')
    .replace(/[.:]$/, '')
    .trim();
}

/** A line of a numbered plan that names a section: «Модуль «…»», «Раздел 2. …», «II. Работа с родителями». */
export function isSectionLine(text: string): boolean {
  const t = text.trim();
  if (t.length > 120 || t === '') return false;
  return /^(?:модуль|раздел|направление|блок)(?![а-яё])/i.test(t) || /^[IVX]{1,4}\.\s+[А-ЯЁ]/.test(t);
}

const DAY_NUMBERS = /^\s*(\d{1,2})(?:\s*(-|–|—|,|и)\s*(\d{1,2}))?\s*\.?\s*$/;
/** «1 (суббота)», «5, среда»: the weekday after a day number. */
const WEEKDAY_AFTER =
  /\s*[,(]?\s*(?:пн|вт|ср|чт|пт|сб|вс|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)\.?\s*\)?\s*$/i;
const DURING_MONTH = /^в\s+течени[еи]\s+месяца$|^весь\s+месяц$|^ежедневно$/;
const DURING_EVENT =
  /^(?:в\s+течени[еи]\s+(?:месяца|месячника|недели|декады)|в\s+ходе\s+(?:проведения\s+)?(?:месячника|недели|декады)|в\s+период\s+(?:проведения\s+)?(?:месячника|недели|декады))$/;
const TIME_ONLY =
  /^\s*(?:в\s*)?(\d{1,2})[.:](\d{2})(?:\s*(?:-|–|—|до)\s*\d{1,2}[.:]\d{2})?(?:\s*(?:,|и|;)\s*\d{1,2}[.:]\d{2})*\s*(?:ч\.?)?\s*$/;

/** «10.00», «12.00, 13.00, 15.00», «9.00 и 11.00» → «10:00» (the first); otherwise null. */
export function timeOnly(text: string): string | null {
  const m = TIME_ONLY.exec(text.replace(/\s+/g, ' '));
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  // «01.08» is the first of August, «10.00» ten o'clock
  if (/^\s*\d{1,2}\.\d{2}\s*$/.test(text) && h >= 1 && h <= 31 && min >= 1 && min <= 12) return null;
  return h <= 23 && min <= 59 ? pad2(h) + ':' + pad2(min) : null;
}

/** The Дата cell a row's context gives it ('' when the row says enough itself). */
export function contextDate(period: string, time: string, sy: SchoolYear, ctx: PlanContext): string {
  const p = normalizePeriod(period);
  const mon = ctx.month;
  if (mon) {
    const y = mon.y ?? yearOfMonth(sy, mon.m);
    const d = DAY_NUMBERS.exec(p.replace(WEEKDAY_AFTER, ''));
    if (d) {
      const a = Number(d[1]);
      const b = d[3] ? Number(d[3]) : null;
      if (!isValidParts(y, mon.m, a) || (b !== null && !isValidParts(y, mon.m, b))) return '';
      const da = ruDate(fromParts(y, mon.m, a));
      if (b === null) return da;
      const db = ruDate(fromParts(y, mon.m, b));
      return d[2] === ',' || d[2] === 'и' ? da + ', ' + db : da + '–' + db;
    }
    if (DURING_MONTH.test(p)) return ruDate(fromParts(y, mon.m, 1)) + '–' + ruDate(lastDayOfMonth(y, mon.m));
  }
  if (ctx.span && DURING_EVENT.test(p)) return ruDate(ctx.span.start) + '–' + ruDate(ctx.span.end);
  if (ctx.day && (timeOnly(period) !== null || (p === '' && time !== ''))) return ruDate(ctx.day);
  if (ctx.day && /^в\s+течени[ея]\s+(?:всего\s+)?дня$/.test(p)) return ruDate(ctx.day);
  return ctx.year ? inCalendarYear(period, ctx.year) : '';
}

/** An occurrence as a Дата cell writes it: «15.10.2026», «15.10.2026–20.10.2026 14:00». */
function occurrenceText(o: Occurrence, day: (d: Day) => string = ruDate): string {
  return day(o.start) + (o.end !== o.start ? '–' + day(o.end) : '') + (o.time ? ' ' + o.time : '');
}

/** A period's days in a calendar-year plan: «сентябрь» of a plan «на 2011 год» is September 2011. */
function inCalendarYear(period: string, year: number): string {
  const read = (sy: SchoolYear) => parseTiming(datesWithTimes(period, sy) || period, sy);
  const before = read({ startYear: year - 1 });
  const after = read({ startYear: year });
  const dated = (k: string) => k !== 'year' && k !== 'recurring' && k !== 'unknown' && k !== 'unscheduled';
  if (!dated(before.kind) || !dated(after.kind) || before.occurrences.length === 0) return '';
  if (before.occurrences.length !== after.occurrences.length) return '';
  let moved = false;
  const out: string[] = [];
  before.occurrences.forEach((o, i) => {
    const a = after.occurrences[i];
    const pick = o.start.startsWith(String(year)) || !a ? o : a;
    if (pick !== o) moved = true;
    out.push(occurrenceText(pick));
  });
  return moved ? out.join(', ') : '';
}

/**
 * «31 августа» at the start of a plan whose next rows are in September: the eve of the school year, not
 * the August at its end. Such rows get the start year's days in their Дата cell.
 */
export function augustBeforeTheYear(
  rows: { period: string; date: string; time: string }[],
  sy: SchoolYear,
): void {
  const august: { row: { date: string }; text: string }[] = [];
  for (const r of rows) {
    const t = parseTiming(r.period, sy, { dateCell: r.date, timeCell: r.time });
    if (t.occurrences.length === 0 || t.kind === 'year' || t.kind === 'recurring') continue;
    const months = t.occurrences.map((o) => o.start.slice(0, 7));
    if (months.every((m) => m === monthKey(sy, 8))) {
      const back = (d: string) => ruDate(sy.startYear + d.slice(4));
      const text = t.occurrences.map((o) => occurrenceText(o, back)).join(', ');
      august.push({ row: r, text });
      continue;
    }
    if (august.length > 0 && months.every((m) => m === monthKey(sy, 9)))
      for (const a of august) a.row.date = a.text;
    return;
  }
}
