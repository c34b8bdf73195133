// A calendar plan copied out of its PDF: the table comes as one cell a line, in blocks of
//   Интеграция воспитательных аспектов в учебные программы      ← the title (one or more lines)
//   1-4                                                      ← the classes
//   В течение года Учителя начальных классов, предметники     ← the period, then the responsibles
//   материалов                                               ← the end of a long title, after the rest
// under «МОДУЛЬ «…»» lines. A line in lower case after a block goes on its title (or on its period when
// the two make a period: «сентябрь, в» + «течение года»); «(согласно …)» under a module is its note.
import { dropFinalDot, type ImportedRow } from './importRow';
import { isSectionLine, sectionName } from './planContext';
import { importResponsibles } from './responsibles';
import { joinCellLines } from './roles';
import { isPeriodText } from './timing';
import type { SchoolYear } from './types';
import { isClassesText, isPersonText } from './wideTable';

const COLUMN_HEADING =
  /^(?:дела|события|мероприяти|наименовани|классы?$|участник|сроки?|дата|ориентировочн|время|проведения|реализации|ответственн|исполнител)/i;
const ANY_YEAR: SchoolYear = { startYear: 2026 };

/** «В течение года Учителя начальных классов» → the longest leading period and the rest. */
function periodAndRest(line: string): { period: string; rest: string } {
  const words = line.split(/\s+/);
  for (let n = words.length; n > 0; n--) {
    const head = words.slice(0, n).join(' ');
    if (isPeriodText(head.replace(/[,;]$/, ''), ANY_YEAR))
      return { period: head, rest: words.slice(n).join(' ') };
  }
  return { period: '', rest: line };
}

/** The rows of a plan pasted from a PDF, or null when fewer than three blocks are found. */
export function parseBlocks(lines: string[]): ImportedRow[] | null {
  const text = lines.map((l) => l.replace(/\s+/g, ' ').trim());
  const rows: ImportedRow[] = [];
  let section = '';
  let pending: string[] = [];
  let started = false;
  for (let i = 0; i < text.length; i++) {
    const line = text[i] ?? '';
    if (line === '') continue;
    if (isSectionLine(line)) {
      section = sectionName(line);
      pending = [];
      started = true;
      if (/^\(.*\)$/.test(text[i + 1] ?? '')) i++;
      continue;
    }
    if (!started) {
      if (COLUMN_HEADING.test(line)) started = true;
      continue;
    }
    if (line === line.toUpperCase() && /[А-ЯЁ]{4}/.test(line)) continue; // «ИНВАРИАНТНЫЕ МОДУЛИ»
    const last = rows[rows.length - 1];
    if (isClassesText(line) && pending.length > 0 && i + 1 < text.length) {
      const { period, rest } = periodAndRest(text[i + 1] ?? '');
      if (period === '') {
        pending.push(line);
        continue;
      }
      let who = rest;
      i++;
      if (who === '' && isPersonText(text[i + 1] ?? '') && !isClassesText(text[i + 2] ?? ''))
        who = text[++i] ?? '';
      rows.push({
        number: '',
        title: dropFinalDot(pending.join(' ')),
        period: dropFinalDot(period),
        responsibles: importResponsibles(dropFinalDot(joinCellLines(who))),
        place: '',
        classes: line,
        time: '',
        section,
        date: '',
        notes: '',
        line: i + 1,
      });
      pending = [];
      continue;
    }
    // what follows a block in lower case goes on its period («течение года») or its title
    if (last && pending.length === 0 && /^[а-яё(]/.test(line)) {
      const joined = last.period + ' ' + line;
      if (isPeriodText(joined, ANY_YEAR)) last.period = joined;
      else last.title = dropFinalDot(last.title + ' ' + line);
      continue;
    }
    pending.push(line);
  }
  return rows.length >= 3 ? rows : null;
}
