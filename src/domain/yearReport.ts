// The year's analysis («Анализ … за учебный год») as plain data: the whole school year by section
// (module, the plan's Раздел) and by month — held out of planned, moved, cancelled, participants,
// publication links — and the results still missing, by person. Pure, like the monthly report.
import { type Block, closingBlock, headerBlocks, missingBlocks, publicationBlocks } from './report';
import {
  bar,
  countItems,
  countMonth,
  isHeld,
  isOngoing,
  itemsBetween,
  itemsOfMonth,
  judgedUntil,
  lacksResults,
  type MonthCounts,
  monthsSoFar,
  parseMonth,
  participantsOf,
  type ReportItem,
} from './reportData';
import { formatSchoolYear, monthKey, schoolYearBounds } from './schoolYear';
import { monthShort, rt } from './texts/report';
import type { Day, Lang, SchoolYear } from './types';

export interface YearReportInput {
  schoolYear: SchoolYear;
  today: Day;
  lang: Lang;
  schoolName: string;
  partnerName: string;
  items: ReportItem[];
}

export interface YearReportModel {
  /** '2026-2027'. */
  year: string;
  docName: string;
  title: string;
  counts: MonthCounts & { participants: number; links: number };
  /** Section → its counts, in the plan's order of first appearance. */
  sections: { section: string; counts: MonthCounts; participants: number }[];
  blocks: Block[];
}

const links = (it: ReportItem) => (it.row.publication ?? '').split(/\s+/).filter(Boolean).length;

function done(c: MonthCounts): string {
  return bar(c.held, c.planned).replace(/^\S+ /, '');
}

export function buildYearReportModel(input: YearReportInput): YearReportModel {
  const { lang, today, schoolYear } = input;
  const year = formatSchoolYear(schoolYear);
  const { start, end } = schoolYearBounds(schoolYear);
  const until = judgedUntil(end, today);
  // The year's rows: dated ones whose dates fall in the school year, and the whole-year ones.
  const items = [...itemsBetween(input.items, start, end), ...input.items.filter(isOngoing)].sort(
    (a, b) => a.row.row - b.row.row,
  );
  const held = items.filter(isHeld);
  const counts = {
    ...countItems(items, until),
    participants: held.reduce((n, it) => n + participantsOf(it), 0),
    links: items.reduce((n, it) => n + links(it), 0),
  };
  const title = rt('yearTitle', lang, { year });
  const blocks: Block[] = headerBlocks(title, input);
  blocks.push({ kind: 'heading', text: rt('yearSummaryHeading', lang) });
  blocks.push({ kind: 'paragraph', text: rt('yearSummary', lang, { ...counts, done: done(counts) }) });

  // By section (module).
  const bySection = new Map<string, ReportItem[]>();
  for (const it of items) {
    const s = (it.row.section ?? '').trim() || rt('noSection', lang);
    bySection.set(s, [...(bySection.get(s) ?? []), it]);
  }
  const sections = [...bySection.entries()].map(([section, of]) => ({
    section,
    counts: countItems(of, until),
    participants: of.filter(isHeld).reduce((n, it) => n + participantsOf(it), 0),
  }));
  const countRow = (c: MonthCounts, people: number) => [
    String(c.planned),
    String(c.held),
    `${c.moved} / ${c.cancelled}`,
    String(c.noResult),
    String(people),
    bar(c.held, c.planned, 5),
  ];
  const countHeader = [
    'colPlanned',
    'colHeld',
    'colMovedCancelled',
    'colNoResult',
    'colPeople',
    'colBar',
  ] as const;
  blocks.push({ kind: 'heading', text: rt('sectionsHeading', lang) });
  blocks.push({
    kind: 'table',
    widths: [84, 48, 64, 74, 52, 68, 70],
    rows: [
      [rt('colSection', lang), ...countHeader.map((c) => rt(c, lang))],
      ...sections.map((s) => [s.section, ...countRow(s.counts, s.participants)]),
    ],
  });

  // By month (September to August; whole-year rows are counted in the year, not in a month).
  blocks.push({ kind: 'heading', text: rt('monthsHeading', lang) });
  const months = monthsSoFar(schoolYear, monthKey(schoolYear, 8));
  blocks.push({
    kind: 'table',
    widths: [84, 48, 64, 74, 52, 68, 70],
    rows: [
      [rt('colMonth', lang), ...countHeader.map((c) => rt(c, lang))],
      ...months
        .map((mo) => ({ mo, of: itemsOfMonth(items, mo) }))
        .filter((x) => x.of.length > 0)
        .map(({ mo, of }) => {
          const p = parseMonth(mo)!;
          const people = of.filter(isHeld).reduce((n, it) => n + participantsOf(it), 0);
          return [`${monthShort(p.m, lang)} ${p.y}`, ...countRow(countMonth(items, mo, today), people)];
        }),
    ],
  });
  blocks.push({ kind: 'paragraph', text: rt('yearNote', lang), note: true });

  blocks.push({ kind: 'heading', text: rt('publicationsHeading', lang) });
  blocks.push(...publicationBlocks(items, lang));

  // The signature, then the appendix: the signature is never the last block, so never alone on a page.
  blocks.push(closingBlock(today, lang));
  blocks.push({ kind: 'heading', text: rt('yearMissingHeading', lang) });
  blocks.push(
    ...missingBlocks(
      items.filter((it) => !isOngoing(it) && lacksResults(it, until)),
      lang,
    ),
  );
  const plain = `${schoolYear.startYear}-${schoolYear.startYear + 1}`;
  return { year: plain, docName: rt('yearDocName', lang, { year: plain }), title, counts, sections, blocks };
}
