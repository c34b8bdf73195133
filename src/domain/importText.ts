// Reading a plan pasted as text: numbered lines ("1. Мероприятие – октябрь, ответственные") or a table
// pasted as TSV/CSV with a header row. Nothing is renumbered or rewritten; problems are reported.
import { type DelimitedRecord, parseDelimited } from './delimited';
import { parseBlocks } from './importBlocks';
import { parseDatedLines, parseDayProgramme } from './importDated';
import type { ImportedRow } from './importRow';
import { parseWeekPlan } from './importWeek';
import {
  augustBeforeTheYear,
  contextDate,
  isSectionLine,
  monthRow,
  type PlanContext,
  readHeadings,
  sectionName,
  timeOnly,
} from './planContext';
import { type LineParts, NUMBER_ON_DAY, numberedParts, splitPlanLine } from './planLine';
import { importResponsibles } from './responsibles';
import { schoolYearFromText } from './schoolYear';
import { parseTable, type TableHeader } from './tableImport';
import type { Problem, SchoolYear } from './types';
import { type ColumnId, headerColumn } from './wideTable';

export type { ImportedRow } from './importRow';
export { type LineParts, splitPlanLine } from './planLine';
export { headerColumn } from './wideTable';

export interface ImportResult {
  rows: ImportedRow[];
  /** Plan-level problems: numbering, rows without a title, nothing found. */
  problems: Problem[];
  /** From a heading like "План ... на 2026-2027 учебный год". */
  schoolYear: SchoolYear | null;
}

// Any school year does for telling a period from other words.
const ANY_YEAR: SchoolYear = { startYear: 2026 };

interface Header {
  delimiter: string;
  cells: string[];
  columns: (ColumnId | null)[];
}

function splitSimple(line: string, delimiter: string): string[] {
  return parseDelimited(line, delimiter)[0]?.fields ?? [];
}

function headerOf(line: string): Header | null {
  for (const delimiter of ['\t', ';', ',', '|']) {
    if (!line.includes(delimiter)) continue;
    const cells = splitSimple(line, delimiter).map((c) => c.trim());
    const filled = cells.filter((c) => c !== '');
    if (filled.length < 2) continue;
    const columns = cells.map(headerColumn);
    const matched = columns.filter((c) => c !== null).length;
    if (matched >= 2 && matched * 2 >= filled.length) return { delimiter, cells, columns };
  }
  return null;
}

// ------------------------------------------------------------------ numbered lines

