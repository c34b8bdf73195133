// A plan pasted as a table (TSV from Word or a web page, CSV): columns by heading and content, month
// and section rows carried to the rows below, cells split by Word line breaks glued back, the №
// kept where it is written (its own column, an unnamed one, or the start of the title).
import type { DelimitedRecord } from './delimited';
import { cleanCell, dropFinalDot, type ImportedRow, normalizeTime, ruDate } from './importRow';
import { datesWithTimes, hasDayTimes } from './importTimes';
import { contextDate, monthRow, type PlanContext, sectionName, timeOnly } from './planContext';
import { importResponsibles } from './responsibles';
import { joinCellLines } from './roles';
import { isPeriodText, parseTiming } from './timing';
import type { Problem, SchoolYear } from './types';
import { type ColumnId, columnsByContent, isClassesText, isPersonText, timeBesidePeriod } from './wideTable';

export interface TableHeader {
  cells: string[];
  columns: (ColumnId | null)[];
}

const NUMBER_CELL = /^\s*\d{1,3}\s*[.)]?\s*$/;
// any school year does for telling a period from other words
const sy0: SchoolYear = { startYear: 2026 };
const WEEKDAY_CELL =
  /^\s*(?:пн|вт|ср|чт|пт|сб|вс|понед\S*|вторн\S*|сред[аы]|четв\S*|пятн\S*|субб\S*|воскр\S*)\.?\s*$/i;
const NUMBERED_TITLE = /^\s*(\d{1,3})\s*[.)]\s*(?=\S)/;

/** A date at the start of «6 мая, Сясьстрой, …» or «2 мая 2024 в 14:45 коворкинг …»; the rest is the place. */
function splitPeriodPlace(cell: string): { period: string; place: string } {
  const m =
    /^(.*?\d{1,2}(?:[./]\d{1,2}(?:[./]\d{2,4})?|\s+[а-яё]+(?:\s+\d{4}(?:\s*г\.?|\s+года)?)?)(?:\s*(?:в\s*)?\d{1,2}[:.]\d{2})?)(?:\s*[,;\n]\s*|\s+)(.+)$/is.exec(
      cell,
    );
  if (!m) return { period: cell, place: '' };
  return { period: (m[1] ?? '').trim(), place: (m[2] ?? '').replace(/\s*\n\s*/g, ' ').trim() };
}

/** «Библиотеки образовательных учреждений 9 - 11 июня 2003 г.» → the place and the date at its end. */
function splitPlacePeriod(cell: string): { period: string; place: string } {
  const m =
    /^(.*?)[,;\s]+(\d{1,2}(?:\s*[-–—]\s*\d{1,2})?\s+[а-яё]+(?:\s+\d{4}(?:\s*г\.?|\s+года)?)?|\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?(?:\s*г\.?)?)\s*$/is.exec(
      cell,
    );
  if (!m || !isPeriodText(m[2] ?? '', sy0))
    return { period: '', place: cell.replace(/\s*\n\s*/g, ' ').trim() };
  return { period: (m[2] ?? '').trim(), place: (m[1] ?? '').replace(/\s*\n\s*/g, ' ').trim() };
}

/** «10.00\n103 кабинет» → time and place. */
function splitTimePlace(cell: string): { time: string; place: string } {
  const m = /^\s*((?:в\s*)?\d{1,2}[.:]\d{2}(?:\s*[-–—]\s*\d{1,2}[.:]\d{2})?)\s*[,;\n]?\s*([\s\S]*)$/.exec(
    cell,
  );
  if (!m) return { time: '', place: cell.trim() };
  return { time: normalizeTime(m[1] ?? ''), place: (m[2] ?? '').replace(/\s*\n\s*/g, ' ').trim() };
}

/** The one day a text names («12.06.2023», «11.06.2023 11:00»), as a Дата cell, or ''. */
function oneDay(text: string, sy: SchoolYear): string {
  if (text.trim() === '') return '';
  const t = parseTiming(text, sy);
  const o = t.occurrences[0];
  if (t.kind !== 'date' || t.occurrences.length !== 1 || !o || o.start !== o.end) return '';
  return ruDate(o.start);
}

