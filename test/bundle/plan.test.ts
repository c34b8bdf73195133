// Issues 2 and 3 through the built bundle: setup, import of the seed, checks, keys under sorting/copying.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { callScript } from '../../cli/api';
import { SEED_PLAN } from '../../cli/paths';
import type { SpreadsheetService } from '../../localgas/services/spreadsheet';
import { openRuntime, tempDir } from '../helpers';

const SEED = readFileSync(SEED_PLAN, 'utf8');

async function seeded(dir = tempDir()) {
  const rt = await openRuntime({ workspace: dir, today: '2026-09-01' });
  await rt.call('setupSheets');
  await rt.call('importPlan', SEED);
  return rt;
}

/** 1-based column of a Plan heading. */
function col(sheets: SpreadsheetService, heading: string): number {
  return sheets.read('План')[0]!.map(String).indexOf(heading) + 1;
}

describe('setup', () => {
  it('writes plan.xlsx with the four sheets, headings, frozen header, hidden key and a status drop-down', async () => {
    const dir = tempDir();
    const rt = await openRuntime({ workspace: dir });
    await rt.call('setupSheets');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'plan.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['План', 'Ответственные', 'Настройки', 'Журнал']);
    const plan = wb.getWorksheet('План')!;
    const header = (plan.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, -3)).toEqual([
      '№',
      'Мероприятие',
      'Сроки',
      'Дата',
      'Место',
      'Классы',
      'Раздел',
      'Ответственные',
      'Статус',
      'Итоги',
      'Участников',
      'Публикация',
      'Время',
    ]);
    expect(header.slice(-3)).toEqual(['Ключ', 'Синхронизация', 'Проблемы']);
    const at = (h: string) => header.indexOf(h) + 1;
    expect(plan.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(plan.getColumn(at('Ключ')).hidden).toBe(true);
    const dv = plan.getRow(2).getCell(at('Статус')).dataValidation;
    expect(dv.type).toBe('list');
    expect(String(dv.formulae?.[0])).toContain('проведено');
    // System columns are locked, people's columns are not.
    expect(plan.getRow(2).getCell(at('Проблемы')).protection?.locked).not.toBe(false);
    expect(plan.getCell('B2').protection?.locked).toBe(false);
  });

  it('run again on a used plan upgrades it and never loses a typed cell', async () => {
    const rt = await seeded();
    const sheets = rt.service<SpreadsheetService>('spreadsheet');
    const settings = sheets.read('Настройки');
    const schoolRow = settings.findIndex((r) => r[3] === 'schoolName') + 1;
    sheets.personEdit('Настройки', schoolRow, 2, [['МОУ «Рамешковская СОШ»']]);
    sheets.personEdit('План', 2, col(sheets, 'Итоги'), [['Договор подписан']]);
    const before = sheets.read('План');
    await rt.call('setupSheets');
    expect(sheets.read('План')).toEqual(before);
    const after = sheets.read('Настройки');
    expect(after[schoolRow - 1]![1]).toBe('МОУ «Рамешковская СОШ»');
    expect(after.filter((r) => r[3] === 'schoolName')).toHaveLength(1);
  });
});

describe('an English-speaking user', () => {
  it('gets English sheets, Settings in English with language en, and English problem texts', async () => {
    const rt = await openRuntime({ session: { locale: 'en_US' } });
    const r = await callScript(rt, 'setupSheets');
    expect(r.message).toBe(
      'The sheet is ready: Plan, Responsibles, Settings, Log. Fill in the responsibles’ e-mails on the Responsibles sheet.',
    );
    const sheets = rt.service<SpreadsheetService>('spreadsheet');
    expect(sheets.sheetNames()).toEqual(['Plan', 'Responsibles', 'Settings', 'Log']);
    const settings = sheets.read('Settings');
    expect(settings.find((row) => row[3] === 'language')![1]).toBe('en');
    const imported = await callScript(rt, 'importPlan', SEED);
    expect(imported.problems).toEqual(['No. 7 is missing from the numbering', 'No. 13 appears twice']);
  });
});

