// DriveApp: folders and files (the report docs), kept in <state>/drive.json. The Google Docs' content
// lives in the DocumentApp fake (document.ts), which registers each doc here as a file.
import { randomBytes } from 'node:crypto';
import { counted } from '../meter';
import type { FakeService, ServiceContext } from '../service';

export const NO_ITEM =
  'No item with the given ID could be found, or you do not have permission to access it.';
export const GOOGLE_DOCS = 'application/vnd.google-apps.document';
export const FOLDER = 'application/vnd.google-apps.folder';
export const PDF = 'application/pdf';
export const ROOT_ID = 'root';

export interface DriveItem {
  id: string;
  name: string;
  mimeType: string;
  /** Parent folder id (ROOT_ID for My Drive). */
  parent: string;
  trashed: boolean;
  created: string;
  /** Made by a person in the Drive UI, not by the script: invisible under drive.file (driveApi.ts). */
  byPerson?: boolean;
}

interface DriveState {
  items: DriveItem[];
}

type Folder = Pick<
  GoogleAppsScript.Drive.Folder,
  'getId' | 'getName' | 'getUrl' | 'isTrashed' | 'setTrashed' | 'getFilesByName' | 'getFiles'
>;
type File = Pick<
  GoogleAppsScript.Drive.File,
  | 'getId'
  | 'getName'
  | 'getUrl'
  | 'getMimeType'
  | 'isTrashed'
  | 'setTrashed'
  | 'moveTo'
  | 'getAs'
  | 'getParents'
  | 'setName'
>;
type DriveAppApi = Pick<
  GoogleAppsScript.Drive.DriveApp,
  'getFolderById' | 'getFoldersByName' | 'createFolder' | 'getFileById' | 'getFilesByName' | 'getRootFolder'
>;

/** A Google-looking id: 33 (folders) or 44 (docs) characters of base64url. */
export function driveId(length: number): string {
  // Real ids start with a letter or digit ('1…'), never with '-' or '_'.
  return `1${randomBytes(length)
    .toString('base64url')
    .slice(0, length - 1)}`;
}

/** Something that can turn a file into bytes of another type (the DocumentApp fake, for PDF export). */
export interface Exporter {
  exportAs(file: DriveItem, mimeType: string): Uint8Array;
}

export class DriveFake implements FakeService {
  readonly name = 'drive';
  state: DriveState = { items: [] };
  exporter: Exporter | null = null;

  constructor(private readonly ctx: ServiceContext) {}

  async load(): Promise<void> {
    this.state = this.ctx.workspace.readState('drive', this.state);
  }

  async save(): Promise<void> {
    this.ctx.workspace.writeState('drive', this.state);
  }

  private hit(m: string): void {
    this.ctx.meter.hit(m);
  }

  item(id: string): DriveItem | undefined {
    return this.state.items.find((i) => i.id === id);
  }

  /** Registers a new file (DocumentApp.create puts docs in My Drive root). */
  addFile(name: string, mimeType: string, id = driveId(44)): DriveItem {
    const it: DriveItem = {
      id,
      name,
      mimeType,
      parent: ROOT_ID,
      trashed: false,
      created: new Date(this.ctx.clock.now()).toISOString(),
    };
    this.state.items.push(it);
    return it;
  }

  /** A person makes a folder in the Drive UI (the script did not create it). */
  personCreateFolder(name: string): DriveItem {
    const it = this.addFile(name, FOLDER, driveId(33));
    it.byPerson = true;
    return it;
  }

  /** A person deletes a file for good (emptying the trash): it is gone from Drive and DocumentApp. */
  personDelete(id: string): void {
    this.state.items = this.state.items.filter((i) => i.id !== id);
  }

  files(): DriveItem[] {
    return this.state.items.filter((i) => i.mimeType !== FOLDER);
  }

  folders(): DriveItem[] {
    return this.state.items.filter((i) => i.mimeType === FOLDER);
  }

