// The SpreadsheetApp fake behaves as Google Sheets does where planbook relies on it, and plan.xlsx is a real
// workbook that survives save/load and opens independently.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ServiceContext } from '../../localgas/service';
import { createServices } from '../../localgas/services';
import { SpreadsheetService } from '../../localgas/services/spreadsheet';
import { fakeContext, tempDir } from '../helpers';

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

async function open(ctx: ServiceContext = fakeContext()) {
  const svc = new SpreadsheetService(ctx);
  await svc.load();
  const app = svc.globals()['SpreadsheetApp'] as App;
  const ss = app.getActiveSpreadsheet();
  return { ctx, svc, app, ss, sheet: ss.getSheets()[0]! };
}

/** Saves, then opens the same workspace again (a new process would). */
async function reopen(x: { ctx: ServiceContext; svc: SpreadsheetService }) {
  await x.svc.save();
  return open(x.ctx);
}

async function readBack(ctx: ServiceContext): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(ctx.workspace.planPath) as unknown as ArrayBuffer);
  return wb;
}

const MOSCOW_1400 = new Date('2026-10-15T11:00:00Z');

describe('a new spreadsheet', () => {
  it('has one empty sheet Лист1 of 1000 x 26, with 0 last row/column and empty cells', async () => {
    const { ss, sheet, app } = await open();
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Лист1']);
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getLastColumn()).toBe(0);
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getMaxColumns()).toBe(26);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      ['', ''],
      ['', ''],
    ]);
    expect(ss.getSpreadsheetTimeZone()).toBe('Europe/Moscow');
    expect(ss.getSpreadsheetLocale()).toBe('ru');
    expect(ss.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${ss.getId()}/edit`);
    expect(app.openById(ss.getId()).getId()).toBe(ss.getId());
    expect(() => app.openById('nope')).toThrow();
  });

  it('keeps its id across save and load, and is reachable as the "spreadsheet" service', async () => {
    const x = await open();
    const id = x.ss.getId();
    const y = await reopen(x);
    expect(y.ss.getId()).toBe(id);
    // the file's writer is the local Apps Script, which knows nothing of the project it runs
    expect((await readBack(x.ctx)).creator).toBe('localgas');
    const services = createServices(fakeContext());
    expect(services.find((s) => s.name === 'spreadsheet')).toBeInstanceOf(SpreadsheetService);
  });
});

describe('values', () => {
  it('getValues returns a new array each time', async () => {
    const { sheet } = await open();
    sheet.getRange(1, 1, 1, 2).setValues([['a', 1]]);
    const v = sheet.getRange(1, 1, 1, 2).getValues();
    v[0]![0] = 'changed';
    v[0]!.push('x');
    expect(sheet.getRange(1, 1, 1, 2).getValues()).toEqual([['a', 1]]);
    expect(sheet.getRange('A1').getValue()).toBe('a');
    expect(sheet.getLastRow()).toBe(1);
    expect(sheet.getLastColumn()).toBe(2);
  });

  it('throws the real messages for shape and coordinate errors, and setValues grows nothing', async () => {
    const { sheet } = await open();
    const r = sheet.getRange(1, 1, 2, 3);
    expect(() => r.setValues([[1, 2, 3]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() =>
      r.setValues([
        [1, 2, 3],
        [1, 2],
      ]),
    ).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.',
    );
    expect(() => sheet.getRange(1, 1, 0, 3)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1, 1, 3, 0)).toThrow(
      'The number of columns in the range must be at least 1.',
    );
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange(1, 26, 1, 2)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange('A1001')).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange('not a range')).toThrow('Range not found');
    sheet.getRange(1000, 26).setValue('corner');
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getMaxColumns()).toBe(26);
    expect(sheet.getLastRow()).toBe(1000);
  });

  it('reads A1 notation: cells, whole columns, whole rows, sheet-qualified', async () => {
    const { ss, sheet } = await open();
    const col = sheet.getRange('A:A');
    expect([col.getRow(), col.getNumRows(), col.getNumColumns(), col.getA1Notation()]).toEqual([
      1,
      1000,
      1,
      'A:A',
    ]);
    const row = sheet.getRange('7:7');
    expect([
      row.getRow(),
      row.getColumn(),
      row.getNumRows(),
      row.getNumColumns(),
      row.getA1Notation(),
    ]).toEqual([7, 1, 1, 26, '7:7']);
    const cell = sheet.getRange('B2');
    expect([cell.getRow(), cell.getColumn(), cell.getA1Notation()]).toEqual([2, 2, 'B2']);
    const block = sheet.getRange('A1:C5');
    expect([block.getNumRows(), block.getNumColumns(), block.getLastRow(), block.getLastColumn()]).toEqual([
      5, 3, 5, 3,
    ]);
    ss.insertSheet('План');
    const r = ss.getRange("'План'!B2:C3");
    expect(r.getSheet().getName()).toBe('План');
    expect(r.getA1Notation()).toBe('B2:C3');
    expect(r.offset(1, 1).getA1Notation()).toBe('C3:D4');
    expect(r.offset(0, 0, 1, 1).getA1Notation()).toBe('B2');
  });

  it('returns Dates for date cells, worked out in the spreadsheet time zone', async () => {
    const { sheet } = await open();
    sheet.getRange('A1').setValue(MOSCOW_1400);
    const v = sheet.getRange('A1').getValue() as Date;
    expect(v).toBeInstanceOf(Date);
    expect(v.toISOString()).toBe('2026-10-15T11:00:00.000Z');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('15.10.2026 14:00:00');
    sheet.getRange('A1').setNumberFormat('dd.MM.yyyy HH:mm');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('15.10.2026 14:00');
    // Typed text in the sheet's zone: the same instant.
    sheet.getRange('A2').setValue('15.10.2026 14:00');
    expect((sheet.getRange('A2').getValue() as Date).toISOString()).toBe('2026-10-15T11:00:00.000Z');
    sheet.getRange('A3').setValue('15.10.2026');
    expect((sheet.getRange('A3').getValue() as Date).toISOString()).toBe('2026-10-14T21:00:00.000Z');
    expect(sheet.getRange('A3').getDisplayValue()).toBe('15.10.2026');
  });

  it('keeps the wall time when the spreadsheet time zone changes (as Sheets does)', async () => {
    const { ss, sheet } = await open();
    sheet.getRange('A1').setValue(MOSCOW_1400);
    ss.setSpreadsheetTimeZone('Asia/Yekaterinburg');
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe('2026-10-15T09:00:00.000Z');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('15.10.2026 14:00:00');
  });

  it('turns typed-looking strings into numbers, dates and booleans unless the cell is text (@)', async () => {
    const { sheet } = await open();
    sheet
      .getRange(1, 1, 1, 9)
      .setValues([
        ['007', '1,5', '+79161234567', '15.10.2026', 'TRUE', "'007", 'текст', '50%', '2026-10-15'],
      ]);
    const v = sheet.getRange(1, 1, 1, 9).getValues()[0]!;
    expect(v.slice(0, 3)).toEqual([7, 1.5, 79161234567]);
    expect(v[3]).toBeInstanceOf(Date);
    expect(v.slice(4, 8)).toEqual([true, '007', 'текст', 0.5]);
    expect(v[8]).toBeInstanceOf(Date);
    sheet.getRange('A2:D2').setNumberFormat('@');
    sheet.getRange('A2:D2').setValues([['007', '1,5', '15.10.2026', 'TRUE']]);
    expect(sheet.getRange('A2:D2').getValues()).toEqual([['007', '1,5', '15.10.2026', 'TRUE']]);
    expect(sheet.getRange('A2').getNumberFormat()).toBe('@');
    // appendRow converts too.
    sheet.appendRow(['42', 'x']);
    expect(sheet.getRange(3, 1, 1, 2).getValues()).toEqual([[42, 'x']]);
  });

  it('takes text beginning with = as a formula (it cannot compute one) unless quoted or the cell is text', async () => {
    const { sheet } = await open();
    sheet.getRange('A1:C1').setValues([['=HYPERLINK("http://x")', "'=1+1", '=']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['#ERROR!', '=1+1', '=']]);
    sheet.getRange('A2').setNumberFormat('@');
    sheet.getRange('A2').setValue('=1+1');
    expect(sheet.getRange('A2').getValue()).toBe('=1+1');
  });

  it('formats display values with the cell number format (ru decimal comma)', async () => {
    const { sheet } = await open();
    sheet.getRange('A1:H1').setValues([[1.5, 2.6, 1.5, MOSCOW_1400, MOSCOW_1400, 5, true, '']]);
    sheet.getRange('A1:E1').setNumberFormats([['0.00', '0', '@', 'yyyy-mm-dd', 'DD.MM.YYYY']]);
    sheet.getRange('F1').setNumberFormat('@');
    expect(sheet.getRange('A1:H1').getDisplayValues()).toEqual([
      ['1,50', '3', '1,5', '2026-10-15', '15.10.2026', '5', 'TRUE', ''],
    ]);
    expect(sheet.getRange('A1:B1').getNumberFormats()).toEqual([['0.00', '0']]);
    expect(sheet.getRange('G2').getNumberFormat()).toBe('0.###############');
  });

  // Speed is measured by `npm run bench` (local wall time), not by a timed test: a busy machine would fail it.
  it('reads back a 5,000 x 12 plan whole: values, Dates and display values', async () => {
    const { sheet } = await open();
    sheet.insertRowsAfter(1000, 4000);
    const data = Array.from({ length: 5000 }, (_, i) =>
      Array.from({ length: 12 }, (_, j) =>
        j === 3 ? new Date(MOSCOW_1400.getTime() + i * 3_600_000) : `r${i}c${j}`,
      ),
    );
    sheet.getRange(1, 1, 5000, 12).setValues(data);
    const back = sheet.getRange(1, 1, 5000, 12).getValues();
    const display = sheet.getDataRange().getDisplayValues();
    expect(back[4999]![11]).toBe('r4999c11');
    expect((back[10]![3] as Date).getTime()).toBe(MOSCOW_1400.getTime() + 10 * 3_600_000);
    expect(display.length).toBe(5000);
    expect(display[4999]![11]).toBe('r4999c11');
  });
});

describe('sheets', () => {
  it('inserts, finds, renames and deletes sheets with the real messages', async () => {
    const { ss, sheet } = await open();
    const plan = ss.insertSheet('План');
    ss.insertSheet('Настройки', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Настройки', 'Лист1', 'План']);
    expect(plan.getIndex()).toBe(3);
    expect(ss.getActiveSheet().getName()).toBe('Настройки');
    expect(ss.getSheetByName('Нет')).toBeNull();
    expect(ss.getSheetByName('План')!.getSheetId()).toBe(plan.getSheetId());
    expect(ss.getSheetById(plan.getSheetId())!.getName()).toBe('План');
    expect(() => ss.insertSheet('План')).toThrow(
      'A sheet with the name "План" already exists. Please enter another name.',
    );
    expect(() => sheet.setName('План')).toThrow(
      'A sheet with the name "План" already exists. Please enter another name.',
    );
    sheet.setName('Журнал');
    ss.deleteSheet(ss.getSheetByName('Настройки')!);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Журнал', 'План']);
    ss.setActiveSheet(plan);
    expect(ss.getActiveSheet().getName()).toBe('План');
    ss.deleteSheet(sheet);
    expect(() => ss.deleteSheet(plan)).toThrow("You can't remove all the sheets in a document.");
    expect(plan.getParent().getId()).toBe(ss.getId());
  });

  it('inserts and deletes rows and columns, appendRow grows a full sheet', async () => {
    const { sheet } = await open();
    sheet.getRange('A1:A3').setValues([['a'], ['b'], ['c']]);
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getMaxRows()).toBe(1002);
    expect(sheet.getRange('A1:A5').getValues().flat()).toEqual(['a', '', '', 'b', 'c']);
    sheet.deleteRows(2, 2);
    sheet.insertRowBefore(1);
    sheet.deleteRow(1);
    expect(sheet.getRange('A1:A3').getValues().flat()).toEqual(['a', 'b', 'c']);
    expect(sheet.getMaxRows()).toBe(1000);
    sheet.insertColumnsAfter(1, 2);
    expect(sheet.getMaxColumns()).toBe(28);
    sheet.getRange('B1').setValue('new');
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['a', 'new', '']]);
    sheet.getRange(1000, 1).setValue('last');
    sheet.appendRow(['grown']);
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getRange(1001, 1).getValue()).toBe('grown');
    expect(() => sheet.deleteRows(1, 1001)).toThrow(
      'Sorry, it is not possible to delete all non-frozen rows.',
    );
  });

  it('inherits formats into inserted rows (a text column stays text)', async () => {
    const { sheet } = await open();
    sheet.getRange('A:A').setNumberFormat('@');
    sheet.insertRowsAfter(1, 1);
    sheet.getRange('A2').setValue('007');
    expect(sheet.getRange('A2').getValue()).toBe('007');
  });

  it('keeps layout: frozen rows, widths, hidden columns, tab color', async () => {
    const { sheet } = await open();
    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(1);
    sheet.setColumnWidth(2, 320).setColumnWidths(3, 2, 140);
    sheet.hideColumns(10, 3);
    sheet.showColumns(11);
    sheet.setTabColor('#FF0000');
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.getFrozenColumns()).toBe(1);
    expect([1, 2, 3, 4].map((c) => sheet.getColumnWidth(c))).toEqual([100, 320, 140, 140]);
    expect([10, 11, 12].map((c) => sheet.isColumnHiddenByUser(c))).toEqual([true, false, true]);
    expect(() => sheet.setColumnWidth(27, 10)).toThrow('Those columns are out of bounds.');
  });

  it('makes a sheet from a template: its data, formats, widths, frozen rows and hidden columns; the copy is its own', async () => {
    const { ss, sheet, app } = await open();
    sheet
      .getRange('A1:B1')
      .setValues([['Кто', 'Почта']])
      .setFontWeight('bold')
      .setBackground('#e8eaed');
    sheet.getRange('B2:B').setNumberFormat('@');
    sheet.getRange('C2').setDataValidation(app.newDataValidation().requireValueInList(['да', 'нет']).build());
    sheet.getRange('A1').setNote('подсказка');
    sheet.setFrozenRows(1);
    sheet.setColumnWidths(1, 2, 300);
    sheet.hideColumns(4);
    ss.insertSheet('Первый');
    const copy = ss.insertSheet('Копия', 1, { template: sheet });
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Лист1', 'Копия', 'Первый']);
    expect(ss.getActiveSheet().getName()).toBe('Копия');
    expect(copy.getRange('A1:B1').getValues()).toEqual([['Кто', 'Почта']]);
    expect(copy.getRange('A1:B1').getFontWeights()).toEqual([['bold', 'bold']]);
    expect(copy.getRange('B1').getBackground()).toBe('#e8eaed');
    expect(copy.getRange('B900').getNumberFormat()).toBe('@');
    expect(copy.getRange('C2').getDataValidation()?.getCriteriaValues()[0]).toEqual(['да', 'нет']);
    expect(copy.getRange('A1').getNote()).toBe('подсказка');
    expect(copy.getFrozenRows()).toBe(1);
    expect([1, 2, 3].map((c) => copy.getColumnWidth(c))).toEqual([300, 300, 100]);
    expect(copy.isColumnHiddenByUser(4)).toBe(true);
    // a copy, not a view: changing one leaves the other as it was
    copy.getRange('A1').setValue('Время').setFontWeight('normal');
    expect(sheet.getRange('A1').getValue()).toBe('Кто');
    expect(sheet.getRange('A1').getFontWeight()).toBe('bold');
    // the other overloads: (options), (name, options), (index, options)
    expect(ss.insertSheet({ template: sheet }).getRange('B1').getValue()).toBe('Почта');
    expect(ss.insertSheet('Ещё', { template: copy }).getRange('A1').getValue()).toBe('Время');
    expect(ss.insertSheet(0, { template: sheet }).getIndex()).toBe(1);
    expect(() => ss.insertSheet('Копия', { template: sheet })).toThrow(
      'A sheet with the name "Копия" already exists. Please enter another name.',
    );
  });

  it('refuses a template it cannot copy faithfully: protections and developer metadata are undocumented', async () => {
    const { ss, sheet } = await open();
    const other = ss.insertSheet('Другой');
    other.getRange('A:A').protect().setWarningOnly(true);
    expect(() => ss.insertSheet('Копия', { template: other })).toThrow(/not modelled/);
    sheet.getRange('B:B').addDeveloperMetadata('planbook.column', 'title');
    expect(() => ss.insertSheet('Копия', { template: sheet })).toThrow(/not modelled/);
    expect(() => ss.insertSheet('Копия', { template: {} as GoogleAppsScript.Spreadsheet.Sheet })).toThrow(
      'Invalid argument: template',
    );
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Лист1', 'Другой']);
  });
});

describe('formats, notes, validation', () => {
  it('sets and reads notes, backgrounds, fonts, alignment', async () => {
    const { sheet } = await open();
    const r = sheet.getRange('A1:B1');
    r.setNote('ключ строки').setBackground('#FFF2CC').setFontWeight('bold').setFontColor('#999999');
    r.setHorizontalAlignment('center').setVerticalAlignment('top').setWrap(true).setFontStyle('italic');
    expect(r.getNotes()).toEqual([['ключ строки', 'ключ строки']]);
    expect(r.getBackground()).toBe('#fff2cc');
    expect(sheet.getRange('C1').getBackground()).toBe('#ffffff');
    expect(r.getFontWeight()).toBe('bold');
    r.setNotes([['a', null]]);
    expect(r.getNotes()).toEqual([['a', '']]);
    r.setBackgrounds([['#ff0000', null]]);
    expect(r.getBackgrounds()).toEqual([['#ff0000', '#ffffff']]);
  });

  it('formats several ranges of a sheet in one RangeList call (R/spreadsheet/range-list)', async () => {
    const { ctx, sheet } = await open();
    const before = ctx.meter.total;
    const list = sheet.getRangeList(['A2:B', 'D2:D']);
    list.setNumberFormat('@').setWrap(true).setFontWeight('bold');
    // one call for the list, one per setter, whatever the number of ranges
    expect(ctx.meter.total - before).toBe(4);
    expect(sheet.getRange('B900').getNumberFormat()).toBe('@');
    expect(sheet.getRange('D2').getWrap()).toBe(true);
    expect(sheet.getRange('C2').getNumberFormat()).not.toBe('@');
    expect(sheet.getRange('A1').getNumberFormat()).not.toBe('@');
    expect(list.getRanges().map((r) => r.getA1Notation())).toEqual(['A2:B1000', 'D2:D1000']);
    expect(() => sheet.getRangeList([])).toThrow();
  });

  it('builds list and number rules and reads them back', async () => {
    const { sheet, app } = await open();
    const rule = app
      .newDataValidation()
      .requireValueInList(['запланировано', 'проведено'], true)
      .setAllowInvalid(false)
      .setHelpText('Выберите статус')
      .build();
    sheet.getRange('G2:G10').setDataValidation(rule);
    const got = sheet.getRange('G5').getDataValidation()!;
    expect(String(got.getCriteriaType())).toBe('VALUE_IN_LIST');
    expect(got.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(got.getCriteriaValues()).toEqual([['запланировано', 'проведено'], true]);
    expect(got.getAllowInvalid()).toBe(false);
    expect(got.getHelpText()).toBe('Выберите статус');
    expect(sheet.getRange('G11').getDataValidation()).toBeNull();
    const num = app.newDataValidation().requireNumberGreaterThanOrEqualTo(0).build();
    sheet.getRange('I2').setDataValidation(num);
    expect(sheet.getRange('I2').getDataValidation()!.getCriteriaValues()).toEqual([0]);
    sheet.getRange('I2').setDataValidation(null);
    expect(sheet.getRange('I2').getDataValidation()).toBeNull();
    // Script writes are not blocked by validation; a person's typing is.
    sheet.getRange('G2').setValue('что угодно');
    expect(sheet.getRange('G2').getValue()).toBe('что угодно');
  });

  it('clear() and clearContent() behave as in Sheets', async () => {
    const { sheet } = await open();
    sheet.getRange('A1').setValue('x').setBackground('#ff0000').setNote('n');
    sheet.getRange('A1').clearContent();
    expect(sheet.getRange('A1').getValue()).toBe('');
    expect(sheet.getRange('A1').getBackground()).toBe('#ff0000');
    sheet.getRange('A1').setValue('x').clear();
    expect(sheet.getRange('A1').getValue()).toBe('');
    expect(sheet.getRange('A1').getBackground()).toBe('#ffffff');
    expect(sheet.getRange('A1').getNote()).toBe('n');
  });
});

describe('protection', () => {
  it('range.protect() is listed by getProtections(RANGE); the owner stays an editor', async () => {
    const { sheet, app, ss, ctx } = await open();
    const p = sheet.getRange('J:L').protect().setDescription('Служебные столбцы').setWarningOnly(false);
    p.addEditor('teacher@example.org');
    p.removeEditors(p.getEditors());
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([ctx.session.email]);
    expect(p.canEdit()).toBe(true);
    expect(p.canDomainEdit()).toBe(false);
    const list = sheet.getProtections(app.ProtectionType.RANGE);
    expect(list.length).toBe(1);
    expect(list[0]!.getDescription()).toBe('Служебные столбцы');
    expect(list[0]!.getRange().getA1Notation()).toBe('J:L');
    expect(list[0]!.getProtectionType()).toBe(app.ProtectionType.RANGE);
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toEqual([]);
    const whole = sheet.protect().setWarningOnly(true);
    expect(sheet.protect().isWarningOnly()).toBe(true);
    expect(ss.getProtections(app.ProtectionType.SHEET).length).toBe(1);
    whole.remove();
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toEqual([]);
  });
});

describe('developer metadata', () => {
  async function withKeys() {
    const x = await open();
    const { sheet } = x;
    sheet.getRange('A1:B1').setValues([['№', 'Мероприятие']]);
    sheet.getRange('A2:B4').setValues([
      [3, 'в'],
      [1, 'а'],
      [2, 'б'],
    ]);
    for (const [row, key] of [
      [2, 'k3'],
      [3, 'k1'],
      [4, 'k2'],
    ] as const) {
      sheet.getRange(`${row}:${row}`).addDeveloperMetadata('planbook.key', key);
    }
    const rowOf = (key: string) =>
      x.ss
        .createDeveloperMetadataFinder()
        .withKey('planbook.key')
        .withValue(key)
        .find()
        .map((m) => m.getLocation().getRow()!.getRow());
    return { ...x, rowOf };
  }

  it('finds row metadata by key and value, at its row', async () => {
    const { rowOf, ss, app, sheet } = await withKeys();
    expect(rowOf('k1')).toEqual([3]);
    const all = ss.createDeveloperMetadataFinder().withKey('planbook.key').find();
    expect(all.map((m) => m.getValue())).toEqual(['k3', 'k1', 'k2']);
    expect(String(all[0]!.getLocation().getLocationType())).toBe('ROW');
    ss.addDeveloperMetadata('planbook.version', '1');
    sheet.addDeveloperMetadata('planbook.sheet', 'plan');
    expect(
      ss
        .createDeveloperMetadataFinder()
        .withLocationType(app.DeveloperMetadataLocationType.SPREADSHEET)
        .find()
        .map((m) => m.getKey()),
    ).toEqual(['planbook.version']);
    expect(sheet.createDeveloperMetadataFinder().withKey('planbook.sheet').find().length).toBe(1);
    expect(
      sheet
        .getRange('3:3')
        .getDeveloperMetadata()
        .map((m) => m.getValue()),
    ).toEqual(['k1']);
  });

  it('accepts only whole rows or columns, with the real message otherwise', async () => {
    const { sheet } = await open();
    expect(() => sheet.getRange('A1:B2').addDeveloperMetadata('k', 'v')).toThrow(
      'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
    );
    sheet.getRange('C:C').addDeveloperMetadata('col', 'c');
    const found = sheet.createDeveloperMetadataFinder().withKey('col').find();
    expect(found[0]!.getLocation().getColumn()!.getColumn()).toBe(3);
  });

  it('moves with inserted rows, is removed with its row, follows sorts of whole rows only', async () => {
    const { sheet, rowOf, svc } = await withKeys();
    sheet.insertRowsBefore(2, 2);
    expect([rowOf('k3'), rowOf('k1'), rowOf('k2')]).toEqual([[4], [5], [6]]);
    sheet.deleteRows(2, 2);
    sheet.deleteRow(3);
    expect([rowOf('k3'), rowOf('k1'), rowOf('k2')]).toEqual([[2], [], [3]]);
    sheet.getRange('A3').setValue(0);
    sheet.getRange(2, 1, 2, 2).sort({ column: 1, ascending: true });
    expect(sheet.getRange('A2:B3').getValues()).toEqual([
      [0, 'б'],
      [3, 'в'],
    ]);
    // a sort of a selection moves cells, not rows: row metadata stays (see model.ts sortRows)
    expect([rowOf('k2'), rowOf('k3')]).toEqual([[3], [2]]);
    svc.personSort('Лист1', 2, false);
    expect(sheet.getRange('B2:B3').getValues().flat()).toEqual(['в', 'б']);
    expect([rowOf('k2'), rowOf('k3')]).toEqual([[2], [3]]);
    sheet.getRange('A2:B3').sort(2);
    expect(sheet.getRange('B2:B3').getValues().flat()).toEqual(['б', 'в']);
    expect([rowOf('k2'), rowOf('k3')]).toEqual([[2], [3]]);
  });

  it('survives save and load, and follows rows a person moved in plan.xlsx', async () => {
    const x = await withKeys();
    const y = await reopen(x);
    const rowOf = (ss: GoogleAppsScript.Spreadsheet.Spreadsheet, key: string) =>
      ss
        .createDeveloperMetadataFinder()
        .withValue(key)
        .find()
        .map((m) => m.getLocation().getRow()!.getRow());
    expect(['k3', 'k1', 'k2'].map((k) => rowOf(y.ss, k))).toEqual([[2], [3], [4]]);
    // A person inserts a row above row 3 and deletes row 2 in LibreOffice: k3's row is gone.
    const wb = await readBack(x.ctx);
    const ws = wb.worksheets[0]!;
    ws.spliceRows(3, 0, ['new', 'row']);
    ws.spliceRows(2, 1);
    ws.getCell('B4').value = 'бб'; // and edits a cell of a row with metadata
    writeFileSync(x.ctx.workspace.planPath, new Uint8Array(await wb.xlsx.writeBuffer()));
    const z = await open(x.ctx);
    expect(z.sheet.getRange('B2:B4').getValues().flat()).toEqual(['row', 'а', 'бб']);
    expect(['k3', 'k1', 'k2'].map((k) => rowOf(z.ss, k))).toEqual([[], [3], [4]]);
  });
});

describe('persistence in plan.xlsx', () => {
  async function populated() {
    const x = await open();
    const { ss, sheet, app } = x;
    sheet.setName('План');
    sheet
      .getRange('A1:D1')
      .setValues([['№', 'Мероприятие', 'Дата', 'Ключ']])
      .setFontWeight('bold');
    sheet.getRange('A1:D1').setBackground('#d9ead3');
    sheet.getRange('D:D').setNumberFormat('@');
    sheet.getRange('A2:D3').setValues([
      [1, 'Экскурсия', MOSCOW_1400, '007'],
      [2.5, 'Викторина', new Date('2026-03-01T21:00:00Z'), 'k2'],
    ]);
    sheet.getRange('C2').setNumberFormat('dd.MM.yyyy HH:mm');
    sheet.getRange('B2').setNote('из плана библиотеки');
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(2, 320);
    sheet.hideColumns(4);
    sheet.getRange('D:D').protect().setDescription('planbook: служебные столбцы');
    sheet
      .getRange('E2:E10')
      .setDataValidation(
        app
          .newDataValidation()
          .requireValueInList(['да', 'нет'])
          .setAllowInvalid(false)
          .setHelpText('да/нет')
          .build(),
      );
    ss.insertSheet('Журнал').appendRow(['Время', 'Действие']);
    return x;
  }

  it('round-trips values, dates in the zone, formats, notes, layout, validation, protection', async () => {
    const x = await populated();
    const y = await reopen(x);
    const sheet = y.ss.getSheetByName('План')!;
    expect(y.ss.getSheets().map((s) => s.getName())).toEqual(['План', 'Журнал']);
    expect(sheet.getSheetId()).toBe(x.sheet.getSheetId());
    const v = sheet.getRange('A2:D3').getValues();
    expect(v[0]![0]).toBe(1);
    expect((v[0]![2] as Date).toISOString()).toBe('2026-10-15T11:00:00.000Z');
    expect(v[0]![3]).toBe('007');
    expect(v[1]![0]).toBe(2.5);
    expect((v[1]![2] as Date).toISOString()).toBe('2026-03-01T21:00:00.000Z');
    expect(sheet.getRange('C2:C3').getDisplayValues()).toEqual([['15.10.2026 14:00'], ['02.03.2026']]);
    expect(sheet.getRange('D2').getNumberFormat()).toBe('@');
    expect(sheet.getRange('D500').getNumberFormat()).toBe('@');
    expect(sheet.getRange('B2').getNote()).toBe('из плана библиотеки');
    expect(sheet.getRange('A1').getFontWeight()).toBe('bold');
    expect(sheet.getRange('B1').getBackground()).toBe('#d9ead3');
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.getColumnWidth(2)).toBe(320);
    expect(sheet.getColumnWidth(1)).toBe(100);
    expect(sheet.isColumnHiddenByUser(4)).toBe(true);
    expect(sheet.isColumnHiddenByUser(3)).toBe(false);
    const rule = sheet.getRange('E5').getDataValidation()!;
    expect(rule.getCriteriaValues()).toEqual([['да', 'нет'], true]);
    expect(rule.getAllowInvalid()).toBe(false);
    expect(rule.getHelpText()).toBe('да/нет');
    const prot = sheet.getProtections(y.app.ProtectionType.RANGE);
    expect(prot.map((p) => [p.getDescription(), p.getRange().getA1Notation()])).toEqual([
      ['planbook: служебные столбцы', 'D:D'],
    ]);
    expect(y.ss.getSheetByName('Журнал')!.getRange('A1:B1').getValues()).toEqual([['Время', 'Действие']]);
  });

  it('writes an xlsx that an independent reader opens: names, values, wall-time dates, layout, locks', async () => {
    const x = await populated();
    await x.svc.save();
    const wb = await readBack(x.ctx);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['План', 'Журнал']);
    const ws = wb.getWorksheet('План')!;
    expect(ws.getCell('B2').value).toBe('Экскурсия');
    expect(ws.getCell('A3').value).toBe(2.5);
    expect(ws.getCell('D2').value).toBe('007');
    expect(ws.getCell('D2').numFmt).toBe('@');
    // Excel dates hold the wall time shown in the sheet (14:00 in Moscow).
    expect((ws.getCell('C2').value as Date).toISOString()).toBe('2026-10-15T14:00:00.000Z');
    expect(ws.getCell('B2').note).toBeTruthy();
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getColumn(4).hidden).toBe(true);
    expect(Math.round(ws.getColumn(2).width! * 7)).toBe(320);
    expect(ws.getCell('E3').dataValidation).toMatchObject({ type: 'list', formulae: ['"да,нет"'] });
    // Locked is Excel's default (omitted in the file); the other cells are unlocked explicitly.
    expect(ws.getCell('D2').protection?.locked).not.toBe(false);
    expect(ws.getCell('D900').protection?.locked).not.toBe(false);
    expect(ws.getCell('B2').protection?.locked).toBe(false);
    expect(wb.getWorksheet('Журнал')!.getCell('A1').value).toBe('Время');
  });

  it('writes files only when something changed', async () => {
    const ctx = fakeContext();
    const x = await open(ctx);
    await x.svc.save(); // a new workspace: its id is worth keeping
    expect(existsSync(ctx.workspace.planPath)).toBe(true);
    const y = await open(ctx);
    const before = statSync(ctx.workspace.planPath).mtimeMs;
    y.sheet.getRange('A1').getValues();
    y.sheet.getRange('A1').setValue('');
    y.sheet.setFrozenRows(0);
    await new Promise((r) => setTimeout(r, 20));
    await y.svc.save();
    expect(statSync(ctx.workspace.planPath).mtimeMs).toBe(before);
    y.sheet.getRange('A1').setValue('x');
    await y.svc.save();
    expect(statSync(ctx.workspace.planPath).mtimeMs).not.toBe(before);
  });

  it('reads a workbook written by another program: rich text, formulas, hyperlinks, merged cells', async () => {
    const dir = tempDir();
    const ctx = fakeContext(dir);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Plan');
    ws.getCell('A1').value = { richText: [{ text: 'Жирный', font: { bold: true } }, { text: ' текст' }] };
    ws.getCell('A2').value = { formula: '1+1', result: 2 };
    ws.getCell('A3').value = { text: 'ссылка', hyperlink: 'https://example.org' };
    ws.getCell('A4').value = 'общая строка';
    ws.getCell('B4').value = 'общая строка';
    ws.getCell('A5').value = 'слитая';
    ws.mergeCells('A5:B5');
    ws.getCell('A6').value = new Date(Date.UTC(2026, 9, 15, 14, 0));
    ws.getCell('A6').numFmt = 'dd.mm.yyyy hh:mm';
    ws.getCell('A7').value = true;
    writeFileSync(ctx.workspace.planPath, new Uint8Array(await wb.xlsx.writeBuffer()));
    const { svc, sheet } = await open(ctx);
    expect(svc.sheetNames()).toEqual(['Plan']);
    const v = svc.read('Plan');
    expect(v.map((r) => r[0])).toEqual([
      'Жирный текст',
      2,
      'ссылка',
      'общая строка',
      'слитая',
      new Date('2026-10-15T11:00:00Z'),
      true,
    ]);
    expect(v[4]![1]).toBe('');
    expect(sheet.getRange('A6').getDisplayValue()).toBe('15.10.2026 14:00');
  });
});

describe('faults and counting', () => {
  it('counts every call and fires a fault at the k-th call', async () => {
    const { ctx, sheet } = await open();
    ctx.meter.reset();
    ctx.meter.setFaults([
      { method: 'SpreadsheetApp.Range.getValues', nth: 2, error: 'Service error: Spreadsheets' },
    ]);
    const r = sheet.getRange('A1:B2');
    expect(() => r.getValues()).not.toThrow();
    expect(() => r.getValues()).toThrow('Service error: Spreadsheets');
    expect(() => r.getValues()).not.toThrow();
    expect(ctx.meter.counts.get('SpreadsheetApp.Range.getValues')).toBe(3);
    expect(ctx.meter.counts.get('SpreadsheetApp.Sheet.getRange')).toBe(1);
  });

  it('does not count the person', async () => {
    const { ctx, svc } = await open();
    ctx.meter.reset();
    svc.personEdit('Лист1', 1, 1, [['x']]);
    svc.read('Лист1');
    expect(ctx.meter.total).toBe(0);
  });
});

describe('the person', () => {
  it('edits like typing and returns the onEdit event', async () => {
    const { svc, sheet } = await open();
    const e1 = svc.personEdit('Лист1', 2, 3, [['15.10.2026']]);
    expect(e1.authMode).toBe('FULL');
    expect(e1.range.getA1Notation()).toBe('C2');
    expect(e1.oldValue).toBeUndefined();
    expect(e1.value).toBeDefined();
    expect(e1.user.email).toBe('owner@example.org');
    expect(e1.source.getId()).toBe(sheet.getParent().getId());
    expect(sheet.getRange('C2').getValue()).toBeInstanceOf(Date);
    const e2 = svc.personEdit('Лист1', 2, 3, [['текст']]);
    expect(e2.value).toBe('текст');
    expect(e2.oldValue).toBe(String(46310));
    const e3 = svc.personEdit('Лист1', 1, 1, [
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(e3.value).toBeUndefined();
    expect(e3.range.getA1Notation()).toBe('A1:B2');
  });

  it('is refused by a strict validation rule', async () => {
    const { svc, sheet, app } = await open();
    sheet
      .getRange('A2')
      .setDataValidation(app.newDataValidation().requireValueInList(['да']).setAllowInvalid(false).build());
    expect(() => svc.personEdit('Лист1', 2, 1, [['может']])).toThrow('violates the data validation rules');
    svc.personEdit('Лист1', 2, 1, [['да']]);
    expect(svc.read('Лист1')).toEqual([[''], ['да']]);
  });

  it('inserts, deletes and copies rows; a copied row has no developer metadata', async () => {
    const { svc, sheet, ss } = await open();
    sheet.getRange('A1:A3').setValues([['h'], ['a'], ['b']]);
    sheet.getRange('2:2').addDeveloperMetadata('planbook.key', 'ka');
    svc.personInsertRows('Лист1', 2, 1);
    expect(svc.read('Лист1').flat()).toEqual(['h', '', 'a', 'b']);
    svc.personCopyRow('Лист1', 3, 5);
    expect(svc.read('Лист1').flat()).toEqual(['h', '', 'a', 'b', 'a']);
    const rows = ss
      .createDeveloperMetadataFinder()
      .withKey('planbook.key')
      .find()
      .map((m) => m.getLocation().getRow()!.getRow());
    expect(rows).toEqual([3]);
    svc.personDeleteRows('Лист1', 2, 2);
    expect(svc.read('Лист1').flat()).toEqual(['h', 'b', 'a']);
    expect(ss.createDeveloperMetadataFinder().withKey('planbook.key').find()).toEqual([]);
  });
});

describe('ui and toasts', () => {
  it('getUi returns the recording Ui; toast is recorded', async () => {
    const { app, ss, svc } = await open();
    app.getUi().createMenu('planbook').addItem('Синхронизировать', 'sync').addToUi();
    expect(svc.ui.menus[0]!.items[0]!.functionName).toBe('sync');
    ss.toast('Готово', 'planbook');
    expect(svc.toasts[0]!.msg).toBe('Готово');
    expect(svc.ui.toasts).toEqual(['planbook: Готово']);
  });
});
