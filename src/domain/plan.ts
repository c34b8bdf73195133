// The Plan sheet's rows as data: finding columns by their headings, reading a row, its status.
import { type ColumnDef, PLAN_COLUMNS, type PlanColumnId, STATUSES } from './columns';
import type { Status } from './types';

/** 0-based index of each Plan column in the sheet, found by heading (ru or en); -1 when missing. */
export type ColumnMap = Record<PlanColumnId, number>;

export function normalizeHeading(s: unknown): string {
  return String(s ?? '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s.:]+/g, ' ')
    .trim();
}

/** Where each column stands by its stable anchor (column developer metadata): 0-based, by column id. */
export type ColumnAnchors = Partial<Record<PlanColumnId, number>>;

export interface ColumnMatch {
  map: ColumnMap;
  /** Some required column was not found by heading, or a heading names two columns: ask the anchors. */
  unsure: boolean;
}

/**
 * Finds the Plan's columns: by the anchors first (they follow a column through renames and moves), then
 * by heading — the Russian or English name, then the other spellings schools use. A heading that names
 * more than one column (or a column two ids claim) is left to the anchors.
 */
export function matchColumns(header: unknown[], anchors: ColumnAnchors = {}): ColumnMatch {
  const norm = header.map(normalizeHeading);
  const map = {} as ColumnMap;
  const taken = new Set<number>();
  let unsure = false;
  for (const c of PLAN_COLUMNS) {
    const a = anchors[c.id];
    map[c.id] = a !== undefined && a >= 0 && !taken.has(a) ? a : -1;
    if (map[c.id] >= 0) taken.add(map[c.id]);
  }
  for (const pass of ['name', 'alias'] as const) {
    for (const c of PLAN_COLUMNS as readonly ColumnDef[]) {
      const id = c.id as PlanColumnId;
      if (map[id] >= 0) continue;
      const names = (pass === 'name' ? [c.ru, c.en] : (c.aliases ?? [])).map(normalizeHeading);
      const hits = norm.flatMap((h, i) => (names.includes(h) && !taken.has(i) ? [i] : []));
      if (hits.length > 1) unsure = true;
      if (hits.length === 1) {
        map[id] = hits[0]!;
        taken.add(hits[0]!);
      }
    }
  }
  if (missingColumns(map).length) unsure = true;
  return { map, unsure };
}

export function mapColumns(header: unknown[], anchors: ColumnAnchors = {}): ColumnMap {
  return matchColumns(header, anchors).map;
}

/** Required Plan columns that were not found. */
export function missingColumns(map: ColumnMap): PlanColumnId[] {
  return (PLAN_COLUMNS as readonly ColumnDef[])
    .filter((c) => !c.optional && map[c.id as PlanColumnId] < 0)
    .map((c) => c.id as PlanColumnId);
}

export interface PlanRow {
  /** 1-based row in the sheet. */
  row: number;
  key: string;
  number: string;
  title: string;
  period: string;
  /** The Дата cell as read: a Date, a string, a number or ''. */
  date: unknown;
  place: string;
  classes: string;
  /** The plan's section or module («Гражданско-патриотическое воспитание»): the year's report groups by it. */
  section: string;
  responsibles: string;
  /** Время: the time of the row's days that have none («10:00»); a Date or text as read. */
  time: unknown;
  status: Status | null;
  statusText: string;
  results: string;
  participants: unknown;
  /** Link(s) to the publication or photo report (VK/OK page, site). */
  publication: string;
  sync: string;
  problems: string;
}

const cellText = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (Object.prototype.toString.call(v) === '[object Date]') return '';
  return String(v).trim();
};

/** A row counts when a person typed something in any of the columns they own. */
const PERSON_COLUMNS: PlanColumnId[] = [
  'number',
  'title',
  'period',
  'date',
  'place',
  'classes',
  'section',
  'responsibles',
  'results',
  'publication',
  'time',
];

export function readRow(values: unknown[], map: ColumnMap, row: number): PlanRow {
  const get = (id: PlanColumnId): unknown => (map[id] >= 0 ? values[map[id]] : '');
  const statusText = cellText(get('status'));
  return {
    row,
    key: cellText(get('key')),
    number: cellText(get('number')),
    title: cellText(get('title')).replace(/\s+/g, ' '),
    period: cellText(get('period')),
    date: get('date') ?? '',
    place: cellText(get('place')),
    classes: cellText(get('classes')),
    section: cellText(get('section')),
    responsibles: cellText(get('responsibles')),
    time: get('time') ?? '',
    status: parseStatus(statusText),
    statusText,
    results: cellText(get('results')),
    participants: get('participants') ?? '',
    publication: cellText(get('publication')),
    sync: cellText(get('sync')),
    problems: cellText(get('problems')),
  };
}

export function hasContent(values: unknown[], map: ColumnMap): boolean {
  return PERSON_COLUMNS.some((id) => {
    const v = map[id] >= 0 ? values[map[id]] : '';
    return v !== '' && v !== null && v !== undefined && String(v).trim() !== '';
  });
}

/** '' means planned; an unknown word is null (a problem of the row). */
export function parseStatus(text: string): Status | null {
  const s = text.trim().toLowerCase().replace(/ё/g, 'е');
  if (!s) return 'planned';
  for (const [id, names] of Object.entries(STATUSES) as [Status, { ru: string; en: string }][]) {
    if (s === names.ru || s === names.en) return id;
  }
  if (/^проведен/.test(s) || s === 'выполнено' || s === 'done') return 'held';
  if (/^перенес/.test(s) || s === 'moved' || s === 'postponed') return 'moved';
  if (/^отмен/.test(s)) return 'cancelled';
  if (/^запланир/.test(s) || s === 'в плане') return 'planned';
  return null;
}