  pathOf(it: DriveItem): string {
    const names: string[] = [];
    let p = it.parent;
    for (let guard = 0; p !== ROOT_ID && guard < 50; guard++) {
      const f = this.item(p);
      if (!f) break;
      names.unshift(f.name);
      p = f.parent;
    }
    return names.join('/');
  }

  globals(): Record<string, unknown> {
    const api: DriveAppApi = {
      getFolderById: (id) => {
        this.hit('DriveApp.getFolderById');
        const it = this.item(String(id));
        if (!it || it.mimeType !== FOLDER) throw new Error(NO_ITEM);
        return this.folder(it) as GoogleAppsScript.Drive.Folder;
      },
      getFoldersByName: (name) => {
        this.hit('DriveApp.getFoldersByName');
        return this.iterator(
          this.folders()
            .filter((f) => f.name === name)
            .map((f) => this.folder(f)),
        ) as never;
      },
      createFolder: (name) => {
        this.hit('DriveApp.createFolder');
        const it = this.addFile(String(name), FOLDER, driveId(33));
        return this.folder(it) as GoogleAppsScript.Drive.Folder;
      },
      getFileById: (id) => {
        this.hit('DriveApp.getFileById');
        const it = this.item(String(id));
        if (!it || it.mimeType === FOLDER) throw new Error(NO_ITEM);
        return this.file(it) as GoogleAppsScript.Drive.File;
      },
      getFilesByName: (name) => {
        this.hit('DriveApp.getFilesByName');
        return this.iterator(
          this.files()
            .filter((f) => f.name === name)
            .map((f) => this.file(f)),
        ) as never;
      },
      getRootFolder: () => {
        this.hit('DriveApp.getRootFolder');
        return this.folder({
          id: ROOT_ID,
          name: 'Мой диск',
          mimeType: FOLDER,
          parent: '',
          trashed: false,
          created: '',
        }) as never;
      },
    };
    return { DriveApp: api, MimeType: { GOOGLE_DOCS, FOLDER, PDF } };
  }

  private iterator<T>(list: T[]): Pick<GoogleAppsScript.Drive.FileIterator, 'hasNext'> & { next(): T } {
    let i = 0;
    return {
      hasNext: () =>
        counted(
          (m) => this.hit(m),
          'FileIterator.hasNext',
          () => i < list.length,
        ),
      next: () => {
        this.hit('FileIterator.next');
        const v = list[i++];
        if (v === undefined)
          throw new Error('Cannot retrieve the next object: iterator has reached the end.');
        return v;
      },
    };
  }

  private live(id: string): DriveItem {
    const it = this.item(id);
    if (!it) throw new Error(NO_ITEM);
    return it;
  }

  private folder(it: DriveItem): Folder {
    const id = it.id;
    const f: Folder = {
      getId: () =>
        counted(
          (m) => this.hit(m),
          'Folder.getId',
          () => id,
        ),
      getName: () =>
        counted(
          (m) => this.hit(m),
          'Folder.getName',
          () => (id === ROOT_ID ? it.name : this.live(id).name),
        ),
      getUrl: () =>
        counted(
          (m) => this.hit(m),
          'Folder.getUrl',
          () => `https://drive.google.com/drive/folders/${id}`,
        ),
      isTrashed: () =>
        counted(
          (m) => this.hit(m),
          'Folder.isTrashed',
          () => (id === ROOT_ID ? false : this.live(id).trashed),
        ),
      setTrashed: (t: boolean) => {
        this.hit('Folder.setTrashed');
        this.live(id).trashed = t;
        return f as GoogleAppsScript.Drive.Folder;
      },
      getFilesByName: (name: string) => {
        this.hit('Folder.getFilesByName');
        return this.iterator(
          this.files()
            .filter((x) => x.parent === id && x.name === name)
            .map((x) => this.file(x)),
        ) as never;
      },
      getFiles: () => {
        this.hit('Folder.getFiles');
        return this.iterator(
          this.files()
            .filter((x) => x.parent === id)
            .map((x) => this.file(x)),
        ) as never;
      },
    };
    return f;
  }

