// plan.xlsx keeps what a person made of typed cells across planbook's saves (issue 12): merged cells,
// hyperlinks and rich text, written in Excel or LibreOffice, are in the file after planbook's runs wrote
// their keys, sync states and problems; the events read the plain text; a person's new text drops the
// old runs, as Sheets does.
import { readFileSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { PLANBOOK } from '../../cli/product';
import { Runtime } from '../../localgas/runtime';
import { col, eventTexts, seededPlan, setDay, sheet } from './edits';

const LINK = 'https://school.example.org/photo/2026-09';
const TITLE_RUNS = [
  { text: 'Заключение договора ', font: { bold: true } },
  { text: 'о сотрудничестве', font: { italic: true, color: { argb: 'FFC00000' } } },
];

async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  return wb;
}

describe('plan.xlsx across planbook’s saves', () => {
  it('keeps merged cells, hyperlinks and rich text in typed cells', async () => {
    const prep = await seededPlan({ sync: false });
    const titleCol = col(prep, 'Мероприятие');
    const resultsCol = col(prep, 'Итоги');
    const title = String(sheet(prep).read('План')[1]![titleCol - 1]);
    expect(title).toBe('Заключение договора о сотрудничестве');
    await prep.close();
    const path = prep.workspace.planPath;

    // a person, in Excel: a bold/italic title, a link in Итоги, a merged note on the Ответственные sheet
    const wb = await load(path);
    const ws = wb.getWorksheet('План')!;
    ws.getCell(2, titleCol).value = { richText: TITLE_RUNS };
    ws.getCell(3, resultsCol).value = { text: 'Фотоотчёт', hyperlink: LINK };
    const who = wb.getWorksheet('Ответственные')!;
    who.getCell(2, 3).value = 'Общий адрес администрации';
    who.mergeCells(2, 3, 3, 3);
    writeFileSync(path, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));

    // planbook: a sync and the day's reminders (keys, sync states, problems written), saved each time
    const rt = await Runtime.open({ product: PLANBOOK, workspace: prep.workspace.dir, today: '2026-09-01' });
    setDay(rt, '2026-09-01');
    await rt.call('syncCalendar');
    await rt.call('sendReminders');
    expect(eventTexts(rt).some((e) => e.includes(JSON.stringify(title)))).toBe(true);
    expect(String(sheet(rt).read('План')[2]![resultsCol - 1])).toBe('Фотоотчёт');
    await rt.close();

    const after = await load(path);
    const plan = after.getWorksheet('План')!;
    const runs = (plan.getCell(2, titleCol).value as ExcelJS.CellRichTextValue).richText;
    expect(runs.map((r) => r.text)).toEqual(TITLE_RUNS.map((r) => r.text));
    expect(runs[0]!.font?.bold).toBe(true);
    expect(runs[1]!.font?.italic).toBe(true);
    expect(runs[1]!.font?.color?.argb).toBe('FFC00000');
    expect(plan.getCell(3, resultsCol).value).toEqual({ text: 'Фотоотчёт', hyperlink: LINK });
    expect((after.getWorksheet('Ответственные')!.model as { merges: string[] }).merges).toEqual(['C2:C3']);
    // planbook's own columns were written meanwhile
    const keyCol = (plan.getRow(1).values as unknown[]).indexOf('Ключ');
    expect(String(plan.getCell(2, keyCol).value)).not.toBe('');

    // a person types a new title: the old runs go with the old text
    const rt2 = await Runtime.open({ product: PLANBOOK, workspace: prep.workspace.dir, today: '2026-09-01' });
    sheet(rt2).personEdit('План', 2, titleCol, [['Договор о сотрудничестве']]);
    sheet(rt2).personInsertRows('Ответственные', 3, 1); // inside the merge: it grows
    await rt2.save();
    await rt2.close();
    const last = await load(path);
    expect(last.getWorksheet('План')!.getCell(2, titleCol).value).toBe('Договор о сотрудничестве');
    expect(last.getWorksheet('План')!.getCell(3, resultsCol).value).toEqual({
      text: 'Фотоотчёт',
      hyperlink: LINK,
    });
    expect((last.getWorksheet('Ответственные')!.model as { merges: string[] }).merges).toEqual(['C2:C4']);
  });
});