const NUMBERED = /^\s*(?:№\s*)?(\d{1,3})\s*(?:[.)](?!\d)|\s+(?=[A-ZА-ЯЁ«"„“]))\s*/;

function parseLines(lines: string[], from: number, sy: SchoolYear, ctx: PlanContext): ImportedRow[] {
  const rows: ImportedRow[] = [];
  let section = '';
  const push = (number: string, p: LineParts, line: number) => {
    const date = contextDate(p.period, '', sy, ctx);
    rows.push({ number, ...rowParts(p), section, date, line });
  };
  for (let i = from; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    if (raw.trim() === '' || headerOf(raw)) continue;
    const m = NUMBER_ON_DAY.exec(raw) ?? NUMBERED.exec(raw);
    if (m && !/^\s*[IVX]+\./.test(raw)) {
      push(m[1] ?? '', numberedParts(raw.slice(m[0].length)), i + 1);
      continue;
    }
    // «12:00» on its own line under a row pasted without tabs: the row's time
    const time = timeOnly(raw);
    const last = rows[rows.length - 1];
    if (time && last && !last.time) {
      last.time = time;
      continue;
    }
    const month = monthRow(raw);
    if (month) {
      ctx.month = month;
      continue;
    }
    if (isSectionLine(raw)) {
      section = sectionName(raw);
      continue;
    }
    const parts = splitPlanLine(raw);
    if (parts.found && parts.title !== '') push('', parts, i + 1);
  }
  return rows;
}

function rowParts(p: LineParts): Omit<ImportedRow, 'number' | 'line' | 'section' | 'date'> {
  return {
    title: p.title,
    period: p.period,
    responsibles: importResponsibles(p.responsibles),
    place: p.place ?? '',
    classes: '',
    time: p.time ?? '',
    notes: '',
  };
}

// ------------------------------------------------------------------ tables

/** A comma header is a table only when the next line looks like a CSV row, not a numbered sentence. */
function isCsvTable(lines: string[], headerAt: number, header: Header): boolean {
  if (header.delimiter !== ',') return true;
  for (let i = headerAt + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    if (/^\s*"/.test(line)) return true;
    const fields = splitSimple(line, ',');
    const n = header.columns.indexOf('number');
    if (n >= 0) return /^\s*\d{1,3}\s*[.)]?\s*$/.test(fields[n] ?? '');
    return fields.length === header.cells.length;
  }
  return false;
}

function headerOfFields(fields: string[]): TableHeader | null {
  const cells = fields.map((c) => c.trim());
  const filled = cells.filter((c) => c !== '');
  if (filled.length < 2) return null;
  const columns = cells.map(headerColumn);
  const matched = columns.filter((c) => c !== null).length;
  return matched >= 2 && matched * 2 >= filled.length ? { cells, columns } : null;
}

interface Table {
  /** Lines above the table: the plan's heading. */
  headings: string[];
  header: TableHeader | null;
  records: DelimitedRecord[];
}

/** A TSV table (with its header row somewhere near the top, or without one), or null. */
function tsvTable(text: string): Table | null {
  if (!text.includes('\t')) return null;
  const records = parseDelimited(text, '\t').filter((r) => r.fields.some((f) => f.trim() !== ''));
  const at = records.findIndex((r, i) => i < 30 && headerOfFields(r.fields) !== null);
  if (at >= 0) {
    const header = headerOfFields(records[at]!.fields)!;
    const body = records.slice(at + 1).filter((r) => headerOfFields(r.fields) === null);
    return { headings: records.slice(0, at).map((r) => r.fields.join(' ')), header, records: body };
  }
  const wide = records.filter((r) => r.fields.filter((f) => f.trim() !== '').length >= 3);
  if (wide.length < 2 || wide.length * 2 < records.length) return null;
  const first = records.indexOf(wide[0]!);
  return {
    headings: records.slice(0, first).map((r) => r.fields.join(' ')),
    header: null,
    records: records.slice(first),
  };
}

// ------------------------------------------------------------------ numbering

/** Missing and repeated numbers of a plan (numbers as written; non-numeric ones are ignored). */
export function numberingProblems(numbers: string[]): Problem[] {
  const counts = new Map<number, number>();
  for (const raw of numbers) {
    const m = /^\s*(\d{1,6})\s*[.)]?\s*$/.exec(String(raw ?? ''));
    if (!m) continue;
    const n = Number(m[1]);
    counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  if (counts.size === 0) return [];
  const keys = [...counts.keys()];
  const min = Math.min(...keys);
  const max = Math.max(...keys);
  const problems: Problem[] = [];
  // A run of missing numbers is one problem («№15–98 пропущены»): a typo like «99» after «14» must not
  // bury the plan's real problems under eighty lines.
  let gapStart = 0;
  for (let n = min; n <= max + 1; n++) {
    const c = n > max ? 1 : (counts.get(n) ?? 0);
    if (c === 0 && gapStart === 0) gapStart = n;
    if (c > 0 && gapStart > 0) {
      const last = n - 1;
      problems.push(
        last === gapStart
          ? { code: 'plan.numberMissing', params: { number: gapStart } }
          : { code: 'plan.numbersMissing', params: { from: gapStart, to: last } },
      );
      gapStart = 0;
    }
    if (c > 1) problems.push({ code: 'plan.numberRepeated', params: { number: n, count: c } });
  }
  return problems;
}

// ------------------------------------------------------------------ the whole text

function parse(text: string, fallback: SchoolYear): ImportResult {
  const clean = text.replace(/^\uFEFF/, '');
  const lines = clean.split(/\r\n|\r|\n/);
  let schoolYear: SchoolYear | null = null;
  let headerAt = -1;
  let header: Header | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!schoolYear && !NUMBERED.test(line)) schoolYear = schoolYearFromText(line);
    if (!header) {
      const h = headerOf(line);
      if (h) {
        header = h;
        headerAt = i;
      }
    }
    if (header && schoolYear) break;
  }
  const sy = schoolYear ?? fallback;
  const ctx: PlanContext = { day: null, span: null, month: null };
  const problems: Problem[] = [];
  const headings = (list: string[]) => readHeadings(list, sy, ctx);
  let rows: ImportedRow[];
  const tsv = tsvTable(clean);
  if (tsv) {
    headings(tsv.headings);
    rows = parseTable(tsv.records, tsv.header, sy, ctx, problems);
  } else if (header && header.delimiter !== '\t' && isCsvTable(lines, headerAt, header)) {
    headings(lines.slice(0, headerAt));
    const records = parseDelimited(lines.slice(headerAt).join('\n'), header.delimiter, headerAt).slice(1);
    rows = parseTable(records, header, sy, ctx, problems);
  } else {
    const week = parseWeekPlan(lines, sy);
    const first = lines.findIndex((l) => NUMBERED.test(l));
    headings(lines.slice(0, Math.max(0, first)));
    const numbered = parseLines(lines, headerAt + 1, sy, ctx);
    // a plan of lines that begin with their day or time, when they are more than the numbered ones
    const other = parseDayProgramme(lines, sy, ctx.day) ?? parseDatedLines(lines, sy) ?? parseBlocks(lines);
    rows = week ?? (other && other.length > numbered.length ? other : numbered);
  }
  augustBeforeTheYear(rows, sy);
  problems.push(...numberingProblems(rows.map((r) => r.number)));
  for (const r of rows) {
    if (r.title === '')
      problems.push({ code: 'plan.rowNoTitle', params: { line: r.line, number: r.number || '—' } });
  }
  if (rows.length === 0) problems.push({ code: 'plan.noRows' });
  return { rows, problems, schoolYear };
}

/**
 * The rows of a plan pasted as text. Never throws. Dates the text leaves to its context (month rows,
 * a dated heading) are read in the school year of its heading, else in `fallback`.
 */
export function parsePlanText(text: string, fallback: SchoolYear = ANY_YEAR): ImportResult {
  try {
    return parse(typeof text === 'string' ? text : String(text ?? ''), fallback);
  } catch (_e) {
    return { rows: [], problems: [{ code: 'plan.noRows' }], schoolYear: null };
  }
}
