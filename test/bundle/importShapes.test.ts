// Plan shapes of the real corpus through the built bundle: a day-by-day week plan with «Ответственный:»
// on its own line and a calendar plan copied out of its PDF land in the sheet with their Дата, Время,
// Ответственные and Раздел, as the node reading gives them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SpreadsheetService } from '../../localgas/services/spreadsheet';
import { openRuntime } from '../helpers';

const fixture = (name: string) => readFileSync(new URL('../fixtures/plans/' + name, import.meta.url), 'utf8');

function planRows(sheets: SpreadsheetService) {
  const values = sheets.read('План');
  const head = values[0]!.map(String);
  return values.slice(1).map((r) => {
    const at = (h: string) => r[head.indexOf(h)];
    const d = at('Дата');
    return {
      title: String(at('Мероприятие')),
      // a Date cell is a Moscow midnight (UTC+4 in 2012)
      date: d instanceof Date ? d.toLocaleDateString('sv-SE', { timeZone: 'Europe/Moscow' }) : String(d),
      time: String(at('Время') ?? ''),
      who: String(at('Ответственные') ?? ''),
      section: String(at('Раздел') ?? ''),
    };
  });
}

describe('real plan shapes through the script', () => {
  it('a week plan: each «time title» line a row on its weekday, «Ответственный:» its people', async () => {
    const rt = await openRuntime({ today: '2012-09-01' });
    await rt.call('setupSheets');
    const r = (await rt.call('importPlan', fixture('29-health-week-internat.txt'))) as { added: number };
    expect(r.added).toBe(5);
    const rows = planRows(rt.service<SpreadsheetService>('spreadsheet'));
    expect(rows.map((x) => [x.date, x.time, x.who])).toEqual([
      ['2012-09-21', '11:30', 'Акимова Е.В., Дмитриев К.П.'],
      ['2012-09-21', '12:10', 'Сотникова Н.П.'],
      ['2012-09-21', '13:00', 'Сотникова Н.П.'],
      ['2012-09-22', '11:30', 'Дмитриев К.П., Классные руководители'],
      ['2012-09-23', '11:00', 'Дмитриев К.П., Дмитриева С.А.'],
    ]);
    expect(rows[0]!.title).toBe('Линейка, посвященная открытию Недели Здоровья');
  });

  it('a calendar plan from its PDF: blocks of title, classes, «срок ответственные» under a module', async () => {
    const rt = await openRuntime({ today: '2025-09-01' });
    await rt.call('setupSheets');
    const r = (await rt.call('importPlan', fixture('34-kalendarny-plan-irbit3-2025.txt'))) as {
      added: number;
    };
    expect(r.added).toBe(6);
    const rows = planRows(rt.service<SpreadsheetService>('spreadsheet'));
    expect(rows.every((x) => x.section === 'МОДУЛЬ «УРОЧНАЯ ДЕЯТЕЛЬНОСТЬ»')).toBe(true);
    expect(rows.every((x) => x.who === 'Учителя начальных классов, предметники')).toBe(true);
    expect(rows[4]!.title).toBe('Использование воспитательного потенциала учебных материалов');
  });
});
