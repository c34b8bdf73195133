// Word plans and the plan's new columns through the built bundle: the script reads a .docx with
// Utilities.unzip and XmlService (the emulator's fakes), the rows land with Классы, Время, Раздел and
// the Дата its context gives; `planbook import plan.docx` gives the same rows; an existing plan gets the
// new columns at its end without a typed cell touched.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../localgas/paths';
import type { SpreadsheetService } from '../../localgas/services/spreadsheet';
import { openRuntime, tempDir } from '../helpers';
import { docxText, planDocx } from '../planDocx';

const FIXTURE = new URL('../fixtures/plans/15-saturday-borisov-2021-10-30.txt', import.meta.url);

async function planRows(sheets: SpreadsheetService) {
  const values = sheets.read('План');
  const head = values[0]!.map(String);
  return values.slice(1).map((r) => {
    const at = (h: string) => r[head.indexOf(h)];
    return {
      title: at('Мероприятие'),
      // a Date cell is a Moscow midnight
      date:
        at('Дата') instanceof Date
          ? new Date((at('Дата') as Date).getTime() + 3 * 3600_000).toISOString().slice(0, 10)
          : at('Дата'),
      time: at('Время'),
      classes: at('Классы'),
      section: at('Раздел'),
      who: at('Ответственные'),
    };
  });
}

describe('a Word plan', () => {
  it('is read by the script as the node reading gives it, and imports with the new columns', async () => {
    const docx = await planDocx(readFileSync(FIXTURE, 'utf8'));
    const rt = await openRuntime({ today: '2021-10-01' });
    await rt.call('setupSheets');
    const text = (await rt.call('planFileText', {
      name: 'plan.docx',
      data: docx.toString('base64'),
    })) as string;
    expect(text).toBe(docxText(docx));
    const r = (await rt.call('importPlan', text)) as { added: number; rows: { occurrences: unknown[] }[] };
    expect(r.added).toBe(8);
    const rows = await planRows(rt.service<SpreadsheetService>('spreadsheet'));
    expect(rows[0]).toMatchObject({
      time: '10:00',
      classes: '2г\nкласс',
      section: 'Школьные и классные мероприятия',
      who: 'Бакун А.М.',
    });
    expect(String(rows[0]!.date)).toMatch(/30\.10\.2021|2021-10-30/);
  });

  it('a .doc or a broken .docx is refused in Russian, saying what to do', async () => {
    const rt = await openRuntime();
    await rt.call('setupSheets');
    await expect(rt.call('planFileText', { name: 'plan.doc', data: 'AAAA' })).rejects.toThrow(/\.docx/);
    await expect(rt.call('planFileText', { name: 'plan.docx', data: 'AAAA' })).rejects.toThrow(
      /не открывается как документ Word/,
    );
  });

  it('`planbook import plan.docx` gives the same rows as the text pasted', async () => {
    const tsv = readFileSync(FIXTURE, 'utf8');
    const dir = tempDir();
    const file = join(dir, 'plan.docx');
    writeFileSync(file, await planDocx(tsv));
    const a = tempDir();
    const b = tempDir();
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, [join(REPO_ROOT, 'bin/planbook.cjs'), ...args], {
        encoding: 'utf8',
        timeout: 120_000,
      });
    const txt = join(dir, 'plan.txt');
    writeFileSync(txt, docxText(readFileSync(file)));
    for (const [ws, f] of [
      [a, file],
      [b, txt],
    ] as const) {
      expect(cli('setup', '--workspace', ws).status).toBe(0);
      const r = cli('import', f, '--workspace', ws);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    }
    const read = async (ws: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(ws, 'plan.xlsx'));
      const sheet = wb.getWorksheet('План')!;
      const out: unknown[][] = [];
      sheet.eachRow((row) => {
        const v = (row.values as unknown[]).slice(1, 13);
        out.push(v.map((x) => (x instanceof Date ? x.toISOString() : x)));
      });
      return out;
    };
    const ra = await read(a);
    expect(ra.length).toBe(9);
    expect(ra).toEqual(await read(b));
  });
});

describe('an existing plan', () => {
  it('gets Классы, Время, Раздел at its end; nothing typed moves or changes', async () => {
    const dir = tempDir();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('План');
    const old = [
      '№',
      'Мероприятие',
      'Сроки',
      'Дата',
      'Место',
      'Ответственные',
      'Статус',
      'Итоги',
      'Участников',
      'Ключ',
      'Синхронизация',
      'Проблемы',
    ];
    ws.addRow(old);
    ws.addRow(['1', 'Линейка', '1 сентября', '', 'Двор', 'ЗДВР', '', 'Прошла', 120, '', '', '']);
    await wb.xlsx.writeFile(join(dir, 'plan.xlsx'));
    const rt = await openRuntime({ workspace: dir });
    await rt.call('setupSheets');
    const values = rt.service<SpreadsheetService>('spreadsheet').read('План');
    expect(values[0]!.slice(0, 12)).toEqual(old);
    // the columns this plan lacks, in the order of the Plan's columns (Публикация is issue 16's)
    expect(values[0]!.slice(12)).toEqual(['Классы', 'Раздел', 'Публикация', 'Время']);
    expect(values[1]!.slice(0, 9)).toEqual([
      '1',
      'Линейка',
      '1 сентября',
      '',
      'Двор',
      'ЗДВР',
      '',
      'Прошла',
      120,
    ]);
  });
});
