// The rules of a timing text in order (recurring; weeks and observances; dates, terms, months; seasons and
// summer; the whole year; unscheduled), and the words none of them understood.
import { formatDayRu } from './days';
import { findObservance } from './observances';
import { normalizePeriod, weekdayOfWord } from './russianDates';
import { formatSchoolYear, monthSpan, schoolYearBounds, studyPeriod } from './schoolYear';
import { pointsToOccurrences, scanDates } from './timingDates';
import { exceptClause, withoutExcepted } from './timingExcept';
import { monthsToOccurrences, scanMonths } from './timingMonths';
import { type Every, RECURRING, recurringOccurrences, recurringTime, WEEKDAY_RE } from './timingRecurring';
import { consumeRe, Scan } from './timingScan';
import { scanTerms } from './timingTerms';
import type { Occurrence, Problem, SchoolYear, Timing, TimingKind } from './types';
import { expandAbbreviations, scanMonthParts } from './weeks';

export interface Analysis {
  timing: Timing;
  /** Words of the text that no rule understood (filler words excluded). */
  residue: string[];
  /** True when some rule recognised part of the text. */
  recognised: boolean;
}

const WHOLE_YEAR =
  /в\s+течени[еи](?:\s+(?:всего|всех))?(?:\s+(?:\d{4}\s*[-/]\s*\d{2,4}|\d{4}))?\s*(?:учебного|уч\.?)?\s*(?:года|г\.|гг\.?|г(?![а-я])|год)|в\s+течени[еи]\s+всего\s+(?:периода|времени)|на\s+протяжении\s+(?:всего\s+)?(?:учебного\s+)?года|постоянно|весь\s+(?:учебный\s+)?(?:год|период)|круглогодично|круглый\s+год|ежегодно|(?:(?:1|один)\s*)?раз\s+в\s+(?:учебный\s+)?год|систематически|регулярно|в\s+течение\s+уч\S*\s+г\S*/;

/** Seasons as months: autumn Sep–Nov, winter Dec–Feb, spring Mar–May, the summer holidays Jun–Aug. */
const SEASONS: ReadonlyArray<readonly [RegExp, number, number]> = [
  [/(?<![а-я])(?:осень|осенью|осенний\s+период)(?![а-я])/, 9, 11],
  [/(?<![а-я])(?:зима|зимой|зимний\s+период)(?![а-я])/, 12, 2],
  [/(?<![а-я])(?:весна|весной|весенний\s+период)(?![а-я])/, 3, 5],
  [/летн\S*\s+каникул\S*|в\s+летний\s+период|летом/, 6, 8],
];

const UNSCHEDULED =
  /в\s+установленные\s+сроки|по\s+мере[^,;]*|по\s+необходимости|при\s+необходимости|в\s+случае\s+необходимости|по\s+(?:плану|просьбе|согласовани|запрос|заявк|договоренност|приглашени|графику|расписани|отдельному|положени|назначени|возможност)[^,;]*|сроки\s+уточня\S*|уточня\S*|будет\s+определ\S*|(?:в\s+)?(?:осенние|зимние|весенние|осенних|зимних|весенних)?\s*каникул[^,;]*|в\s+каникулярное\s+время|в\s+зависимости\s+от[^,;]*/;

// ---------------------------------------------------------------- residue

const FILLER = new Set(
  (
    'в во с со по до на за к и а или к ко около примерно ориентировочно не позднее позже срок сроки ' +
    'течение течении года год г гг уч учебного учебный учебном месяц месяца месяце числа число ' +
    'неделя недели неделе неделю декада декады декаде конец конце конца начало начале начала ' +
    'середина середине середины первая первой первую вторая второй вторую третья третьей третью ' +
    'четвертая четвертой последняя последней последнюю ч час часов мин дня день дни ' +
    'числах период периода всего весь течение протяжении проведения время'
  ).split(' '),
);

function residueOf(rest: string): string[] {
  const words = rest.match(/[a-zа-я]+|\d+/g) ?? [];
  return words.filter((w) => !FILLER.has(w) && !/^(?:19|20)\d\d$/.test(w));
}

// ---------------------------------------------------------------- the parser

export function outsideYearProblems(sy: SchoolYear, occ: Occurrence[]): Problem[] {
  const b = schoolYearBounds(sy);
  const out: Problem[] = [];
  for (const o of occ) {
    if (o.start < b.start || o.end > b.end) {
      const shown =
        o.start === o.end ? formatDayRu(o.start) : formatDayRu(o.start) + '–' + formatDayRu(o.end);
      out.push({ code: 'timing.outsideYear', params: { date: shown, year: formatSchoolYear(sy) } });
    }
  }
  return out;
}

