// Developer metadata: key/value pairs on the spreadsheet, a sheet, a whole row or a whole column.
// Row metadata lives on the model's Row, so it moves with the row on insert, delete and sort.
import type { Env, Range, Sheet, Spreadsheet } from './env';
import { attachMeta, ensureRow, type MetaModel, type SheetModel } from './model';

type DeveloperMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
type Finder = GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
type Location = GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation;
type LocationType = GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType;
type Visibility = GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;

export const DEVELOPER_METADATA_VISIBILITY = Object.freeze({
  DOCUMENT: 'DOCUMENT',
  PROJECT: 'PROJECT',
}) as unknown as typeof GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;

export const DEVELOPER_METADATA_LOCATION_TYPE = Object.freeze({
  SPREADSHEET: 'SPREADSHEET',
  SHEET: 'SHEET',
  ROW: 'ROW',
  COLUMN: 'COLUMN',
}) as unknown as typeof GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType;

export const ARBITRARY_RANGE_METADATA =
  'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.';

/** addDeveloperMetadata(key[, value][, visibility]) arguments. */
export function metaArgs(
  key: string,
  a?: string | Visibility,
  b?: Visibility,
): { key: string; value: string | null; visibility: 'DOCUMENT' | 'PROJECT' } {
  let value: string | null = null;
  let vis = 'DOCUMENT';
  if (b !== undefined) {
    value = a === undefined || a === null ? null : String(a);
    vis = String(b);
  } else if (a !== undefined && a !== null) {
    if (String(a) === 'DOCUMENT' || String(a) === 'PROJECT') vis = String(a);
    else value = String(a);
  }
  if (typeof key !== 'string' || key === '') throw new Error('Invalid argument: key');
  return { key, value, visibility: vis === 'PROJECT' ? 'PROJECT' : 'DOCUMENT' };
}

export class DeveloperMetadataFake
  implements
    Pick<
      DeveloperMetadata,
      | 'getId'
      | 'getKey'
      | 'getValue'
      | 'getVisibility'
      | 'getLocation'
      | 'setKey'
      | 'setValue'
      | 'setVisibility'
      | 'remove'
      | 'moveToRow'
    >
{
  constructor(
    private readonly env: Env,
    readonly model: MetaModel,
  ) {}

  private hit(m: string): void {
    this.env.hit(`DeveloperMetadata.${m}`);
  }
  private self(): DeveloperMetadata {
    return this as unknown as DeveloperMetadata;
  }

  getId(): number {
    this.hit('getId');
    return this.model.id;
  }
  getKey(): string {
    this.hit('getKey');
    return this.model.key;
  }
  getValue(): string | null {
    this.hit('getValue');
    return this.model.value;
  }
  getVisibility(): Visibility {
    this.hit('getVisibility');
    return this.model.visibility as unknown as Visibility;
  }
  getLocation(): Location {
    this.hit('getLocation');
    return new LocationFake(this.env, this.model) as unknown as Location;
  }
  setKey(key: string): DeveloperMetadata {
    this.hit('setKey');
    if (this.model.key !== key) {
      this.model.key = String(key);
      this.env.book.touch();
    }
    return this.self();
  }
  setValue(value: string): DeveloperMetadata {
    this.hit('setValue');
    const v = value === null || value === undefined ? null : String(value);
    if (this.model.value !== v) {
      this.model.value = v;
      this.env.book.touch();
    }
    return this.self();
  }
  setVisibility(visibility: Visibility): DeveloperMetadata {
    this.hit('setVisibility');
    const v = String(visibility) === 'PROJECT' ? 'PROJECT' : 'DOCUMENT';
    if (this.model.visibility !== v) {
      this.model.visibility = v;
      this.env.book.touch();
    }
    return this.self();
  }
  moveToRow(row: Range): DeveloperMetadata {
    this.hit('moveToRow');
    const target = rowTarget(row);
    for (const s of this.env.book.sheets) {
      for (const r of s.rows)
        if (r?.meta?.includes(this.model.id)) r.meta = r.meta.filter((x) => x !== this.model.id);
    }
    this.model.location = 'ROW';
    this.model.sheetId = target.sheet.id;
    delete this.model.column;
    attachMeta(ensureRow(target.sheet, target.row), this.model.id);
    this.env.book.touch();
    return this.self();
  }
  remove(): void {
    this.hit('remove');
    this.env.book.removeMeta(this.model.id);
  }
}

