// Spreadsheet: the one workbook of the workspace.
import { splitSheetName } from './a1';
import type { Env, Range, Sheet } from './env';
import { isValidZone } from './format';
import { allMetas, DeveloperMetadataFake, FinderFake, metaArgs } from './metadata';
import { ProtectionFake } from './protection';
import { ERR } from './range';
import { duplicateSheetName, rangeByA1, type SheetFake } from './sheet';
import { copyGrid, templateSheet } from './template';

type DeveloperMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
type Finder = GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
type Protection = GoogleAppsScript.Spreadsheet.Protection;
type ProtectionType = GoogleAppsScript.Spreadsheet.ProtectionType;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Visibility = GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;

type Methods =
  | 'addDeveloperMetadata'
  | 'createDeveloperMetadataFinder'
  | 'deleteSheet'
  | 'getActiveSheet'
  | 'getDeveloperMetadata'
  | 'getId'
  | 'getName'
  | 'getProtections'
  | 'getRange'
  | 'getSheetById'
  | 'getSheetByName'
  | 'getSheets'
  | 'getSpreadsheetLocale'
  | 'getSpreadsheetTimeZone'
  | 'getUrl'
  | 'insertSheet'
  | 'rename'
  | 'setActiveSheet'
  | 'setSpreadsheetTimeZone'
  | 'toast';

export interface Toast {
  msg: string;
  title: string;
  timeoutSeconds: number | null;
}

export class SpreadsheetFake implements Pick<Spreadsheet, Methods> {
  readonly toasts: Toast[] = [];

  constructor(private readonly env: Env) {}

  private hit(m: string): void {
    this.env.hit(`Spreadsheet.${m}`);
  }
  private get book() {
    return this.env.book;
  }

  getId(): string {
    this.hit('getId');
    return this.book.id;
  }
  getName(): string {
    this.hit('getName');
    return this.book.name;
  }
  rename(newName: string): void {
    this.hit('rename');
    if (this.book.name !== newName) {
      this.book.name = String(newName);
      this.book.touch();
    }
  }
  getUrl(): string {
    this.hit('getUrl');
    return `https://docs.google.com/spreadsheets/d/${this.book.id}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    this.hit('getSpreadsheetTimeZone');
    return this.book.timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    this.hit('setSpreadsheetTimeZone');
    if (!isValidZone(timezone)) throw new Error(`Invalid argument: timezone`);
    if (this.book.timeZone !== timezone) {
      this.book.timeZone = timezone;
      this.book.touch();
    }
  }
  getSpreadsheetLocale(): string {
    this.hit('getSpreadsheetLocale');
    return this.book.locale;
  }

  getSheets(): Sheet[] {
    this.hit('getSheets');
    return this.book.sheets.map((s) => this.env.sheet(s));
  }
  getSheetByName(name: string): Sheet | null {
    this.hit('getSheetByName');
    const s = this.book.sheetByName(String(name));
    return s ? this.env.sheet(s) : null;
  }
  getSheetById(id: number): Sheet | null {
    this.hit('getSheetById');
    const s = this.book.sheetById(Number(id));
    return s ? this.env.sheet(s) : null;
  }
  getActiveSheet(): Sheet {
    this.hit('getActiveSheet');
    return this.env.sheet(this.book.activeSheet());
  }
  setActiveSheet(sheet: Sheet): Sheet {
    this.hit('setActiveSheet');
    const model = (sheet as unknown as SheetFake).model;
    if (!model || !this.book.sheets.includes(model)) throw new Error('Invalid argument: sheet');
    this.book.activeSheetId = model.id;
    return sheet;
  }

  /**
   * Every overload of Google's: (), (index), (index, options), (options), (name), (name, index),
   * (name, index, options), (name, options); options.template makes the sheet from another (template.ts).
   */
  insertSheet(a?: string | number | object, b?: number | object, c?: object): Sheet {
    this.hit('insertSheet');
    let name: string | undefined;
    let index = this.book.sheets.length;
    if (typeof a === 'string') name = a;
    else if (typeof a === 'number') index = a;
    if (typeof b === 'number') index = b;
    const options = [a, b, c].find((x) => typeof x === 'object' && x !== null) as
      | { template?: unknown }
      | undefined;
    const template = options?.template === undefined ? undefined : templateSheet(this.book, options.template);
    if (name === undefined) {
      let n = this.book.sheets.length + 1;
      while (this.book.sheets.some((s) => s.name === `Лист${n}`)) n++;
      name = `Лист${n}`;
    }
    if (this.book.sheets.some((s) => s.name.toLowerCase() === name!.toLowerCase())) {
      throw new Error(duplicateSheetName(name));
    }
    if (index < 0 || index > this.book.sheets.length) throw new Error('Invalid argument: sheetIndex');
    const model = this.book.addSheet(name, index);
    if (template) copyGrid(template, model);
    this.book.activeSheetId = model.id;
    return this.env.sheet(model);
  }
  deleteSheet(sheet: Sheet): void {
    this.hit('deleteSheet');
    const model = (sheet as unknown as SheetFake).model;
    if (!model || !this.book.sheets.includes(model)) throw new Error('Invalid argument: sheet');
    if (this.book.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.book.removeSheet(model);
  }

  getRange(a1Notation: string): Range {
    this.hit('getRange');
    const { sheetName } = splitSheetName(String(a1Notation));
    const sheet = sheetName === undefined ? this.book.activeSheet() : this.book.sheetByName(sheetName);
    if (!sheet) throw new Error(ERR.notFound);
    return rangeByA1(this.env, sheet, a1Notation);
  }

  getProtections(type: ProtectionType): Protection[] {
    this.hit('getProtections');
    return this.book.protections
      .filter((p) => p.kind === String(type))
      .map((p) => new ProtectionFake(this.env, p) as unknown as Protection);
  }

  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.hit('toast');
    const t: Toast = {
      msg: String(msg),
      title: title === undefined ? '' : String(title),
      timeoutSeconds: timeoutSeconds ?? null,
    };
    this.toasts.push(t);
    this.env.ui.toasts.push(t.title ? `${t.title}: ${t.msg}` : t.msg);
  }

  addDeveloperMetadata(key: string, a?: string | Visibility, b?: Visibility): Spreadsheet {
    this.hit('addDeveloperMetadata');
    this.book.addMeta({ ...metaArgs(key, a, b), location: 'SPREADSHEET' });
    return this as unknown as Spreadsheet;
  }
  getDeveloperMetadata(): DeveloperMetadata[] {
    this.hit('getDeveloperMetadata');
    return [...this.book.metas.values()]
      .filter((m) => m.location === 'SPREADSHEET')
      .map((m) => new DeveloperMetadataFake(this.env, m) as unknown as DeveloperMetadata);
  }
  createDeveloperMetadataFinder(): Finder {
    this.hit('createDeveloperMetadataFinder');
    return new FinderFake(this.env, () => allMetas(this.env)) as unknown as Finder;
  }
}
