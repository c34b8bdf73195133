// Range: a rectangle of cells on one sheet. Coordinates are fixed when the range is made (as in Apps Script).
import { type A1, a1Of } from './a1';
import { type Env, type Range, type Sheet, scriptValue, storedValue } from './env';
import { type CellValue, DEFAULT_NUMBER_FORMAT, displayValue } from './format';
import { ARBITRARY_RANGE_METADATA, DeveloperMetadataFake, FinderFake, metaArgs } from './metadata';
import {
  type CellFormat,
  cellFormat,
  formatFor,
  type MetaModel,
  type SheetModel,
  type SortSpec,
  sameValue,
  setCellValue,
  sortRows,
} from './model';
import { newProtection } from './protection';
import { DataValidationFake, ruleOf } from './validation';

type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type DeveloperMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
type Finder = GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
type Protection = GoogleAppsScript.Spreadsheet.Protection;
type Visibility = GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;
type HAlign = 'left' | 'center' | 'normal' | 'right' | null;
type VAlign = 'top' | 'middle' | 'bottom' | null;

export const ERR = {
  rowsAtLeast1: 'The number of rows in the range must be at least 1.',
  colsAtLeast1: 'The number of columns in the range must be at least 1.',
  rowTooSmall: 'The starting row of the range is too small.',
  colTooSmall: 'The starting column of the range is too small.',
  outside: 'The coordinates of the range are outside the dimensions of the sheet.',
  notFound: 'Range not found',
  rowsMismatch: (n: number, m: number) =>
    `The number of rows in the data does not match the number of rows in the range. The data has ${n} but the range has ${m}.`,
  colsMismatch: (n: number, m: number) =>
    `The number of columns in the data does not match the number of columns in the range. The data has ${n} but the range has ${m}.`,
} as const;

/** Checks a range's coordinates the way Sheet.getRange does, in Apps Script's order. */
export function checkCoordinates(
  sheet: SheetModel,
  row: number,
  col: number,
  numRows: number,
  numCols: number,
): void {
  if (!(numRows >= 1)) throw new Error(ERR.rowsAtLeast1);
  if (!(numCols >= 1)) throw new Error(ERR.colsAtLeast1);
  if (!(row >= 1)) throw new Error(ERR.rowTooSmall);
  if (!(col >= 1)) throw new Error(ERR.colTooSmall);
  if (row + numRows - 1 > sheet.maxRows || col + numCols - 1 > sheet.maxCols) throw new Error(ERR.outside);
}