function rowTarget(r: Range): { sheet: SheetModel; row: number } {
  const f = r as unknown as {
    sheetModel?: SheetModel;
    row?: number;
    numRows?: number;
    spansAllColumns?: () => boolean;
  };
  if (!f.sheetModel || f.row === undefined || f.numRows !== 1 || !f.spansAllColumns?.()) {
    throw new Error(ARBITRARY_RANGE_METADATA);
  }
  return { sheet: f.sheetModel, row: f.row };
}

class LocationFake
  implements Pick<Location, 'getLocationType' | 'getRow' | 'getColumn' | 'getSheet' | 'getSpreadsheet'>
{
  constructor(
    private readonly env: Env,
    private readonly model: MetaModel,
  ) {}

  private sheetModel(): SheetModel | undefined {
    return this.model.sheetId === undefined ? undefined : this.env.book.sheetById(this.model.sheetId);
  }
  getLocationType(): LocationType {
    this.env.hit('DeveloperMetadataLocation.getLocationType');
    return this.model.location as unknown as LocationType;
  }
  getRow(): Range | null {
    this.env.hit('DeveloperMetadataLocation.getRow');
    const sheet = this.sheetModel();
    if (this.model.location !== 'ROW' || !sheet) return null;
    const row = this.env.book.metaRows(sheet).get(this.model.id);
    if (row === undefined) return null;
    return this.env.range(sheet, row, 1, 1, sheet.maxCols, 'rows');
  }
  getColumn(): Range | null {
    this.env.hit('DeveloperMetadataLocation.getColumn');
    const sheet = this.sheetModel();
    if (this.model.location !== 'COLUMN' || !sheet || this.model.column === undefined) return null;
    return this.env.range(sheet, 1, this.model.column, sheet.maxRows, 1, 'cols');
  }
  getSheet(): Sheet | null {
    this.env.hit('DeveloperMetadataLocation.getSheet');
    const sheet = this.sheetModel();
    return sheet ? this.env.sheet(sheet) : null;
  }
  getSpreadsheet(): Spreadsheet | null {
    this.env.hit('DeveloperMetadataLocation.getSpreadsheet');
    return this.model.location === 'SPREADSHEET' ? this.env.spreadsheet() : null;
  }
}

export class FinderFake
  implements
    Pick<
      Finder,
      | 'withKey'
      | 'withValue'
      | 'withId'
      | 'withLocationType'
      | 'withVisibility'
      | 'onIntersectingLocations'
      | 'find'
    >
{
  private filters: ((m: MetaModel) => boolean)[] = [];
  private intersecting = false;

  constructor(
    private readonly env: Env,
    private readonly scope: (intersecting: boolean) => MetaModel[],
  ) {}

  private add(method: string, f: (m: MetaModel) => boolean): Finder {
    this.env.hit(`DeveloperMetadataFinder.${method}`);
    this.filters.push(f);
    return this as unknown as Finder;
  }
  withKey(key: string): Finder {
    return this.add('withKey', (m) => m.key === key);
  }
  withValue(value: string): Finder {
    return this.add('withValue', (m) => m.value === value);
  }
  withId(id: number): Finder {
    return this.add('withId', (m) => m.id === id);
  }
  withLocationType(t: LocationType): Finder {
    return this.add('withLocationType', (m) => m.location === String(t));
  }
  withVisibility(v: Visibility): Finder {
    return this.add('withVisibility', (m) => m.visibility === String(v));
  }
  onIntersectingLocations(): Finder {
    this.env.hit('DeveloperMetadataFinder.onIntersectingLocations');
    this.intersecting = true;
    return this as unknown as Finder;
  }
  find(): DeveloperMetadata[] {
    this.env.hit('DeveloperMetadataFinder.find');
    return this.scope(this.intersecting)
      .filter((m) => this.filters.every((f) => f(m)))
      .map((m) => new DeveloperMetadataFake(this.env, m) as unknown as DeveloperMetadata);
  }
}

/** All metadata of a sheet (sheet, its rows in row order, its columns). */
export function sheetMetas(env: Env, sheet: SheetModel): MetaModel[] {
  const out: MetaModel[] = [];
  for (const m of env.book.metas.values()) if (m.location === 'SHEET' && m.sheetId === sheet.id) out.push(m);
  for (const r of sheet.rows)
    for (const id of r?.meta ?? []) {
      const m = env.book.metas.get(id);
      if (m) out.push(m);
    }
  for (const m of env.book.metas.values()) if (m.location === 'COLUMN' && m.sheetId === sheet.id) out.push(m);
  return out;
}

export function allMetas(env: Env): MetaModel[] {
  const out: MetaModel[] = [];
  for (const m of env.book.metas.values()) if (m.location === 'SPREADSHEET') out.push(m);
  for (const s of env.book.sheets) out.push(...sheetMetas(env, s));
  return out;
}
