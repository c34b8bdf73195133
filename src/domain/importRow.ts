// One row of an imported plan, and the small text clean-ups the importers share.

export interface ImportedRow {
  /** As written, without the dot: "13". Empty when the line had no number. */
  number: string;
  title: string;
  period: string;
  /** The roles and people, as the Ответственные sheet names them, comma-separated. */
  responsibles: string;
  place: string;
  /** Who takes part: «1-11», «5 – 7 классы». */
  classes: string;
  /** «10:00» from a Время column, or the time of a day the heading gives. */
  time: string;
  /** The module or section the row stands under. */
  section: string;
  /** The day (or days) the plan's context gives a row whose own text does not: «05.10.2026». */
  date: string;
  /** Other table columns as "Heading: value; ...". */
  notes: string;
  /** 1-based line of the source text. */
  line: number;
}

export function cleanCell(s: string): string {
  return s
    .replace(/[ \t\u00A0]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}

/** Drops final dots and commas, but not the dot of an initial ("Иванова И.И."). */
export function dropFinalDot(s: string): string {
  let t = s;
  while (/[.,;:]$/.test(t) && !/(?:^|[\s.])[A-ZА-ЯЁ]\.$/.test(t)) t = t.slice(0, -1).trimEnd();
  return t;
}

/** «10.00», «9:30», «11-30» (as official plans write it) → «09:30»; anything else → ''. */
export function normalizeTime(s: string): string {
  const m = /^\s*(?:в\s*)?(\d{1,2})[.:-](\d{2})(?!\d)/.exec(s);
  if (!m) return '';
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 23 || min > 59) return '';
  return (h < 10 ? '0' : '') + h + ':' + m[2];
}

/** Two digits: 9 → «09». */
export const pad2 = (n: number): string => (n < 10 ? '0' : '') + n;

/** «2026-10-05» → «05.10.2026», as the Дата cell is written. */
export const ruDate = (day: string): string =>
  day.slice(8, 10) + '.' + day.slice(5, 7) + '.' + day.slice(0, 4);
