// Word plans: every table plan of the corpus made into a .docx (merged section rows, cells merged down,
// multi-line cells, Word-numbered № column) reads as the same rows as its pasted text; numbered
// paragraphs get their numbers.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../src/domain/importText';
import { docxText, numberedDocx, planDocx } from '../planDocx';

const DIR = new URL('../fixtures/plans/', import.meta.url);
const SOURCES = JSON.parse(readFileSync(new URL('sources.json', DIR), 'utf8')) as {
  file: string;
  format: string;
  schoolYear: string;
}[];

const fields = (r: ReturnType<typeof parsePlanText>['rows'][number]) => ({
  number: r.number,
  title: r.title,
  period: r.period,
  responsibles: r.responsibles,
  classes: r.classes,
  time: r.time,
  date: r.date,
  section: r.section,
});

describe('a .docx of each corpus table reads as the same rows', () => {
  for (const s of SOURCES.filter((x) => x.format === 'table')) {
    it(s.file, async () => {
      const tsv = readFileSync(new URL(s.file, DIR), 'utf8');
      const sy = { startYear: Number(s.schoolYear.slice(0, 4)) };
      const text = docxText(await planDocx(tsv));
      const want = parsePlanText(tsv, sy).rows.map(fields);
      expect(parsePlanText(text, sy).rows.map(fields)).toEqual(want);
      expect(want.length).toBeGreaterThan(0);
    });
  }
});

describe('Word details', () => {
  it('numbered paragraphs get the numbers Word shows', async () => {
    const buf = await numberedDocx('План работы с библиотекой на 2026-2027 учебный год', [
      'Экскурсия в библиотеку – сентябрь, классные руководители',
      'Неделя детской книги – 4-я неделя марта, библиотекарь',
    ]);
    const r = parsePlanText(docxText(buf));
    expect(r.schoolYear).toEqual({ startYear: 2026 });
    expect(r.rows.map((x) => [x.number, x.period])).toEqual([
      ['1', 'сентябрь'],
      ['2', '4-я неделя марта'],
    ]);
  });
  it('a merged row across the table is a section; a cell merged down repeats its value', async () => {
    const tsv = [
      '№\tМероприятие\tСроки\tОтветственные',
      'Модуль «Ключевые общешкольные дела»',
      '1\tЛинейка\t1 сентября\tЗДВР',
      '2\tКлассный час\t1 сентября\tКл. рук.',
      '3\tКросс\t2-я неделя сентября\tУчитель физкультуры',
    ].join('\n');
    const text = docxText(await planDocx(tsv));
    expect(text).toContain('Модуль «Ключевые общешкольные дела»');
    const rows = parsePlanText(text).rows;
    expect(rows.map((r) => [r.number, r.period, r.responsibles, r.section])).toEqual([
      ['1', '1 сентября', 'Заместитель директора по ВР', 'Модуль «Ключевые общешкольные дела»'],
      ['2', '1 сентября', 'Классные руководители', 'Модуль «Ключевые общешкольные дела»'],
      ['3', '2-я неделя сентября', 'Учитель физкультуры', 'Модуль «Ключевые общешкольные дела»'],
    ]);
  });
});
