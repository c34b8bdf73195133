// The monthly report as plain data: which plan rows belong to the month, the counts, the tables and the
// year so far. Pure: the adapters turn the blocks into a Google Doc (src/gas/document.ts).
import { formatDayRu } from './days';
import { datesText } from './eventDates';
import {
  type Block,
  bar,
  countMonth,
  isHeld,
  isOngoing,
  itemsOfMonth,
  judgedUntil,
  lacksResults,
  type MonthCounts,
  missingByPerson,
  monthBounds,
  monthsSoFar,
  nextMonth,
  parseMonth,
  participantsOf,
  participantsText,
  publicationRows,
  type ReportItem,
} from './reportData';
import { formatSchoolYear } from './schoolYear';
import { monthName } from './texts/months';
import { problemText } from './texts/problems';
import { monthShort, rt, statusName } from './texts/report';
import type { Day, Lang, Problem, SchoolYear } from './types';

export {
  type Block,
  bar,
  formatMonth,
  itemsOfMonth,
  type MonthCounts,
  monthsSoFar,
  parseMonth,
  previousMonth,
  type ReportItem,
} from './reportData';

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

function statusText(it: ReportItem, lang: Lang): string {
  return it.row.status ? statusName(it.row.status, lang) : it.row.statusText + ' (?)';
}

function eventOf(it: ReportItem, lang: Lang): ReportEvent {
  return {
    row: it.row.row,
    number: it.row.number,
    title: it.row.title,
    dates: datesText(it.timing),
    responsibles: it.names.join(', '),
    status: statusText(it, lang),
    results: it.row.results,
    participants: participantsText(it.row.participants),
  };
}

/** The report's header: the title, then school, partner and school year in one centred line. */
export function headerBlocks(
  title: string,
  input: Pick<ReportInput, 'lang' | 'schoolName' | 'partnerName' | 'schoolYear'>,
): Block[] {
  const { lang } = input;
  const parts: string[] = [];
  if (input.schoolName) parts.push(rt('school', lang, { school: input.schoolName }));
  if (input.partnerName) parts.push(rt('partner', lang, { partner: input.partnerName }));
  parts.push(rt('schoolYear', lang, { year: formatSchoolYear(input.schoolYear) }));
  return [
    { kind: 'title', text: title },
    { kind: 'subtitle', text: parts.join('. ') },
  ];
}

/** Who is still to write results, or a sentence that nobody is. */
export function missingBlocks(missing: ReportItem[], lang: Lang): Block[] {
  if (!missing.length) return [{ kind: 'paragraph', text: rt('noMissing', lang) }];
  return [
    { kind: 'table', rows: [[rt('colPerson', lang), rt('colEvents', lang)], ...missingByPerson(missing)] },
  ];
}

/** The publication links of the rows, or a sentence that there are none. */
export function publicationBlocks(items: ReportItem[], lang: Lang): Block[] {
  const rows = publicationRows(items);
  if (!rows.length) return [{ kind: 'paragraph', text: rt('noPublications', lang) }];
  return [{ kind: 'table', rows, plain: true }];
}

/** The closing line: when it was built and the signature, one paragraph so it never stands alone. */
export function closingBlock(today: Day, lang: Lang): Block {
  return {
    kind: 'paragraph',
    text: `${rt('built', lang, { date: formatDayRu(today) })} ${rt('signature', lang)}`,
  };
}

type ReportTextId = Parameters<typeof rt>[0];

/** The column heads of a table, by their text ids. */
function heads(lang: Lang, ...ids: ReportTextId[]): string[] {
  return ids.map((id) => rt(id, lang));
}

/** A heading, then the rows as a table under the column heads, or a sentence when there are none. */
function tableSection(
  heading: string,
  head: string[],
  rows: string[][],
  widths: number[] | undefined,
  empty: string,
): Block[] {
  const table: Block = widths
    ? { kind: 'table', widths, rows: [head, ...rows] }
    : { kind: 'table', rows: [head, ...rows] };
  return [{ kind: 'heading', text: heading }, rows.length ? table : { kind: 'paragraph', text: empty }];
}

/** Итоги: the month's counts, participants, links and share held in one paragraph. */
function summaryBlocks(monthItems: ReportItem[], counts: MonthCounts, lang: Lang): Block[] {
  const participants = monthItems.filter(isHeld).reduce((n, it) => n + participantsOf(it), 0);
  const links = monthItems.reduce(
    (n, it) => n + (it.row.publication ?? '').split(/\s+/).filter(Boolean).length,
    0,
  );
  const done = bar(counts.held, counts.planned).replace(/^\S+ /, '');
  return [
    { kind: 'heading', text: rt('summaryHeading', lang) },
    { kind: 'paragraph', text: rt('summary', lang, { ...counts, links, done, participants }) },
  ];
}

