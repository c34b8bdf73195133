// What a person sees after setup, sheet by sheet, through the built bundle in the emulator and again from
// plan.xlsx: headings, widths, the bold coloured frozen header, hidden code columns, formats, drop-downs,
// notes, the grey protected system columns. Setup makes Настройки, Журнал and the Plan from Ответственные
// (insertSheet's template, issue #14's «setup ≤ 60»), so a cut that loses any of it fails here.
import { describe, expect, it } from 'vitest';
import type { Runtime } from '../../localgas/runtime';
import type { SpreadsheetService } from '../../localgas/services/spreadsheet';
import {
  type ColumnDef,
  LOG_COLUMNS,
  PLAN_COLUMNS,
  RESPONSIBLE_COLUMNS,
  SETTINGS_COLUMNS,
} from '../../src/domain/columns';
import { SETTING_DEFS } from '../../src/domain/settings';
import { openRuntime, tempDir } from '../helpers';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const HEADER_BG = '#e8eaed';
const SYSTEM_HEADER_BG = '#dadce0';
const SHEETS: [string, readonly ColumnDef[]][] = [
  ['План', PLAN_COLUMNS],
  ['Ответственные', RESPONSIBLE_COLUMNS],
  ['Настройки', SETTINGS_COLUMNS],
  ['Журнал', LOG_COLUMNS],
];

function app(rt: Runtime): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  const ss = rt.service<SpreadsheetService>('spreadsheet');
  return (ss.globals() as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp }).SpreadsheetApp;
}

/** Everything a person sees of a sheet's columns: one entry per column, by heading (of a hidden one, that
 * it is hidden: its header and width are seen by no one). */
function look(sheet: Sheet, columns: readonly ColumnDef[]) {
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.map(String);
  return {
    frozen: sheet.getFrozenRows(),
    columns: columns.map((c) => {
      const col = header.indexOf(c.ru) + 1;
      const head = sheet.getRange(1, col);
      const cell = sheet.getRange(500, col);
      const hidden = sheet.isColumnHiddenByUser(col);
      return {
        heading: c.ru,
        col,
        hidden,
        width: hidden ? null : sheet.getColumnWidth(col),
        bold: hidden ? null : head.getFontWeight(),
        headerBg: hidden ? null : head.getBackground(),
        note: head.getNote(),
        format: cell.getNumberFormat(),
        wrap: cell.getWrap(),
        valign: cell.getVerticalAlignment(),
        bg: cell.getBackground(),
        fg: cell.getFontColor(),
        rule: cell.getDataValidation()?.getCriteriaType() ?? null,
      };
    }),
  };
}

function looks(rt: Runtime, names = SHEETS.map(([n]) => n)) {
  const book = app(rt).getActiveSpreadsheet();
  return Object.fromEntries(
    SHEETS.filter(([n]) => names.includes(n)).map(([name, cols]) => [
      name,
      look(book.getSheetByName(name)!, cols),
    ]),
  );
}

