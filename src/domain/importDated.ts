// Plans written as lines that begin with their day or their time, not numbered:
//   «24.05. В филиалах МУК «ЦБС» пройдет цикл …», «25.05. в 10.00 Дом культуры …», «1 сентября: День знаний;»
//   (each line a row; the lines that follow without a day go on its title), and one-day programmes:
//   «25 февраля состоится школьный праздник … Программа праздника: 8:30 - оргмомент; 9:00 - открытие …»
//   (the day from the heading or the first sentence, each «time – title» line a row).
import { dropFinalDot, type ImportedRow, pad2, ruDate } from './importRow';
import { monthRow } from './planContext';
import { parseTiming } from './timing';
import type { SchoolYear } from './types';

const MONTHS = '(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)';
const DAY = String.raw`\d{1,2}[./](?:0?[1-9]|1[0-2])(?!\d)\.?(?:\d{2,4}\.?)?|\d{1,2}\s+${MONTHS}(?:\s+\d{4}\s*(?:г\.?|года)?)?`;
const DATED = new RegExp(
  String.raw`^(${DAY})(?:\s*[:–—-]\s*|\s+)(?:в\s*((?:[01]?\d|2[0-3])[.:][0-5]\d)\s+)?(\S.*)$`,
  'i',
);
const TIMED =
  /^(?:[-–•·*]\s*)?(?:в\s*)?((?:[01]?\d|2[0-3])[.:-][0-5]\d)(?:\s*[-–—]\s*\d{1,2}[.:-]\d{2})?\s*(?:[-–—]\s*)?([^\d\s].*)$/;
const DAY_IN_TEXT = new RegExp(String.raw`(\d{1,2}\s+${MONTHS}(?:\s+\d{4}\s*(?:г\.?|года)?)?)`, 'i');

/** The single day a text names, or ''. */
function dayOf(text: string, sy: SchoolYear): string {
  const t = parseTiming(text.replace(/\.$/, ''), sy);
  const o = t.occurrences[0];
  return t.kind === 'date' && t.occurrences.length === 1 && o && o.start === o.end ? o.start : '';
}

function row(title: string, period: string, date: string, time: string, line: number): ImportedRow {
  return {
    number: '',
    title: dropFinalDot(title.replace(/[;.]+$/, '')),
    period,
    responsibles: '',
    place: '',
    classes: '',
    time,
    section: '',
    date,
    notes: '',
    line,
  };
}

/** Lines that begin with their day: the rows, or null when fewer than three lines do. */
export function parseDatedLines(lines: string[], sy: SchoolYear): ImportedRow[] | null {
  const rows: ImportedRow[] = [];
  lines.forEach((raw, i) => {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (line === '') return;
    const m = DATED.exec(line);
    const day = m ? dayOf(m[1] ?? '', sy) : '';
    if (m && day) {
      const time = m[2] ? normal(m[2]) : '';
      rows.push(row(m[3] ?? '', (m[1] ?? '').trim(), ruDate(day) + (time ? ' ' + time : ''), '', i + 1));
      return;
    }
    const last = rows[rows.length - 1];
    if (last && !monthRow(line)) last.title = dropFinalDot(last.title + ' ' + line);
  });
  return rows.length >= 3 ? rows : null;
}

function normal(t: string): string {
  const m = /(\d{1,2})[.:-](\d{2})/.exec(t);
  return m ? pad2(Number(m[1])) + ':' + (m[2] ?? '') : '';
}

/** A one-day programme of «time – title» lines: the rows, or null. `day` is the heading's, if any. */
export function parseDayProgramme(lines: string[], sy: SchoolYear, day: string | null): ImportedRow[] | null {
  const first = lines.findIndex((l) => TIMED.test(l.trim()));
  if (first < 0) return null;
  let theDay = day ?? '';
  let dayText = '';
  for (const l of lines.slice(0, first)) {
    if (theDay) break;
    const m = DAY_IN_TEXT.exec(l);
    if (m) {
      dayText = m[1] ?? '';
      theDay = dayOf(dayText, sy);
    }
  }
  if (!theDay) return null;
  const rows: ImportedRow[] = [];
  const notes: string[][] = [];
  lines.forEach((raw, i) => {
    if (i < first) return;
    const line = raw.replace(/\s+/g, ' ').trim();
    if (line === '') return;
    const m = TIMED.exec(line);
    if (m) {
      rows.push(row(m[2] ?? '', dayText || ruDate(theDay), ruDate(theDay), normal(m[1] ?? ''), i + 1));
      notes.push([]);
    } else notes[notes.length - 1]?.push(line);
  });
  if (rows.length < 3) return null;
  rows.forEach((r, i) => {
    r.notes = (notes[i] ?? []).join(' ');
  });
  return rows;
}