export function make(
  kind: TimingKind,
  text: string,
  occurrences: Occurrence[],
  problems: Problem[],
  every?: Every,
): Timing {
  const t: Timing = { kind, text, occurrences, problems };
  if (every) t.every = every;
  return t;
}

export function analyzeText(text: string, sy: SchoolYear, nested = false): Analysis {
  let s = expandAbbreviations(normalizePeriod(text));
  if (!/[0-9a-zа-я]/.test(s)) {
    return { timing: make('empty', text, [], [{ code: 'timing.empty' }]), residue: [], recognised: false };
  }
  // «по средам, кроме 24.02»: the days left out, read as a text of their own (timingExcept.ts)
  const except = nested ? null : exceptClause(s);
  const left = except ? analyzeText(except.clause, sy, true).timing.occurrences : [];
  if (except && left.length > 0) s = except.main;
  const scan = new Scan(s);
  const problems: Problem[] = [];
  const done = (kind: TimingKind, found: Occurrence[], every?: Every): Analysis => {
    if (kind !== 'unknown') consumeRe(scan, UNSCHEDULED); // "в течение года по плану библиотеки"
    const occ = left.length > 0 ? withoutExcepted(found, left, problems) : found;
    const all = problems.concat(outsideYearProblems(sy, occ));
    return {
      timing: make(kind, text, occ, all, every),
      residue: residueOf(scan.rest),
      recognised: scan.recognised,
    };
  };

  for (const [every, re] of RECURRING) {
    if (!consumeRe(scan, re)) continue;
    const wdMatch = every === 'week' ? WEEKDAY_RE.exec(s) : null;
    if (wdMatch) scan.consume(wdMatch.index, wdMatch.index + wdMatch[0].length);
    const wd = wdMatch ? weekdayOfWord(wdMatch[0]) : null;
    consumeRe(scan, WHOLE_YEAR);
    // «по четвергам в 15:00»: the weekday's time (a weekly bar or a month has no time of day)
    const time = wd !== null ? recurringTime(scan, problems) : null;
    const months = every === 'month' ? scanMonths(scan) : [];
    const occ = recurringOccurrences(sy, every, wd, months);
    return done('recurring', time ? occ.map((o) => ({ ...o, time })) : occ, every);
  }

  // «2-я неделя ноября», «третья декада октября» (weeks.ts); «ко Дню матери» (observances.ts)
  const parts = scanMonthParts(scan.rest, sy);
  for (const [a, b] of parts.spans) scan.consume(a, b);
  const observance = findObservance(scan.rest, sy);
  if (observance) scan.consume(observance.at, observance.at + observance.length);
  if (parts.occurrences.length > 0) {
    consumeRe(scan, WHOLE_YEAR);
    return done('range', parts.occurrences);
  }

  const dateItems = scanDates(scan, problems);
  const terms = scanTerms(sy, scan, problems);
  const months = scanMonths(scan);

  if (dateItems.length > 0 || months.length > 0) {
    consumeRe(scan, WHOLE_YEAR);
    const dateOcc = pointsToOccurrences(sy, dateItems, problems);
    const m = monthsToOccurrences(sy, months);
    const occ = dateOcc.concat(m.occ);
    if (occ.length === 0) return done('unknown', []);
    const first = dateItems[0];
    const dateDeadline =
      first !== undefined && /(?:^|[^а-я])(?:до|не позднее|не позже)\s*$/.test(s.slice(0, first.start));
    if (months.length === 0) return done(dateDeadline ? 'deadline' : 'date', occ);
    if (dateItems.length === 0) {
      if (m.deadline && occ.length === 1) return done('deadline', occ);
      if (months.length === 1) return done('month', occ);
      if (occ.length === 1) return done('range', occ);
    }
    return done('months', occ);
  }
  if (terms) {
    consumeRe(scan, WHOLE_YEAR);
    if (terms.occ.length === 0) return done('unknown', []);
    return done(terms.deadline && terms.occ.length === 1 ? 'deadline' : 'term', terms.occ);
  }
  if (observance) return done('date', [{ start: observance.start, end: observance.end }]);
  for (const [re, from, to] of SEASONS) {
    if (consumeRe(scan, re)) {
      const a = monthSpan(sy, from);
      return done('range', [{ start: a.start, end: monthSpan(sy, to).end }]);
    }
  }
  if (consumeRe(scan, WHOLE_YEAR)) return done('year', [studyPeriod(sy)]);
  if (consumeRe(scan, UNSCHEDULED)) return done('unscheduled', []);
  problems.push({ code: 'timing.unknown', params: { text: text.trim() } });
  return done('unknown', []);
}