describe('what a person sees after setup', () => {
  it('every sheet: headings, widths, a bold coloured frozen header, hidden codes, formats, drop-downs, protections — kept in plan.xlsx', async () => {
    const dir = tempDir();
    const rt = await openRuntime({ workspace: dir });
    await rt.call('setupSheets');
    const a = app(rt);
    const book = a.getActiveSpreadsheet();
    expect(book.getSheets().map((s) => s.getName())).toEqual(SHEETS.map(([n]) => n));
    expect(book.getActiveSheet().getName()).toBe('План');
    const seen = looks(rt);
    for (const [name, columns] of SHEETS) {
      const sheet = book.getSheetByName(name)!;
      // the headings in order and nothing more (nothing of the template's own headings left over)
      expect(sheet.getLastColumn()).toBe(columns.length);
      expect(sheet.getRange(1, 1, 1, columns.length).getValues()[0]).toEqual(columns.map((c) => c.ru));
      expect(seen[name]!.frozen).toBe(1);
      for (const [i, c] of columns.entries()) {
        const s = seen[name]!.columns[i]!;
        expect(s.col).toBe(i + 1);
        expect(s.hidden, `${name}: ${c.ru} hidden`).toBe(c.hidden === true);
        if (c.hidden) continue; // a hidden column's header and width are seen by no one
        expect(s.width, `${name}: ${c.ru} width`).toBe(c.width);
        expect(s.bold, `${name}: ${c.ru} bold`).toBe('bold');
        expect(s.headerBg, `${name}: ${c.ru} header colour`).toBe(c.system ? SYSTEM_HEADER_BG : HEADER_BG);
      }
    }
    const plan = Object.fromEntries(seen['План']!.columns.map((c) => [c.heading, c]));
    // the Plan wraps and tops its cells; notes explain Сроки and Дата
    for (const c of Object.values(plan))
      expect([c.heading, c.wrap, c.valign]).toEqual([c.heading, true, 'top']);
    expect(plan['Сроки']!.note).toContain('в течение года');
    expect(plan['Дата']!.note).toContain('15.10.2026 14:00');
    expect(plan['Мероприятие']!.note).toBe('');
    // text columns are plain text, Участников a whole number ≥ 0, Статус a drop-down, Дата Sheets' own
    for (const h of ['№', 'Мероприятие', 'Сроки', 'Место', 'Классы', 'Раздел', 'Ответственные', 'Итоги'])
      expect(plan[h]!.format, h).toBe('@');
    for (const h of ['Публикация', 'Время', 'Ключ', 'Синхронизация', 'Проблемы'])
      expect(plan[h]!.format, h).toBe('@');
    expect(plan['Участников']!.format).toBe('0');
    expect(plan['Дата']!.format).not.toBe('@');
    expect(plan['Статус']!.rule).toBe(a.DataValidationCriteria.VALUE_IN_LIST);
    expect(plan['Участников']!.rule).toBe(a.DataValidationCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO);
    // the system columns grey on grey, protected with a warning; people's columns are not
    const people = plan['Итоги']!;
    for (const h of ['Синхронизация', 'Проблемы']) {
      expect(plan[h]!.bg).not.toBe(people.bg);
      expect(plan[h]!.fg).not.toBe(people.fg);
    }
    const planSheet = book.getSheetByName('План')!;
    const protections = planSheet.getProtections(a.ProtectionType.RANGE);
    expect(protections.map((p) => [p.getRange().getA1Notation(), p.isWarningOnly()])).toEqual([
      ['N:P', true],
    ]);
    expect(protections[0]!.getDescription()).toBe('planbook: Ключ, Синхронизация, Проблемы');
    expect(planSheet.getLastRow()).toBe(1); // the template's data stays in the template
    // Настройки: every setting, its value column plain text, the owner's address filled in
    const settings = book.getSheetByName('Настройки')!;
    expect(settings.getLastRow()).toBe(SETTING_DEFS.length + 1);
    const owner = settings
      .getRange(2, 1, SETTING_DEFS.length, 4)
      .getValues()
      .find((r) => r[3] === 'ownerEmail');
    expect(owner?.[1]).toContain('@');
    for (const h of ['Параметр', 'Значение', 'Пояснение'])
      expect(seen['Настройки']!.columns.find((c) => c.heading === h)!.format).toBe('@');
    // Журнал: its headings and setup's own line, the time to the minute
    const log = book.getSheetByName('Журнал')!;
    const lines = log.getRange(1, 1, log.getLastRow(), 3).getValues();
    expect(lines).toHaveLength(2);
    expect(lines[1]![0]).toBeInstanceOf(Date);
    expect(lines[1]![1]).toBe('Настройка');
    expect(log.getRange(2, 1).getNumberFormat()).toBe('dd.MM.yyyy HH:mm');
    // Ответственные: its headings alone
    expect(book.getSheetByName('Ответственные')!.getLastRow()).toBe(1);
    // all of it in plan.xlsx: a new process opening the workspace sees the same
    await rt.close();
    const again = await openRuntime({ workspace: dir });
    expect(looks(again)).toEqual(seen);
  }, 120_000);

  it('a setup killed at any point leaves sheets the next setup completes to the same look', async () => {
    const clean = await openRuntime();
    await clean.call('setupSheets');
    const total = clean.meter.total; // setup's calls (reading its look below counts too)
    const want = looks(clean);
    for (let at = 4; at <= total; at += 5) {
      const dir = tempDir();
      const killed = await openRuntime({ workspace: dir, faults: [{ at, kill: true }] });
      await expect(killed.call('setupSheets'), `killed at ${at}`).rejects.toThrow(/killed/);
      await killed.close();
      const rt = await openRuntime({ workspace: dir });
      await rt.call('setupSheets');
      const book = app(rt).getActiveSpreadsheet();
      expect(
        book.getSheets().map((x) => x.getName()),
        `killed at ${at}`,
      ).toEqual(SHEETS.map(([n]) => n));
      for (const [name, columns] of SHEETS) {
        const sheet = book.getSheetByName(name)!;
        expect(
          sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0],
          `${name}, killed at ${at}`,
        ).toEqual(columns.map((c) => c.ru));
      }
      expect(looks(rt), `killed at ${at}`).toEqual(want);
      await rt.close();
    }
  }, 300_000);

  it('run again on a used plan: typed headings and extra columns stay, a deleted Журнал and Ответственные come back looking the same', async () => {
    const rt = await openRuntime();
    await rt.call('setupSheets');
    const first = looks(rt);
    await rt.call('importPlan', '1. Педсовет – 28.08.2026, директор.\n2. Линейка – 01.09.2026, завуч.');
    const sheets = rt.service<SpreadsheetService>('spreadsheet');
    const width = PLAN_COLUMNS.length;
    // a person renames a heading, adds a column of their own after the last one, types in it
    sheets.personEdit('План', 1, 2, [['Название мероприятия']]);
    sheets.personEdit('План', 1, width + 1, [['Бюджет']]);
    sheets.personEdit('План', 2, width + 1, [['1000 ₽']]);
    sheets.personEdit('План', 3, 10, [['Проведено, 120 человек']]);
    const book = app(rt).getActiveSpreadsheet();
    book.deleteSheet(book.getSheetByName('Журнал')!);
    book.deleteSheet(book.getSheetByName('Ответственные')!);
    const plan = sheets.read('План');
    await rt.call('setupSheets');
    expect(sheets.read('План')).toEqual(plan);
    expect(book.getSheets().map((s) => s.getName())).toEqual([
      'План',
      'Настройки',
      'Ответственные',
      'Журнал',
    ]);
    expect(book.getActiveSheet().getName()).toBe('План');
    const now = looks(rt, ['Ответственные', 'Журнал']);
    for (const name of ['Ответственные', 'Журнал']) expect(now[name], name).toEqual(first[name]);
    expect(sheets.read('Журнал').map((r) => r[1])).toEqual(['Действие', 'Настройка']);
    expect(book.getSheetByName('Ответственные')!.getLastRow()).toBe(1);
  }, 120_000);
});