describe('import of the seed', () => {
  it('gives 14 rows with the right occurrences and reports the numbering problems', async () => {
    const rt = await seeded();
    const s = await callScript(rt, 'getStatus');
    expect(s.rows.map((r) => r.number)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '8',
      '9',
      '10',
      '11',
      '12',
      '13',
      '13',
      '14',
    ]);
    const contest = s.rows.find((r) => r.title.includes('Глинки'))!;
    expect(contest.timing).toMatchObject({
      kind: 'range',
      occurrences: [{ start: '2027-04-01', end: '2027-06-30' }],
    });
    expect(s.rows[0]!.timing.occurrences).toEqual([{ start: '2026-09-01', end: '2026-09-30' }]);
    expect(s.rows.find((r) => r.number === '11')!.timing.kind).toBe('year');
    expect(s.problems).toEqual(['№7 пропущен в нумерации', '№13 встречается дважды']);
    expect(new Set(s.rows.map((r) => r.key)).size).toBe(14);
  });

  it('fills the Responsibles sheet with every role once, e-mails empty, and says so in each row', async () => {
    const rt = await seeded();
    const sheets = rt.service<SpreadsheetService>('spreadsheet');
    const roles = sheets.read('Ответственные').slice(1);
    expect(roles.map((r) => r[0])).toEqual([
      'директор МОУ «Рамешковская СОШ»',
      'директор библиотеки',
      'работники библиотеки',
      'классные руководители',
      'организатор',
      'руководитель коллектива',
    ]);
    expect(roles.every((r) => r[1] === '')).toBe(true);
    const plan = sheets.read('План');
    const problems = plan[1]![col(sheets, 'Проблемы') - 1] as string;
    expect(problems).toMatch(/e-mail/i);
    expect(problems).toContain('директор библиотеки');
  });

  it('imports nothing twice', async () => {
    const rt = await seeded();
    const again = await callScript(rt, 'importPlan', SEED);
    expect(again).toMatchObject({ added: 0, skipped: 14 });
    expect((await callScript(rt, 'getStatus')).rows).toHaveLength(14);
  });

  it('previews without writing anything', async () => {
    const rt = await openRuntime();
    await rt.call('setupSheets');
    const preview = await callScript(rt, 'previewImport', SEED);
    expect(preview.rows).toHaveLength(14);
    expect(preview.problems).toHaveLength(2);
    expect((await callScript(rt, 'getStatus')).rows).toHaveLength(0);
  });
});

describe('people editing the plan', () => {
  it('keeps keys through sorting and inserting; a copied row gets a key of its own', async () => {
    const rt = await seeded();
    const sheets = rt.service<SpreadsheetService>('spreadsheet');
    const keyOf = (title: string) =>
      callScript(rt, 'getStatus').then((s) => s.rows.find((r) => r.title === title)!.key);
    const title = 'Новогоднее мероприятие';
    const key = await keyOf(title);
    sheets.personSort('План', 2, true);
    sheets.personInsertRows('План', 3, 2);
    await rt.call('checkPlan');
    expect(await keyOf(title)).toBe(key);
    const row = sheets.read('План').findIndex((r) => r[1] === title) + 1;
    sheets.personCopyRow('План', row, row + 1);
    await rt.call('checkPlan');
    const s = await callScript(rt, 'getStatus');
    const copies = s.rows.filter((r) => r.title === title);
    expect(copies).toHaveLength(2);
    expect(copies[0]!.key).toBe(key);
    expect(copies[1]!.key).not.toBe(key);
    expect(new Set(s.rows.map((r) => r.key)).size).toBe(s.rows.length);
  });

  it('explains a row it cannot understand in Russian and goes on with the others', async () => {
    const rt = await seeded();
    const sheets = rt.service<SpreadsheetService>('spreadsheet');
    sheets.personEdit('План', 3, 3, [['когда-нибудь потом']]);
    sheets.personEdit('План', 4, col(sheets, 'Статус'), [['сделано наполовину']]);
    const r = await callScript(rt, 'checkPlan');
    expect(r.rows).toBe(14);
    const plan = sheets.read('План');
    const problems = col(sheets, 'Проблемы') - 1;
    expect(plan[2]![problems]).toMatch(/Не понятны сроки/);
    expect(plan[2]![2]).toBe('когда-нибудь потом');
    expect(plan[3]![col(sheets, 'Статус') - 1]).toBe('сделано наполовину');
    expect(plan[3]![problems]).toMatch(/сделано наполовину/);
  });
});
