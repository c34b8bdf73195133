// Reading a plan pasted as text: numbered lines ("1. Мероприятие – октябрь, ответственные") or a table
// pasted as TSV/CSV with a header row. Nothing is renumbered or rewritten; problems are reported.
import { parseDelimited } from './delimited';
import { schoolYearFromText } from './schoolYear';
import { isPeriodText } from './timing';
import type { Problem, SchoolYear } from './types';

export interface ImportedRow {
  /** As written, without the dot: "13". Empty when the line had no number. */
  number: string;
  title: string;
  period: string;
  responsibles: string;
  place: string;
  /** Other table columns as "Heading: value; ...". */
  notes: string;
  /** 1-based line of the source text. */
  line: number;
}

export interface ImportResult {
  rows: ImportedRow[];
  /** Plan-level problems: numbering, rows without a title, nothing found. */
  problems: Problem[];
  /** From a heading like "План ... на 2026-2027 учебный год". */
  schoolYear: SchoolYear | null;
}

type ColumnId = 'number' | 'title' | 'period' | 'responsibles' | 'place';

// Any school year does for telling a period from other words.
const ANY_YEAR: SchoolYear = { startYear: 2026 };

function headerKey(cell: string): string {
  return cell
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s.:«»"'*]+/g, '');
}

/** Which column a header cell names, or null. */
export function headerColumn(cell: string): ColumnId | null {
  const k = headerKey(cell);
  if (k === '') return null;
  if (/^(?:№|n|no|nо|номер|п\/п|пп|#)(?:п\/п|пп|мер)?$/.test(k) || /^№/.test(k)) return 'number';
  if (/^(?:ответствен|исполнител|кто)/.test(k)) return 'responsibles';
  if (/^место/.test(k)) return 'place';
  if (/^(?:срок|дата|времяпроведения|когда|периодичност|период)/.test(k)) return 'period';
  if (
    /^(?:мероприяти|содержани|наименовани|названи|тема|событи|видработы|направлениеработы|работа$)/.test(k)
  ) {
    return 'title';
  }
  return null;
}

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

interface Sep {
  pos: number;
  kind: 'dash' | 'comma';
}

/** Dashes and commas outside quotes. A hyphen counts only with a space on at least one side. */
function separators(body: string): Sep[] {
  const out: Sep[] = [];
  let guillemets = 0;
  let straight = false;
  for (let i = 0; i < body.length; i++) {
    const c = body.charAt(i);
    if (c === '«' || c === '„') guillemets++;
    else if (c === '»' || (c === '“' && guillemets > 0)) guillemets = Math.max(0, guillemets - 1);
    else if (c === '"') straight = !straight;
    if (guillemets > 0 || straight) continue;
    if (c === ',' || c === ';') out.push({ pos: i, kind: 'comma' });
    else if (c === '–' || c === '—' || c === '−' || c === '―') out.push({ pos: i, kind: 'dash' });
    else if (c === '-' || c === '‑' || c === '‐') {
      if (/\s/.test(body.charAt(i - 1) || ' ') || /\s/.test(body.charAt(i + 1) || ' '))
        out.push({ pos: i, kind: 'dash' });
    }
  }
  return out;
}

function cleanTitle(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/[\s,;:\-–—‑]+$/, '')
    .replace(/^[\s,;:\-–—‑]+/, '')
    .trim();
}

/** Drops final dots and commas, but not the dot of an initial ("Иванова И.И."). */
function dropFinalDot(s: string): string {
  let t = s;
  while (/[.,;:]$/.test(t) && !/(?:^|[\s.])[A-ZА-ЯЁ]\.$/.test(t)) t = t.slice(0, -1).trimEnd();
  return t;
}

function cleanTail(s: string): string {
  return dropFinalDot(
    s
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^[\s,;:\-–—‑]+/, '')
      .trim(),
  );
}

export interface LineParts {
  title: string;
  period: string;
  responsibles: string;
  /** True when a known period phrase was found (not just a dash). */
  found: boolean;
}

const MAX_TRIES = 8;

function findPeriod(body: string, seps: Sep[], kind: Sep['kind']): LineParts | null {
  let tries = 0;
  for (let i = 0; i < seps.length && tries < MAX_TRIES; i++) {
    const a = seps[i];
    if (!a || a.kind !== kind) continue;
    tries++;
    let best = -1;
    for (let j = i + 1; j <= seps.length && j <= i + MAX_TRIES; j++) {
      const end = seps[j]?.pos ?? body.length;
      if (isPeriodText(body.slice(a.pos + 1, end), ANY_YEAR)) best = j;
    }
    if (best < 0) continue;
    const end = seps[best]?.pos ?? body.length;
    return {
      title: cleanTitle(body.slice(0, a.pos)),
      period: cleanTail(body.slice(a.pos + 1, end)),
      responsibles: cleanTail(body.slice(end + 1)),
      found: true,
    };
  }
  return null;
}

/**
 * Title, period and responsibles of one plan line (without its number): the period starts after the
 * first dash (outside quotes) that is followed by a known period phrase, and runs as far as the text
 * is still a period; the responsibles follow. Without a known period, the first spaced dash separates
 * the title and the period runs to the first comma.
 */
