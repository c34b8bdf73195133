// The Drive advanced service (Drive API v3 as Apps Script exposes it: Drive.Files.*), over the same items
// as the DriveApp fake. Under drive.file alone a script sees only the files it created or opened
// (https://developers.google.com/drive/api/guides/api-specific-auth: drive.file is "per-file access"):
// a folder a person made in the Drive UI is not listed and get answers 404, as on Google.
// Errors read as Apps Script prints an advanced service's failure:
// "API call to drive.files.get failed with error: File not found: <id>." [obs]

import { SCOPE } from '../scopes';
import type { FakeService, ServiceContext } from '../service';
import { type DriveFake, type DriveItem, driveId, FOLDER, ROOT_ID } from './drive';

type V3File = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;

function notFound(method: string, id: string): Error {
  const e = new Error(`API call to drive.files.${method} failed with error: File not found: ${id}.`);
  (e as Error & { details?: unknown }).details = { code: 404, message: `File not found: ${id}.` };
  return e;
}

/** One term of a files.list q: name = '…', mimeType = '…' / !=, trashed = true|false, '…' in parents. */
function matcher(q: string): (it: DriveItem) => boolean {
  const terms = q
    .split(/\s+and\s+/i)
    .map((t) => t.trim())
    .filter(Boolean);
  const tests = terms.map((t): ((it: DriveItem) => boolean) => {
    const str = (s: string) => s.replace(/\\'/g, "'");
    let m = /^(name|mimeType)\s*(=|!=)\s*'((?:[^'\\]|\\.)*)'$/.exec(t);
    if (m) {
      const [, field, op, v] = m;
      return (it) => (it[field as 'name' | 'mimeType'] === str(v!)) === (op === '=');
    }
    m = /^trashed\s*=\s*(true|false)$/i.exec(t);
    if (m) return (it) => it.trashed === (m![1]!.toLowerCase() === 'true');
    m = /^'((?:[^'\\]|\\.)*)'\s+in\s+parents$/.exec(t);
    if (m) return (it) => it.parent === str(m![1]!);
    throw new Error(`API call to drive.files.list failed with error: Invalid Value`);
  });
  return (it) => tests.every((f) => f(it));
}

export class DriveApiFake implements FakeService {
  readonly name = 'driveApi';

  constructor(
    private readonly ctx: ServiceContext,
    private readonly drive: DriveFake,
  ) {}

  /** drive.file alone: only what the app made; drive or drive.readonly: everything. */
  private visible(it: DriveItem): boolean {
    const g = this.ctx.grant;
    if (!g || g.has(SCOPE.drive) || g.has(SCOPE.driveReadonly)) return true;
    return !it.byPerson;
  }

  private view(it: DriveItem): V3File {
    return {
      id: it.id,
      name: it.name,
      mimeType: it.mimeType,
      parents: [it.parent],
      trashed: it.trashed,
      createdTime: it.created,
    };
  }

  private find(method: string, id: string): DriveItem {
    const it = this.drive.item(String(id));
    if (!it || !this.visible(it)) throw notFound(method, String(id));
    return it;
  }

  globals(): Record<string, unknown> {
    const hit = (m: string) => this.ctx.meter.hit(`Drive.Files.${m}`);
    const Files = {
      list: (opts: { q?: string; pageSize?: number; orderBy?: string } = {}) => {
        hit('list');
        const test = opts.q ? matcher(opts.q) : () => true;
        const items = this.drive.state.items.filter((it) => this.visible(it) && test(it));
        if (/createdTime/.test(opts.orderBy ?? '')) items.sort((a, b) => a.created.localeCompare(b.created));
        return { files: items.slice(0, opts.pageSize ?? 100).map((it) => this.view(it)) };
      },
      get: (id: string) => {
        hit('get');
        return this.view(this.find('get', id));
      },
      create: (resource: V3File) => {
        hit('create');
        const isFolder = resource.mimeType === FOLDER;
        const it = this.drive.addFile(
          String(resource.name ?? 'Untitled'),
          String(resource.mimeType ?? 'application/octet-stream'),
          driveId(isFolder ? 33 : 44),
        );
        const parent = resource.parents?.[0];
        if (parent && parent !== ROOT_ID) it.parent = this.find('create', parent).id;
        return this.view(it);
      },
      update: (
        resource: V3File,
        id: string,
        _media?: unknown,
        opts: { addParents?: string; removeParents?: string } = {},
      ) => {
        hit('update');
        const it = this.find('update', id);
        if (opts.addParents) {
          // A file has one parent (Drive's single-parent model): adding one replaces the old.
          it.parent = opts.addParents === ROOT_ID ? ROOT_ID : this.find('update', opts.addParents).id;
        }
        if (resource?.name !== undefined) it.name = String(resource.name);
        if (resource?.trashed !== undefined) it.trashed = Boolean(resource.trashed);
        return this.view(it);
      },
      remove: (id: string) => {
        hit('remove');
        const it = this.find('delete', id);
        this.drive.personDelete(it.id);
      },
    };
    return { Drive: { Files } };
  }
}