/** Checks that a 2-D array fits a range (setValues, setNumberFormats, setNotes, ...). */
export function checkShape(data: unknown, numRows: number, numCols: number, method: string): unknown[][] {
  if (!Array.isArray(data) || !data.every((r) => Array.isArray(r))) {
    throw new Error(
      `The parameters (${describe(data)}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
    );
  }
  if (data.length !== numRows) throw new Error(ERR.rowsMismatch(data.length, numRows));
  for (const r of data as unknown[][])
    if (r.length !== numCols) throw new Error(ERR.colsMismatch(r.length, numCols));
  return data as unknown[][];
}

function describe(v: unknown): string {
  if (Array.isArray(v))
    return `${typeof v[0] === 'string' ? 'String' : typeof v[0] === 'number' ? 'number' : 'Object'}[]`;
  return v === null ? 'null' : typeof v;
}

type Methods =
  | 'activate'
  | 'addDeveloperMetadata'
  | 'canEdit'
  | 'clear'
  | 'clearContent'
  | 'clearDataValidations'
  | 'clearFormat'
  | 'clearNote'
  | 'createDeveloperMetadataFinder'
  | 'getA1Notation'
  | 'getBackground'
  | 'getBackgrounds'
  | 'getCell'
  | 'getColumn'
  | 'getDataValidation'
  | 'getDataValidations'
  | 'getDeveloperMetadata'
  | 'getDisplayValue'
  | 'getDisplayValues'
  | 'getFontColor'
  | 'getFontStyle'
  | 'getFontWeight'
  | 'getFontWeights'
  | 'getGridId'
  | 'getHeight'
  | 'getHorizontalAlignment'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getNote'
  | 'getNotes'
  | 'getNumColumns'
  | 'getNumRows'
  | 'getNumberFormat'
  | 'getNumberFormats'
  | 'getRow'
  | 'getRowIndex'
  | 'getSheet'
  | 'getValue'
  | 'getValues'
  | 'getVerticalAlignment'
  | 'getWidth'
  | 'getWrap'
  | 'isBlank'
  | 'offset'
  | 'protect'
  | 'setBackground'
  | 'setBackgrounds'
  | 'setDataValidation'
  | 'setDataValidations'
  | 'setFontColor'
  | 'setFontStyle'
  | 'setFontWeight'
  | 'setFontWeights'
  | 'setHorizontalAlignment'
  | 'setNote'
  | 'setNotes'
  | 'setNumberFormat'
  | 'setNumberFormats'
  | 'setValue'
  | 'setValues'
  | 'setVerticalAlignment'
  | 'setWrap'
  | 'setWraps'
  | 'sort';

/** A Range of the fake sheet; its geometry getters are GEOMETRY's, below. */
export class RangeFake implements Pick<Range, Exclude<Methods, keyof typeof GEOMETRY>> {
  constructor(
    private readonly env: Env,
    readonly sheetModel: SheetModel,
    readonly row: number,
    readonly col: number,
    readonly numRows: number,
    readonly numCols: number,
    readonly kind: A1['kind'] = 'cells',
  ) {}

  /** Counts Range.<m> (the geometry getters below the class call it too). */
  hit(m: string): void {
    this.env.hit(`Range.${m}`);
  }
  private self(): Range {
    return this as unknown as Range;
  }
  spansAllColumns(): boolean {
    return this.kind === 'rows' || (this.col === 1 && this.numCols >= this.sheetModel.maxCols);
  }
  spansAllRows(): boolean {
    return this.kind === 'cols' || (this.row === 1 && this.numRows >= this.sheetModel.maxRows);
  }

  // --- values ---

  getValues(): unknown[][] {
    this.hit('getValues');
    return this.readValues((v) => scriptValue(this.env, v));
  }
  getValue(): unknown {
    this.hit('getValue');
    return scriptValue(this.env, this.sheetModel.rows[this.row - 1]?.v[this.col - 1] ?? '');
  }
  getDisplayValues(): string[][] {
    this.hit('getDisplayValues');
    return this.readValues((v, f) => displayValue(v, f?.nf));
  }
  getDisplayValue(): string {
    this.hit('getDisplayValue');
    const r = this.sheetModel.rows[this.row - 1];
    return displayValue(r?.v[this.col - 1] ?? '', r?.f[this.col - 1]?.nf);
  }

  private readValues<T>(map: (v: CellValue, f: CellFormat | undefined) => T): T[][] {
    const out = new Array<T[]>(this.numRows);
    const c0 = this.col - 1;
    for (let i = 0; i < this.numRows; i++) {
      const r = this.sheetModel.rows[this.row - 1 + i];
      const line = new Array<T>(this.numCols);
      for (let j = 0; j < this.numCols; j++) line[j] = map(r?.v[c0 + j] ?? '', r?.f[c0 + j]);
      out[i] = line;
    }
    return out;
  }

  setValues(values: unknown[][]): Range {
    this.hit('setValues');
    const data = checkShape(values, this.numRows, this.numCols, 'setValues');
    // Convert everything first: a bad cell (too long) fails the whole call, as in Apps Script.
    const stored = data.map((line, i) =>
      line.map((v, j) => storedValue(this.env, this.sheetModel, this.row + i, this.col + j, v)),
    );
    this.store((i, j) => stored[i]![j]!);
    return this.self();
  }
  setValue(value: unknown): Range {
    this.hit('setValue');
    const stored = this.mapCells((r, c) => storedValue(this.env, this.sheetModel, r, c, value));
    this.store((i, j) => stored[i]![j]!);
    return this.self();
  }
  clearContent(): Range {
    this.hit('clearContent');
    this.store(() => '');
    return this.self();
  }

  private mapCells<T>(fn: (row: number, col: number) => T): T[][] {
    return Array.from({ length: this.numRows }, (_, i) =>
      Array.from({ length: this.numCols }, (_, j) => fn(this.row + i, this.col + j)),
    );
  }

  private store(value: (i: number, j: number) => CellValue): void {
    let changed = false;
    for (let i = 0; i < this.numRows; i++) {
      for (let j = 0; j < this.numCols; j++) {
        const r = this.row + i;
        const c = this.col + j;
        const v = value(i, j);
        const old = this.sheetModel.rows[r - 1]?.v[c - 1] ?? '';
        if (sameValue(old, v)) continue;
        setCellValue(this.sheetModel, r, c, v);
        changed = true;
      }
    }
    if (changed) this.env.book.touch();
  }

  // --- formats ---

  /** Sets one format field on every cell; `value(i, j)` undefined removes it. */
  private setFormat<K extends keyof CellFormat>(
    key: K,
    value: (i: number, j: number) => CellFormat[K] | undefined,
  ): void {
    let changed = false;
    for (let i = 0; i < this.numRows; i++) {
      for (let j = 0; j < this.numCols; j++) {
        const r = this.row + i;
        const c = this.col + j;
        const v = value(i, j);
        const existing = cellFormat(this.sheetModel, r, c);
        if (v === undefined) {
          if (existing && existing[key] !== undefined) {
            delete existing[key];
            changed = true;
          }
          continue;
        }
        if (existing && JSON.stringify(existing[key]) === JSON.stringify(v)) continue;
        (existing ?? formatFor(this.sheetModel, r, c))[key] = v;
        changed = true;
      }
    }
    if (changed) this.env.book.touch();
  }
  private topLeft(): CellFormat | undefined {
    return cellFormat(this.sheetModel, this.row, this.col);
  }
  private grid<T>(fn: (f: CellFormat | undefined) => T): T[][] {
    return this.mapCells((r, c) => fn(cellFormat(this.sheetModel, r, c)));
  }

  setNumberFormat(numberFormat: string): Range {
    this.hit('setNumberFormat');
    const nf = String(numberFormat);
    this.setFormat('nf', () => (nf === '' || nf === DEFAULT_NUMBER_FORMAT ? undefined : nf));
    return this.self();
  }
  setNumberFormats(numberFormats: string[][]): Range {
    this.hit('setNumberFormats');
    const data = checkShape(numberFormats, this.numRows, this.numCols, 'setNumberFormats');
    this.setFormat('nf', (i, j) => {
      const nf = String(data[i]![j] ?? '');
      return nf === '' || nf === DEFAULT_NUMBER_FORMAT ? undefined : nf;
    });
    return this.self();
  }
  getNumberFormat(): string {
    this.hit('getNumberFormat');
    return this.topLeft()?.nf ?? DEFAULT_NUMBER_FORMAT;
  }
  getNumberFormats(): string[][] {
    this.hit('getNumberFormats');
    return this.grid((f) => f?.nf ?? DEFAULT_NUMBER_FORMAT);
  }
  setNote(note: string | null): Range {
    this.hit('setNote');
    this.setFormat('note', () =>
      note === null || note === undefined || note === '' ? undefined : String(note),
    );
    return this.self();
  }
  setNotes(notes: (string | null)[][]): Range {
    this.hit('setNotes');
    const data = checkShape(notes, this.numRows, this.numCols, 'setNotes');
    this.setFormat('note', (i, j) => {
      const n = data[i]![j];
      return n === null || n === undefined || n === '' ? undefined : String(n);
    });
    return this.self();
  }
  clearNote(): Range {
    this.hit('clearNote');
    this.setFormat('note', () => undefined);
    return this.self();
  }
  getNote(): string {
    this.hit('getNote');
    return this.topLeft()?.note ?? '';
  }
  getNotes(): string[][] {
    this.hit('getNotes');
    return this.grid((f) => f?.note ?? '');
  }
  setBackground(color: string | null): Range {
    this.hit('setBackground');
    const c = normColor(color);
    this.setFormat('bg', () => (c === '#ffffff' ? undefined : c));
    return this.self();
  }
  setBackgrounds(colors: (string | null)[][]): Range {
    this.hit('setBackgrounds');
    const data = checkShape(colors, this.numRows, this.numCols, 'setBackgrounds');
    this.setFormat('bg', (i, j) => {
      const c = normColor(data[i]![j] as string | null);
      return c === '#ffffff' ? undefined : c;
    });
    return this.self();
  }
  getBackground(): string {
    this.hit('getBackground');
    return this.topLeft()?.bg ?? '#ffffff';
  }
  getBackgrounds(): string[][] {
    this.hit('getBackgrounds');
    return this.grid((f) => f?.bg ?? '#ffffff');
  }
  setFontWeight(fontWeight: 'normal' | 'bold' | null): Range {
    this.hit('setFontWeight');
    this.setFormat('bold', () => (fontWeight === 'bold' ? true : undefined));
    return this.self();
  }
  setFontWeights(fontWeights: ('normal' | 'bold' | null)[][]): Range {
    this.hit('setFontWeights');
    const data = checkShape(fontWeights, this.numRows, this.numCols, 'setFontWeights');
    this.setFormat('bold', (i, j) => (data[i]![j] === 'bold' ? true : undefined));
    return this.self();
  }
  getFontWeight(): 'normal' | 'bold' {
    this.hit('getFontWeight');
    return this.topLeft()?.bold ? 'bold' : 'normal';
  }
  getFontWeights(): ('normal' | 'bold')[][] {
    this.hit('getFontWeights');
    return this.grid((f) => (f?.bold ? 'bold' : 'normal'));
  }
  setFontStyle(fontStyle: 'normal' | 'italic' | null): Range {
    this.hit('setFontStyle');
    this.setFormat('italic', () => (fontStyle === 'italic' ? true : undefined));
    return this.self();
  }
  getFontStyle(): 'normal' | 'italic' {
    this.hit('getFontStyle');
    return this.topLeft()?.italic ? 'italic' : 'normal';
  }
  setFontColor(color: string | null): Range {
    this.hit('setFontColor');
    const c = normColor(color);
    this.setFormat('color', () => (c === '#000000' ? undefined : c));
    return this.self();
  }
  getFontColor(): string {
    this.hit('getFontColor');
    return this.topLeft()?.color ?? '#000000';
  }
  setHorizontalAlignment(alignment: HAlign): Range {
    this.hit('setHorizontalAlignment');
    this.setFormat('hAlign', () => (alignment === null || alignment === 'normal' ? undefined : alignment));
    return this.self();
  }
  getHorizontalAlignment(): string {
    this.hit('getHorizontalAlignment');
    return this.topLeft()?.hAlign ?? 'general';
  }
  setVerticalAlignment(alignment: VAlign): Range {
    this.hit('setVerticalAlignment');
    this.setFormat('vAlign', () => (alignment === null || alignment === 'bottom' ? undefined : alignment));
    return this.self();
  }
  getVerticalAlignment(): string {
    this.hit('getVerticalAlignment');
    return this.topLeft()?.vAlign ?? 'bottom';
  }
  setWrap(isWrapEnabled: boolean): Range {
    this.hit('setWrap');
    this.setFormat('wrap', () => (isWrapEnabled ? true : undefined));
    return this.self();
  }
  setWraps(wraps: boolean[][]): Range {
    this.hit('setWraps');
    const data = checkShape(wraps, this.numRows, this.numCols, 'setWraps');
    this.setFormat('wrap', (i, j) => (data[i]![j] ? true : undefined));
    return this.self();
  }
  getWrap(): boolean {
    this.hit('getWrap');
    return this.topLeft()?.wrap ?? false;
  }
  clearFormat(): Range {
    this.hit('clearFormat');
    this.clearFormats();
    return this.self();
  }
  private clearFormats(): void {
    for (const k of ['nf', 'bg', 'bold', 'italic', 'color', 'hAlign', 'vAlign', 'wrap'] as const) {
      this.setFormat(k, () => undefined);
    }
  }
  clear(options?: {
    commentsOnly?: boolean;
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
    skipFilteredRows?: boolean;
  }): Range {
    this.hit('clear');
    const o = options ?? {};
    const any = o.commentsOnly || o.contentsOnly || o.formatOnly || o.validationsOnly;
    if (!any || o.contentsOnly) this.store(() => '');
    if (!any || o.formatOnly) this.clearFormats();
    if (o.commentsOnly) this.setFormat('note', () => undefined);
    if (o.validationsOnly) this.setFormat('dv', () => undefined);
    return this.self();
  }

  // --- validation ---

  setDataValidation(rule: DataValidation | null): Range {
    this.hit('setDataValidation');
    const r = rule === null || rule === undefined ? undefined : ruleOf(rule);
    this.setFormat('dv', () => (r ? { ...r, values: r.values.slice() } : undefined));
    return this.self();
  }
  setDataValidations(rules: (DataValidation | null)[][]): Range {
    this.hit('setDataValidations');
    const data = checkShape(rules, this.numRows, this.numCols, 'setDataValidations');
    this.setFormat('dv', (i, j) => {
      const x = data[i]![j];
      return x === null || x === undefined ? undefined : ruleOf(x);
    });
    return this.self();
  }
  clearDataValidations(): Range {
    this.hit('clearDataValidations');
    this.setFormat('dv', () => undefined);
    return this.self();
  }
  getDataValidation(): DataValidation | null {
    this.hit('getDataValidation');
    const dv = this.topLeft()?.dv;
    return dv ? (new DataValidationFake(this.env, { ...dv }) as unknown as DataValidation) : null;
  }
  getDataValidations(): (DataValidation | null)[][] {
    this.hit('getDataValidations');
    return this.grid((f) =>
      f?.dv ? (new DataValidationFake(this.env, { ...f.dv }) as unknown as DataValidation) : null,
    );
  }

  getA1Notation(): string {
    this.hit('getA1Notation');
    return a1Of(this.row, this.col, this.numRows, this.numCols, this.kind);
  }
  getGridId(): number {
    this.hit('getGridId');
    return this.sheetModel.id;
  }
  getSheet(): Sheet {
    this.hit('getSheet');
    return this.env.sheet(this.sheetModel);
  }
  getCell(row: number, column: number): Range {
    this.hit('getCell');
    if (row < 1 || column < 1 || row > this.numRows || column > this.numCols) throw new Error(ERR.outside);
    return this.env.range(this.sheetModel, this.row + row - 1, this.col + column - 1, 1, 1);
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    this.hit('offset');
    const nr = numRows ?? this.numRows;
    const nc = numColumns ?? this.numCols;
    const r = this.row + rowOffset;
    const c = this.col + columnOffset;
    checkCoordinates(this.sheetModel, r, c, nr, nc);
    return this.env.range(this.sheetModel, r, c, nr, nc);
  }
  isBlank(): boolean {
    this.hit('isBlank');
    return this.readValues((v) => v).every((line) => line.every((v) => v === ''));
  }
  activate(): Range {
    this.hit('activate');
    this.env.book.activeSheetId = this.sheetModel.id;
    return this.self();
  }
  canEdit(): boolean {
    this.hit('canEdit');
    return true;
  }

  // --- protection, sort, metadata ---

  protect(): Protection {
    this.hit('protect');
    return newProtection(this.env, {
      sheetId: this.sheetModel.id,
      kind: 'RANGE',
      row: this.row,
      col: this.col,
      rowEnd: this.kind === 'cols' ? null : this.row + this.numRows - 1,
      colEnd: this.kind === 'rows' ? null : this.col + this.numCols - 1,
    }) as unknown as Protection;
  }

  sort(sortSpecObj: unknown): Range {
    this.hit('sort');
    const specs = parseSortSpec(sortSpecObj);
    for (const s of specs) {
      if (s.column < this.col || s.column > this.col + this.numCols - 1) {
        throw new Error(`Sort column ${s.column} is out of range.`);
      }
    }
    sortRows(this.env.book, this.sheetModel, this.row, this.numRows, this.col, this.numCols, specs);
    return this.self();
  }

  addDeveloperMetadata(key: string, a?: string | Visibility, b?: Visibility): Range {
    this.hit('addDeveloperMetadata');
    const args = metaArgs(key, a, b);
    const book = this.env.book;
    if (this.numRows === 1 && this.spansAllColumns()) {
      book.addMeta(
        { ...args, location: 'ROW', sheetId: this.sheetModel.id },
        { sheet: this.sheetModel, row: this.row },
      );
    } else if (this.numCols === 1 && this.spansAllRows()) {
      book.addMeta({ ...args, location: 'COLUMN', sheetId: this.sheetModel.id, column: this.col });
    } else {
      throw new Error(ARBITRARY_RANGE_METADATA);
    }
    return this.self();
  }

  private metasIn(intersecting: boolean): MetaModel[] {
    const out: MetaModel[] = [];
    const book = this.env.book;
    if (intersecting || this.spansAllColumns()) {
      for (let r = this.row; r < this.row + this.numRows; r++) {
        for (const id of this.sheetModel.rows[r - 1]?.meta ?? []) {
          const m = book.metas.get(id);
          if (m) out.push(m);
        }
      }
    }
    if (intersecting || this.spansAllRows()) {
      for (const m of book.metas.values()) {
        if (m.location !== 'COLUMN' || m.sheetId !== this.sheetModel.id || m.column === undefined) continue;
        if (m.column >= this.col && m.column < this.col + this.numCols) out.push(m);
      }
    }
    return out;
  }

  getDeveloperMetadata(): DeveloperMetadata[] {
    this.hit('getDeveloperMetadata');
    return this.metasIn(false).map(
      (m) => new DeveloperMetadataFake(this.env, m) as unknown as DeveloperMetadata,
    );
  }
  createDeveloperMetadataFinder(): Finder {
    this.hit('createDeveloperMetadataFinder');
    return new FinderFake(this.env, (intersecting) => this.metasIn(intersecting)) as unknown as Finder;
  }
}

export function parseSortSpec(spec: unknown): SortSpec[] {
  const one = (s: unknown): SortSpec => {
    if (typeof s === 'number') return { column: s, ascending: true };
    if (s && typeof s === 'object' && typeof (s as { column?: unknown }).column === 'number') {
      const o = s as { column: number; ascending?: unknown };
      return { column: o.column, ascending: o.ascending === undefined ? true : Boolean(o.ascending) };
    }
    throw new Error('Invalid argument: sortSpecObj');
  };
  return Array.isArray(spec) ? spec.map(one) : [one(spec)];
}

const NAMED: Record<string, string> = {
  white: '#ffffff',
  black: '#000000',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  yellow: '#ffff00',
  gray: '#808080',
  grey: '#808080',
  orange: '#ffa500',
};

/** Colours as Apps Script reports them: '#rrggbb' lowercase; null/'' resets. */
export function normColor(color: string | null | undefined): string | undefined {
  if (color === null || color === undefined || color === '') return undefined;
  const c = String(color).trim().toLowerCase();
  if (NAMED[c]) return NAMED[c];
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(c);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  return c;
}

/** The geometry getters of a range: each counted, each read from the range's corner and size. */
const GEOMETRY = {
  getRow: (r: RangeFake) => r.row,
  getRowIndex: (r: RangeFake) => r.row,
  getColumn: (r: RangeFake) => r.col,
  getNumRows: (r: RangeFake) => r.numRows,
  getNumColumns: (r: RangeFake) => r.numCols,
  getHeight: (r: RangeFake) => r.numRows,
  getWidth: (r: RangeFake) => r.numCols,
  getLastRow: (r: RangeFake) => r.row + r.numRows - 1,
  getLastColumn: (r: RangeFake) => r.col + r.numCols - 1,
} satisfies Partial<Record<keyof Range, (r: RangeFake) => number>>;
for (const [name, read] of Object.entries(GEOMETRY)) {
  Object.defineProperty(RangeFake.prototype, name, {
    value(this: RangeFake): number {
      this.hit(name);
      return read(this);
    },
  });
}
