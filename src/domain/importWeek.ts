// A week (or a few days) planned day by day, as schools post a «Неделя здоровья»:
//   Пятница 21 сентября
//   11.30 Линейка, посвященная открытию Недели Здоровья.
//   Ответственный: Сотникова Н.П.
// A weekday line gives its day to the «time title» lines under it; «Ответственный:» on its own line
// names the people of the event above; other lines under an event («Проводят классные руководители.»)
// are its notes. The lines before the first day (the goals, even when numbered) are the heading.
import { dropFinalDot, type ImportedRow, pad2, ruDate } from './importRow';
import { importResponsibles } from './responsibles';
import { joinCellLines } from './roles';
import { parseTiming } from './timing';
import type { SchoolYear } from './types';

const WEEKDAY = '(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)';
const DAY_WORDS = String.raw`\d{1,2}\s+[а-яё]+(?:\s+\d{4}\s*(?:г\.?|года)?)?|\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?`;
const DAY_LINE = new RegExp(
  String.raw`^${WEEKDAY}[\s,.–—-]*(${DAY_WORDS})\.?$|^(${DAY_WORDS})[\s,.–—-]*${WEEKDAY}\.?$`,
  'i',
);
const EVENT = /^(?:в\s*)?(\d{1,2})[.:](\d{2})(?:\s*[-–—]\s*\d{1,2}[.:]\d{2})?\s*[-–—]?\s*(\S.*)$/;
const WHO = /^(?:ответственн(?:ый|ая|ые|ое)|отв\.)\s*:?\s*(\S.*)$/i;

/** The day a weekday line names («Пятница 21 сентября», «21.09, пятница»), or null. */
function dayOf(line: string, sy: SchoolYear): { text: string; day: string } | null {
  const m = DAY_LINE.exec(line);
  const text = m ? (m[1] ?? m[2] ?? '') : '';
  if (!text) return null;
  const t = parseTiming(text, sy);
  const o = t.occurrences[0];
  if (t.kind !== 'date' || t.occurrences.length !== 1 || !o || o.start !== o.end) return null;
  return { text, day: o.start };
}

/** The rows of a day-by-day plan, or null when the text is not one (fewer than two timed events under days). */
export function parseWeekPlan(lines: string[], sy: SchoolYear): ImportedRow[] | null {
  const rows: ImportedRow[] = [];
  const notes: string[][] = [];
  let day: { text: string; day: string } | null = null;
  lines.forEach((raw, i) => {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (line === '') return;
    const d = dayOf(line, sy);
    if (d) {
      day = d;
      return;
    }
    if (!day) return;
    const ev = EVENT.exec(line);
    const h = Number(ev?.[1]);
    const min = Number(ev?.[2]);
    if (ev && h <= 23 && min <= 59) {
      rows.push({
        number: '',
        title: dropFinalDot(ev[3] ?? ''),
        period: day.text,
        responsibles: '',
        place: '',
        classes: '',
        time: pad2(h) + ':' + pad2(min),
        section: '',
        date: ruDate(day.day),
        notes: '',
        line: i + 1,
      });
      notes.push([]);
      return;
    }
    const row = rows[rows.length - 1];
    if (!row) return;
    const who = WHO.exec(line);
    if (who) {
      const list = [row.responsibles, importResponsibles(dropFinalDot(joinCellLines(who[1] ?? '')))];
      row.responsibles = list.filter((x) => x !== '').join(', ');
    } else notes[notes.length - 1]?.push(line);
  });
  if (rows.length < 2) return null;
  rows.forEach((r, i) => {
    r.notes = (notes[i] ?? []).join(' ');
  });
  return rows;
}
