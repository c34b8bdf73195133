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

export function buildReportModel(input: ReportInput): ReportModel {
  const { lang, items, month, today } = input;
  const p = parseMonth(month);
  if (!p) throw new RangeError('Not a month: ' + month);
  const name = monthName(p.m, lang);
  const until = judgedUntil(monthBounds(month).end, today);
  const monthItems = itemsOfMonth(items, month);
  const events = monthItems.map((it) => eventOf(it, lang));
  const counts = countMonth(items, month, today);
  const title = rt('title', lang, { monthName: name, year: p.y });
  const blocks: Block[] = headerBlocks(title, input);

  blocks.push({ kind: 'heading', text: rt('summaryHeading', lang) });
  const participants = monthItems.filter(isHeld).reduce((n, it) => n + participantsOf(it), 0);
  blocks.push({
    kind: 'paragraph',
    text: rt('summary', lang, {
      ...counts,
      links: monthItems.reduce(
        (n, it) => n + (it.row.publication ?? '').split(/\s+/).filter(Boolean).length,
        0,
      ),
      done: bar(counts.held, counts.planned).replace(/^\S+ /, ''),
      participants,
    }),
  });

  blocks.push({ kind: 'heading', text: rt('eventsHeading', lang) });
  if (events.length) {
    blocks.push({
      kind: 'table',
      // Points at A4 portrait (460 in all): every header word and «запланировано» fit whole.
      widths: [22, 104, 58, 84, 84, 108],
      rows: [
        ['colNo', 'colEvent', 'colDates', 'colResponsibles', 'colStatus', 'colResults'].map((c) =>
          rt(c as 'colNo', lang),
        ),
        ...events.map((e) => [
          e.number,
          e.title,
          e.dates,
          e.responsibles,
          e.participants ? `${e.status}\n${rt('participantsLine', lang, { n: e.participants })}` : e.status,
          e.results,
        ]),
      ],
    });
  } else blocks.push({ kind: 'paragraph', text: rt('noEvents', lang) });
  if (publicationRows(monthItems).length) {
    blocks.push({ kind: 'heading', text: rt('publicationsHeading', lang) });
    blocks.push(...publicationBlocks(monthItems, lang));
  }

  const ongoing = items.filter(isOngoing);
  blocks.push({ kind: 'heading', text: rt('ongoingHeading', lang) });
  if (ongoing.length) {
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
          datesText(it.timing),
          it.names.join(', '),
          it.row.results,
        ]),
      ],
    });
  } else blocks.push({ kind: 'paragraph', text: rt('noOngoing', lang) });

  // Rows still missing results, from the start of the school year to the month's end, by person.
  blocks.push({ kind: 'heading', text: rt('missingHeading', lang) });
  blocks.push(
    ...missingBlocks(
      items.filter((it) => !isOngoing(it) && lacksResults(it, until)),
      lang,
    ),
  );

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
        ...nextItems.map((it) => [it.row.number, it.row.title, datesText(it.timing), it.names.join(', ')]),
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
      `${c.moved} / ${c.cancelled}`,
      String(c.noResult),
      bar(c.held, c.planned, 5),
    ];
  });
  // Six columns of equal width read without a word broken at A4 portrait: no width calls.
  blocks.push({
    kind: 'table',
    rows: [
      ['colMonth', 'colPlanned', 'colHeld', 'colMovedCancelled', 'colNoResult', 'colBar'].map((c) =>
        rt(c as 'colNo', lang),
      ),
      ...yearRows,
    ],
  });

  // The signature, then the appendix: the signature is never the last block, so never alone on a page.
  blocks.push(closingBlock(today, lang));

  // Rows with problems: never skipped silently.
  const withProblems = items.filter((it) => it.problems.length > 0);
  blocks.push({ kind: 'heading', text: rt('problemsHeading', lang) });
  if (withProblems.length || input.planProblems.length) {
    if (withProblems.length) {
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