/** The month's events in six columns (participants under the status), then their publication links. */
function eventBlocks(events: ReportEvent[], monthItems: ReportItem[], lang: Lang): Block[] {
  const rows = events.map((e) => [
    e.number,
    e.title,
    e.dates,
    e.responsibles,
    e.participants ? `${e.status}\n${rt('participantsLine', lang, { n: e.participants })}` : e.status,
    e.results,
  ]);
  const blocks = tableSection(
    rt('eventsHeading', lang),
    heads(lang, 'colNo', 'colEvent', 'colDates', 'colResponsibles', 'colStatus', 'colResults'),
    rows,
    // Points at A4 portrait (460 in all): every header word and «запланировано» fit whole.
    [22, 104, 58, 84, 84, 108],
    rt('noEvents', lang),
  );
  if (publicationRows(monthItems).length) {
    blocks.push({ kind: 'heading', text: rt('publicationsHeading', lang) });
    blocks.push(...publicationBlocks(monthItems, lang));
  }
  return blocks;
}

/** Rows that run all year (or longer than the month), with their results so far. */
function ongoingBlocks(items: ReportItem[], lang: Lang): Block[] {
  const ongoing = items.filter(isOngoing);
  return tableSection(
    rt('ongoingHeading', lang),
    heads(lang, 'colNo', 'colEvent', 'colDates', 'colResponsibles', 'colResults'),
    ongoing.map((it) => [
      it.row.number,
      it.row.title,
      datesText(it.timing),
      it.names.join(', '),
      it.row.results,
    ]),
    [30, 200, 90, 140, 160],
    rt('noOngoing', lang),
  );
}

/** Next month's plan. */
function nextMonthBlocks(items: ReportItem[], month: string, lang: Lang): Block[] {
  const next = nextMonth(month);
  const np = parseMonth(next)!;
  return tableSection(
    rt('nextHeading', lang, { monthName: monthName(np.m, lang), year: np.y }),
    heads(lang, 'colNo', 'colEvent', 'colDates', 'colResponsibles'),
    itemsOfMonth(items, next).map((it) => [
      it.row.number,
      it.row.title,
      datesText(it.timing),
      it.names.join(', '),
    ]),
    [30, 270, 100, 200],
    rt('noNext', lang),
  );
}

/** The year so far: a small table with a bar per month. */
function yearSoFarBlocks(input: ReportInput): Block[] {
  const { items, lang, month, today } = input;
  const yearRows = monthsSoFar(input.schoolYear, month).map((mo) => {
    const c = countMonth(items, mo, today);
    const mp = parseMonth(mo)!;
    return [
      monthShort(mp.m, lang) + ' ' + mp.y,
      String(c.planned),
      String(c.held),
      `${c.moved} / ${c.cancelled}`,
      String(c.noResult),
      bar(c.held, c.planned, 5),
    ];
  });
  // Six columns of equal width read without a word broken at A4 portrait: no width calls.
  const head = heads(lang, 'colMonth', 'colPlanned', 'colHeld', 'colMovedCancelled', 'colNoResult', 'colBar');
  return [
    { kind: 'heading', text: rt('yearHeading', lang) },
    { kind: 'table', rows: [head, ...yearRows] },
  ];
}

/** Rows with problems, and the plan's own problems: never skipped silently. */
function problemBlocks(withProblems: ReportItem[], planProblems: Problem[], lang: Lang): Block[] {
  const blocks: Block[] = [{ kind: 'heading', text: rt('problemsHeading', lang) }];
  if (!withProblems.length && !planProblems.length) {
    blocks.push({ kind: 'paragraph', text: rt('noProblems', lang) });
    return blocks;
  }
  if (withProblems.length) {
    blocks.push({
      kind: 'table',
      widths: [45, 30, 200, 325],
      rows: [
        heads(lang, 'colRow', 'colNo', 'colEvent', 'colProblem'),
        ...withProblems.map((it) => [
          String(it.row.row),
          it.row.number,
          it.row.title,
          it.problems.map((pr) => problemText(pr, lang)).join('; '),
        ]),
      ],
    });
  }
  if (planProblems.length) {
    const list = planProblems.map((pr) => problemText(pr, lang)).join('; ');
    blocks.push({ kind: 'paragraph', text: rt('planProblems', lang, { list }) });
  }
  return blocks;
}

/** The monthly report: its sections in order, each a function above. */
export function buildReportModel(input: ReportInput): ReportModel {
  const { lang, items, month, today } = input;
  const p = parseMonth(month);
  if (!p) throw new RangeError('Not a month: ' + month);
  const until = judgedUntil(monthBounds(month).end, today);
  const monthItems = itemsOfMonth(items, month);
  const events = monthItems.map((it) => eventOf(it, lang));
  const counts = countMonth(items, month, today);
  const title = rt('title', lang, { monthName: monthName(p.m, lang), year: p.y });
  const withProblems = items.filter((it) => it.problems.length > 0);
  const blocks: Block[] = [
    ...headerBlocks(title, input),
    ...summaryBlocks(monthItems, counts, lang),
    ...eventBlocks(events, monthItems, lang),
    ...ongoingBlocks(items, lang),
    // Rows still missing results, from the start of the school year to the month's end, by person.
    { kind: 'heading', text: rt('missingHeading', lang) },
    ...missingBlocks(
      items.filter((it) => !isOngoing(it) && lacksResults(it, until)),
      lang,
    ),
    ...nextMonthBlocks(items, month, lang),
    ...yearSoFarBlocks(input),
    // The signature, then the appendix: the signature is never the last block, so never alone on a page.
    closingBlock(today, lang),
    ...problemBlocks(withProblems, input.planProblems, lang),
  ];
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
