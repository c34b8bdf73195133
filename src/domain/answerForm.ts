// What the «Отметить результат» form may write: the five cells of one row, each checked and bounded.
// Pure. Text goes to the sheet as text: a cell formatted as plain text ('@', as setup formats these
// columns) takes it as it is; any other cell gets a leading apostrophe, which Sheets keeps out of the
// value and which stops a leading = + - @ from becoming a formula (R/spreadsheet/range#setValue(Object):
// "If it begins with '=' it is interpreted as a formula"), or «5.10» from becoming a date.
import { STATUSES } from './columns';
import { parseStatus } from './plan';
import type { Lang, Status } from './types';

export const ANSWER_FIELDS = ['status', 'results', 'participants', 'classes', 'publication'] as const;
export type AnswerField = (typeof ANSWER_FIELDS)[number];

/** Field sizes: a form can never fill a cell with more than a person would type. */
export const ANSWER_LIMITS = { results: 2000, classes: 100, publication: 1000, participants: 100_000 };

/** What came from the form (absent: the cell is left as it is). */
export type AnswerInput = Partial<Record<AnswerField, string>>;

export type AnswerErrorCode = 'badStatus' | 'tooLong' | 'badNumber' | 'badLink';

export interface AnswerError {
  field: AnswerField;
  code: AnswerErrorCode;
}

export interface AnswerValues {
  status?: Status;
  results?: string;
  participants?: number | '';
  classes?: string;
  publication?: string;
}

export type AnswerParse = { ok: true; values: AnswerValues } | { ok: false; errors: AnswerError[] };

/** Line ends as \n, no control characters, no spaces around. */
export function cleanText(s: string): string {
  const text = String(s).replace(/\r\n?/g, '\n');
  let out = '';
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (ch === '\n' || ch === '\t' || (c >= 32 && c !== 127)) out += ch;
  }
  return out.trim();
}

const LINK = /^https?:\/\/[^\s<>"'`]+$/i;

export function parseAnswer(input: AnswerInput): AnswerParse {
  const errors: AnswerError[] = [];
  const values: AnswerValues = {};
  const text = (field: 'results' | 'classes' | 'publication'): string | undefined => {
    const v = input[field];
    if (v === undefined) return undefined;
    const t = cleanText(v);
    if (t.length > ANSWER_LIMITS[field]) errors.push({ field, code: 'tooLong' });
    return t;
  };
  if (input.status !== undefined) {
    const s = parseStatus(cleanText(input.status).slice(0, 40));
    if (s === null) errors.push({ field: 'status', code: 'badStatus' });
    else values.status = s;
  }
  const results = text('results');
  if (results !== undefined) values.results = results;
  const classes = text('classes');
  if (classes !== undefined) values.classes = classes.replace(/\s+/g, ' ');
  const publication = text('publication');
  if (publication !== undefined) {
    const links = publication.split(/[\s,;]+/).filter(Boolean);
    if (links.some((l) => !LINK.test(l))) errors.push({ field: 'publication', code: 'badLink' });
    values.publication = links.join('\n');
  }
  if (input.participants !== undefined) {
    const p = cleanText(input.participants);
    if (p === '') values.participants = '';
    else if (!/^\d{1,6}$/.test(p) || Number(p) > ANSWER_LIMITS.participants)
      errors.push({ field: 'participants', code: 'badNumber' });
    else values.participants = Number(p);
  }
  return errors.length ? { ok: false, errors } : { ok: true, values };
}

/** A text for a cell that Sheets keeps as typed (see the header); `plain`: the cell's format is '@'. */
export function asSheetText(s: string, plain: boolean): string {
  return s === '' || plain ? s : `'${s}`;
}

/** The cell values to write, by field (only the fields the form sent); `plain(field)`: its cell is '@'. */
export function answerCells(
  v: AnswerValues,
  lang: Lang,
  plain: (field: AnswerField) => boolean,
): Partial<Record<AnswerField, string | number>> {
  const out: Partial<Record<AnswerField, string | number>> = {};
  if (v.status !== undefined) out.status = STATUSES[v.status][lang];
  if (v.results !== undefined) out.results = asSheetText(v.results, plain('results'));
  if (v.participants !== undefined) out.participants = v.participants;
  if (v.classes !== undefined) out.classes = asSheetText(v.classes, plain('classes'));
  if (v.publication !== undefined) out.publication = asSheetText(v.publication, plain('publication'));
  return out;
}