export function parseTable(
  records: DelimitedRecord[],
  header: TableHeader | null,
  sy: SchoolYear,
  ctx: PlanContext,
  problems: Problem[],
): ImportedRow[] {
  const body = records.filter((r) => r.fields.some((f) => f.trim() !== ''));
  const columns = columnsByContent(
    body.map((r) => r.fields),
    header ? timeBesidePeriod(header.cells, header.columns) : [],
  );
  const width = header ? header.cells.length : columns.length;
  const col = (id: ColumnId): number => columns.indexOf(id);
  let titleCol = col('title');
  if (titleCol < 0) {
    titleCol = columns.indexOf(null);
    if (titleCol < 0) titleCol = 0;
    problems.push({ code: 'plan.noTitleColumn' });
  }
  const numberCol = col('number');
  const isRowStart = (fields: string[]): boolean =>
    numberCol < 0 || NUMBER_CELL.test(fields[numberCol] ?? '');
  const rows: ImportedRow[] = [];
  let section = ctx.section ?? '';
  let dayAbove = '';
  for (let r = 0; r < body.length; r++) {
    const rec = body[r];
    if (!rec) continue;
    const fields = rec.fields.slice();
    // a cell with a line break pasted from Word splits the row: glue the pieces back
    while (header && fields.length > 1 && fields.length < width) {
      const next = body[r + 1];
      if (!next || (numberCol >= 0 && isRowStart(next.fields)) || next.fields.length >= width) break;
      fields[fields.length - 1] = (fields[fields.length - 1] ?? '') + '\n' + (next.fields[0] ?? '');
      fields.push(...next.fields.slice(1));
      r++;
    }
    // «01.10 | воскрес | 13:00»: the weekday in a cell of its own under the Дата heading
    const pc = col('period');
    if (header && pc >= 0 && columns[pc + 1] && WEEKDAY_CELL.test(fields[pc + 1] ?? ''))
      fields.splice(pc + 1, 1);
    const get = (i: number): string => (i >= 0 ? cleanCell(fields[i] ?? '') : '');
    const filled = fields.map((f) => f.trim()).filter((f) => f !== '');
    // «1 | 2 | 3 | 4» under the heading: the columns' numbers, as official documents print them
    if (filled.length >= 3 && filled.every((f, i) => f === String(i + 1))) continue;
    // a merged row across the table pastes as its text in the first cell: a month or a section
    const only = filled[0] ?? '';
    if (filled.length === 1 && (fields[0] ?? '').trim() === only && !NUMBER_CELL.test(only)) {
      const month = monthRow(only);
      if (month) ctx.month = month;
      else section = sectionName(only);
      continue;
    }
    const notes: string[] = [];
    const used = new Set<number>([titleCol, numberCol]);
    let number = get(numberCol).replace(/\s*[.)]\s*$/, '');
    let title = get(titleCol);
    const numbered = NUMBERED_TITLE.exec(title);
    if (numberCol < 0 && numbered) {
      number = numbered[1] ?? '';
      title = title.slice(numbered[0].length).trim();
    }
    let period = get(col('period'));
    let place = get(col('place'));
    let time = normalizeTime(get(col('time')));
    let classes = get(col('classes'));
    let who = get(col('responsibles'));
    for (const id of ['period', 'place', 'time', 'classes', 'responsibles', 'section'] as const)
      used.add(col(id));
    if (col('periodPlace') >= 0) {
      used.add(col('periodPlace'));
      const whole = get(col('periodPlace'));
      // «22.02.2020 19.00»: days with their times, no place
      const pp = hasDayTimes(whole, sy) ? { period: whole, place: '' } : splitPeriodPlace(whole);
      if (!period) period = pp.period;
      if (!place) place = pp.place;
    }
    if (col('placePeriod') >= 0) {
      used.add(col('placePeriod'));
      const pp = splitPlacePeriod(get(col('placePeriod')));
      if (!period) period = pp.period;
      if (!place) place = pp.place;
    }
    if (col('timePlace') >= 0) {
      used.add(col('timePlace'));
      const tp = splitTimePlace(get(col('timePlace')));
      if (!time) time = tp.time;
      if (!place) place = tp.place;
    }
    const onlyTime = timeOnly(period);
    if (onlyTime && !time) time = onlyTime;
    // the responsible written in the classes column, the last cell left empty (as on many pages)
    // or the two cells swapped: the names under «Группы пользователей», the users under «Ответственные»
    const swapped = who !== '' && !isPersonText(who) && !isClassesText(who);
    if ((who === '' || swapped) && classes !== '' && !isClassesText(classes) && isPersonText(classes)) {
      if (swapped) [who, classes] = [classes, who];
      else {
        who = classes;
        classes = '';
      }
    }
    header?.cells.forEach((name, i) => {
      if (used.has(i)) return;
      const v = get(i);
      if (v !== '') notes.push((name.trim() || 'Столбец ' + (i + 1)) + ': ' + v);
    });
    for (let i = header ? width : columns.length; i < fields.length; i++) {
      const v = get(i);
      if (v !== '') notes.push(v);
    }
    let date = contextDate(period, time, sy, ctx) || datesWithTimes(period, sy);
    // a merged Дата cell the page lost: a row with only a time is on the day of the row above
    if (!date && onlyTime && dayAbove && parseTiming(period, sy).occurrences.length === 0) date = dayAbove;
    dayAbove = date ? oneDay(date, sy) : oneDay(period, sy);
    rows.push({
      number,
      title,
      period,
      responsibles: importResponsibles(dropFinalDot(joinCellLines(who))),
      place,
      classes,
      time,
      section: get(col('section')) || section,
      date,
      notes: notes.join('; '),
      line: rec.line,
    });
  }
  return rows;
}