  private file(it: DriveItem): File {
    const id = it.id;
    const f: File = {
      getId: () =>
        counted(
          (m) => this.hit(m),
          'File.getId',
          () => id,
        ),
      getName: () =>
        counted(
          (m) => this.hit(m),
          'File.getName',
          () => this.live(id).name,
        ),
      setName: (name: string) => {
        this.hit('File.setName');
        this.live(id).name = String(name);
        return f as GoogleAppsScript.Drive.File;
      },
      getUrl: () =>
        counted(
          (m) => this.hit(m),
          'File.getUrl',
          () => `https://docs.google.com/document/d/${id}/edit?usp=drivesdk`,
        ),
      getMimeType: () =>
        counted(
          (m) => this.hit(m),
          'File.getMimeType',
          () => this.live(id).mimeType,
        ),
      isTrashed: () =>
        counted(
          (m) => this.hit(m),
          'File.isTrashed',
          () => this.live(id).trashed,
        ),
      setTrashed: (t: boolean) => {
        this.hit('File.setTrashed');
        this.live(id).trashed = t;
        return f as GoogleAppsScript.Drive.File;
      },
      moveTo: (dest: GoogleAppsScript.Drive.Folder) => {
        this.hit('File.moveTo');
        const target = (dest as unknown as Folder).getId();
        if (target !== ROOT_ID) {
          const folder = this.item(target);
          if (!folder || folder.mimeType !== FOLDER) throw new Error(NO_ITEM);
        }
        this.live(id).parent = target;
        return f as GoogleAppsScript.Drive.File;
      },
      getParents: () => {
        this.hit('File.getParents');
        const p = this.item(this.live(id).parent);
        return this.iterator(p ? [this.folder(p)] : []) as never;
      },
      getAs: (contentType: string) => {
        this.hit('File.getAs');
        const item = this.live(id);
        if (!this.exporter)
          throw new Error(`Converting from ${item.mimeType} to ${contentType} is not supported.`);
        const bytes = this.exporter.exportAs(item, contentType);
        return makeBlob(bytes, contentType, item.name + (contentType === PDF ? '.pdf' : ''), (m) =>
          this.hit(m),
        ) as never;
      },
    };
    return f;
  }

  status(): Record<string, unknown> {
    return {
      drive: {
        folders: this.folders().map((f) => ({ id: f.id, name: f.name, trashed: f.trashed })),
        files: this.files().map((f) => ({
          id: f.id,
          name: f.name,
          folder: this.pathOf(f),
          trashed: f.trashed,
        })),
      },
    };
  }
}

export type FakeBlob = Pick<
  GoogleAppsScript.Base.Blob,
  'getBytes' | 'getContentType' | 'getName' | 'setName' | 'getDataAsString' | 'copyBlob'
>;

/** A Blob as Apps Script gives it: bytes, a content type, a name. */
export function makeBlob(
  bytes: Uint8Array,
  contentType: string,
  name: string,
  hit: (m: string) => void,
): FakeBlob {
  let n = name;
  const blob: FakeBlob = {
    getBytes: () => counted(hit, 'Blob.getBytes', () => Array.from(bytes, (b) => (b > 127 ? b - 256 : b))),
    getContentType: () => counted(hit, 'Blob.getContentType', () => contentType),
    getName: () => counted(hit, 'Blob.getName', () => n),
    setName: (v: string) => {
      hit('Blob.setName');
      n = String(v);
      return blob as GoogleAppsScript.Base.Blob;
    },
    getDataAsString: () => counted(hit, 'Blob.getDataAsString', () => Buffer.from(bytes).toString('utf8')),
    copyBlob: () =>
      counted(hit, 'Blob.copyBlob', () => makeBlob(bytes, contentType, n, hit) as GoogleAppsScript.Base.Blob),
  };
  return blob;
}
