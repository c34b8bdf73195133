// Whole columns deleted and moved, as people do in the browser: cells, notes, widths and column developer
// metadata go with their column (Sheets API developerMetadata: metadata "will remain associated at those
// locations as they move around … If the associated object is deleted its metadata is deleted too").
import { describe, expect, it } from 'vitest';
import { SpreadsheetService } from '../../localgas/services/spreadsheet';
import { fakeContext } from '../helpers';

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

async function withAnchors() {
  const svc = new SpreadsheetService(fakeContext());
  await svc.load();
  const ss = (svc.globals()['SpreadsheetApp'] as App).getActiveSpreadsheet();
  const sheet = ss.getSheets()[0]!;
  sheet.getRange('A1:D2').setValues([
    ['a', 'b', 'c', 'd'],
    [1, 2, 3, 4],
  ]);
  sheet.getRange('B2').setNote('note b');
  for (const c of ['A', 'B', 'C', 'D'])
    sheet.getRange(`${c}:${c}`).addDeveloperMetadata('col', c.toLowerCase());
  const where = () =>
    Object.fromEntries(
      ss
        .createDeveloperMetadataFinder()
        .withKey('col')
        .find()
        .map((m) => [m.getValue(), m.getLocation().getColumn()!.getColumn()]),
    );
  return { svc, ss, sheet, where };
}

describe('columns moved and deleted', () => {
  it('a moved column takes its cells, notes and metadata along', async () => {
    const { svc, sheet, where } = await withAnchors();
    svc.personMoveColumns('Лист1', 2, 1, 5); // b to the end
    expect(sheet.getRange('A1:D1').getValues()[0]).toEqual(['a', 'c', 'd', 'b']);
    expect(sheet.getRange('D2').getNote()).toBe('note b');
    expect(where()).toEqual({ a: 1, c: 2, d: 3, b: 4 });
    sheet.moveColumns(sheet.getRange('D:D'), 1); // and to the front, by the script
    expect(sheet.getRange('A1:D1').getValues()[0]).toEqual(['b', 'a', 'c', 'd']);
    expect(where()).toEqual({ b: 1, a: 2, c: 3, d: 4 });
  });

  it('a deleted column takes its metadata with it; the others shift left', async () => {
    const { svc, sheet, where } = await withAnchors();
    svc.personDeleteColumns('Лист1', 2);
    expect(sheet.getRange('A1:C1').getValues()[0]).toEqual(['a', 'c', 'd']);
    expect(where()).toEqual({ a: 1, c: 2, d: 3 });
    sheet.deleteColumns(1, 2);
    expect(sheet.getRange('A1').getValue()).toBe('d');
    expect(where()).toEqual({ d: 1 });
    svc.personInsertColumns('Лист1', 1, 2);
    expect(where()).toEqual({ d: 3 });
  });
});
