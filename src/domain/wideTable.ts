// Which column of a pasted table holds what: by its heading first («Дата проведения», «Ответственный/
// ведущий», «Время и место проведения»), then by what the cells hold (numbers, dates, class lists,
// names), so that wide «календарный план» tables and tables pasted without their heading are read.
import { isPeriodText } from './timing';
import type { SchoolYear } from './types';

export type ColumnId =
  | 'number'
  | 'title'
  | 'period'
  | 'responsibles'
  | 'place'
  | 'classes'
  | 'time'
  | 'section'
  /** «Время и место проведения»: a time, then the place. */
  | 'timePlace'
  /** «Сроки, место проведения»: a date, then the place. */
  | 'periodPlace'
  /** «Место и дата проведения»: the place, then a date. */
  | 'placePeriod';

// Any school year does for telling a period from other words.
const ANY_YEAR: SchoolYear = { startYear: 2026 };

function headerKey(cell: string): string {
  return cell
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s.:«»"'*]+/g, '');
}

function oneHeading(k: string): ColumnId | null {
  if (k === '') return null;
  if (/^(?:№|n|no|nо|номер|п\/п|пп|#)(?:п\/п|пп|мер)?$/.test(k) || /^№/.test(k)) return 'number';
  if (/^(?:ответствен|исполнител|кто|ведущ|отв-|отв$)/.test(k)) return 'responsibles';
  if (/^(?:времяиместо|местоивремя)/.test(k)) return 'timePlace';
  if (/^(?:срок|дата|число)[\s\S]*мест/.test(k)) return 'periodPlace';
  if (/^место[\s\S]*(?:дата|срок)/.test(k)) return 'placePeriod';
  if (/^место/.test(k)) return 'place';
  if (/^время$|^времяначала|^начало$/.test(k)) return 'time';
  if (
    /^(?:класс(?:ы|$|-|участ)|участник|категорияучаст|возраст|группыпольз|целеваяауд|аудитори|параллел)/.test(
      k,
    )
  )
    return 'classes';
  if (/^(?:модуль|раздел|направлениевоспитан|направление$|направленност)/.test(k)) return 'section';
  if (
    /^(?:срок|дата|число|времяпроведения|ориентировочн|когда|периодичност|период|месяц|деньнедели)/.test(k)
  ) {
    return 'period';
  }
  if (
    /^(?:мероприяти|содержани|наименовани|названи|тема|событи|дела|видработы|направлениеработы|работа$)/.test(
      k,
    )
  ) {
    return 'title';
  }
  return null;
}

/** Which column a header cell names, or null. «Ответственный/ведущий»: the first part that is known. */
export function headerColumn(cell: string): ColumnId | null {
  const whole = oneHeading(headerKey(cell));
  if (whole) return whole;
  for (const part of cell.split(/[/\\]/)) {
    const id = oneHeading(headerKey(part));
    if (id) return id;
  }
  return null;
}

/** «Время проведения» beside «Дата проведения» is the time, not a second period column. */
export function timeBesidePeriod(cells: string[], columns: (ColumnId | null)[]): (ColumnId | null)[] {
  const periods = columns.filter((c) => c === 'period').length;
  if (periods < 2) return columns;
  return columns.map((c, i) => (c === 'period' && /^\s*время/i.test(cells[i] ?? '') ? 'time' : c));
}

// ---------------------------------------------------------------- content

const NUMBER_CELL = /^\s*\d{1,3}\s*[.)]?\s*$/;
const CLASSES_CELL =
  /^\s*(?:(?:\d{1,2}\s*[-–—]?\s*[а-яa-z]?|[а-я]?)(?:\s*[-–—,;и]\s*\d{1,2}\s*[-–—]?\s*[а-яa-z]?)*\s*(?:кл\.?|класс\S*|параллел\S*)?|все\s+классы|учащиеся\s+\d[^\n]*|обучающиеся\s+\d[^\n]*)\s*$/i;
const PERSON =
  /[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.\s*(?:[А-ЯЁ]\.)?|(?:^|\s)(?:руководител|директор|зам\.|заместител|библиотекар|учител|педагог|организатор|вожат|психолог|советник|администраци|коллектив|отдел|классн|кл\.\s*рук|инспектор|медсестр|фельдшер|инженер|программист|заведующ|методист|воспитател)/i;

/** A list of classes («1-11», «5 – 7 классы», «8 б класс», «3,6 классы»). */
export function isClassesText(s: string): boolean {
  const t = s.trim();
  return t !== '' && /\d/.test(t) && t.length <= 40 && CLASSES_CELL.test(t);
}

/** A person or a role («Смирнова О.В.», «классные руководители», «Зам. директора по ВР»). */
export function isPersonText(s: string): boolean {
  const t = s.trim();
  return t !== '' && t.length <= 200 && PERSON.test(t) && !isClassesText(t);
}

function isPeriodish(s: string): boolean {
  const t = s.trim();
  if (t === '' || t.length > 80) return false;
  return isPeriodText(t, ANY_YEAR) || /^\d{1,2}[./]\d{1,2}/.test(t);
}

type Test = (s: string) => boolean;

const CONTENT: ReadonlyArray<readonly [ColumnId, Test]> = [
  ['number', (s) => NUMBER_CELL.test(s)],
  ['period', isPeriodish],
  ['classes', isClassesText],
  ['responsibles', isPersonText],
];

/**
 * Fills the columns the headings did not name (or the whole table when it came without a heading)
 * from their cells: a column where most filled cells are numbers is №, dates → Сроки, class lists →
 * Классы, people → Ответственные; the longest texts are the title.
 */
export function columnsByContent(rows: string[][], known: (ColumnId | null)[]): (ColumnId | null)[] {
  const width = Math.max(known.length, ...rows.map((r) => r.length));
  const out: (ColumnId | null)[] = [];
  for (let i = 0; i < width; i++) out.push(known[i] ?? null);
  const taken = (id: ColumnId) => out.indexOf(id) >= 0;
  const cells = (i: number) => rows.map((r) => (r[i] ?? '').trim()).filter((c) => c !== '');
  for (const [id, test] of CONTENT) {
    if (taken(id)) continue;
    let best = -1;
    let bestShare = 0.6;
    for (let i = 0; i < width; i++) {
      if (out[i] !== null) continue;
      const c = cells(i);
      if (c.length === 0) continue;
      const share = c.filter(test).length / c.length;
      if (share > bestShare) {
        best = i;
        bestShare = share;
      }
    }
    if (best >= 0) out[best] = id;
  }
  if (!taken('title')) {
    let best = -1;
    let bestLen = 0;
    for (let i = 0; i < width; i++) {
      if (out[i] !== null) continue;
      const c = cells(i);
      const len = c.reduce((s, x) => s + x.length, 0) / Math.max(1, c.length);
      if (len > bestLen) {
        best = i;
        bestLen = len;
      }
    }
    if (best >= 0) out[best] = 'title';
  }
  return out;
}