export function splitPlanLine(body: string): LineParts {
  const seps = separators(body);
  const found = findPeriod(body, seps, 'dash') ?? findPeriod(body, seps, 'comma');
  if (found) return found;
  const dash = seps.find((s) => s.kind === 'dash');
  if (dash) {
    const rest = body.slice(dash.pos + 1);
    const comma = separators(rest).find((s) => s.kind === 'comma');
    return {
      title: cleanTitle(body.slice(0, dash.pos)),
      period: cleanTail(comma ? rest.slice(0, comma.pos) : rest),
      responsibles: comma ? cleanTail(rest.slice(comma.pos + 1)) : '',
      found: false,
    };
  }
  return { title: cleanTitle(body).replace(/\.$/, ''), period: '', responsibles: '', found: false };
}

function parseLines(lines: string[], from: number): ImportedRow[] {
  const rows: ImportedRow[] = [];
  for (let i = from; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    if (raw.trim() === '' || headerOf(raw)) continue;
    const m = NUMBERED.exec(raw);
    if (m) {
      const parts = splitPlanLine(raw.slice(m[0].length));
      rows.push({ number: m[1] ?? '', ...rowParts(parts), line: i + 1 });
      continue;
    }
    const parts = splitPlanLine(raw);
    if (parts.found && parts.title !== '') rows.push({ number: '', ...rowParts(parts), line: i + 1 });
  }
  return rows;
}

function rowParts(p: LineParts): Omit<ImportedRow, 'number' | 'line'> {
  return { title: p.title, period: p.period, responsibles: p.responsibles, place: '', notes: '' };
}

// ------------------------------------------------------------------ tables

function cleanCell(s: string): string {
  return s
    .replace(/[ \t\u00A0]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}

function parseTable(lines: string[], headerAt: number, header: Header, problems: Problem[]): ImportedRow[] {
  const text = lines.slice(headerAt).join('\n');
  const records = parseDelimited(text, header.delimiter, headerAt).slice(1);
  const width = header.cells.length;
  const col = (id: ColumnId): number => header.columns.indexOf(id);
  let titleCol = col('title');
  if (titleCol < 0) {
    titleCol = header.columns.indexOf(null);
    if (titleCol < 0) titleCol = 0;
    problems.push({ code: 'plan.noTitleColumn' });
  }
  const numberCol = col('number');
  const isRowStart = (fields: string[]): boolean =>
    numberCol < 0 || /^\s*\d{1,3}\s*[.)]?\s*$/.test(fields[numberCol] ?? '');
  const rows: ImportedRow[] = [];
  for (let r = 0; r < records.length; r++) {
    const rec = records[r];
    if (!rec) continue;
    const fields = rec.fields.slice();
    if (fields.every((f) => f.trim() === '')) continue;
    if (headerOf(fields.join(header.delimiter))) continue; // the header repeated on a new page
    // a cell with a line break pasted from Word splits the row: glue the pieces back
    while (fields.length < width) {
      const next = records[r + 1];
      if (!next || next.fields.every((f) => f.trim() === '') || (numberCol >= 0 && isRowStart(next.fields)))
        break;
      fields[fields.length - 1] = (fields[fields.length - 1] ?? '') + '\n' + (next.fields[0] ?? '');
      fields.push(...next.fields.slice(1));
      r++;
    }
    const get = (i: number): string => (i >= 0 ? cleanCell(fields[i] ?? '') : '');
    const filled = fields.filter((f) => f.trim() !== '').length;
    if (filled <= 1 && fields.length < width && get(numberCol) === '') continue; // a section heading
    const notes: string[] = [];
    header.cells.forEach((name, i) => {
      if (i === titleCol || i === numberCol) return;
      const id = header.columns[i];
      if (id && header.columns.indexOf(id) === i) return;
      const v = get(i);
      if (v !== '') notes.push((name.trim() || 'Столбец ' + (i + 1)) + ': ' + v);
    });
    for (let i = width; i < fields.length; i++) {
      const v = get(i);
      if (v !== '') notes.push(v);
    }
    rows.push({
      number: get(numberCol).replace(/\s*[.)]\s*$/, ''),
      title: get(titleCol),
      period: get(col('period')),
      responsibles: dropFinalDot(get(col('responsibles'))),
      place: get(col('place')),
      notes: notes.join('; '),
      line: rec.line,
    });
  }
  return rows;
}

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

function parse(text: string): ImportResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
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
  const problems: Problem[] = [];
  const rows =
    header && isCsvTable(lines, headerAt, header)
      ? parseTable(lines, headerAt, header, problems)
      : parseLines(lines, headerAt + 1);
  problems.push(...numberingProblems(rows.map((r) => r.number)));
  for (const r of rows) {
    if (r.title === '')
      problems.push({ code: 'plan.rowNoTitle', params: { line: r.line, number: r.number || '—' } });
  }
  if (rows.length === 0) problems.push({ code: 'plan.noRows' });
  return { rows, problems, schoolYear };
}

/** The rows of a plan pasted as text. Never throws. */
export function parsePlanText(text: string): ImportResult {
  try {
    return parse(typeof text === 'string' ? text : String(text ?? ''));
  } catch (_e) {
    return { rows: [], problems: [{ code: 'plan.noRows' }], schoolYear: null };
  }
}
