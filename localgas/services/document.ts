// DocumentApp: Google Docs kept in <state>/documents.json, each also saved as a real .docx in reports/
// (docxWriter.ts, in save()). One .docx per doc, named after the doc; a renamed or deleted doc leaves no
// stale file. The body's objects are in documentBody.ts; a PDF export is pdf.ts's one-page stand-in.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { counted } from '../meter';
import type { FakeService, ServiceContext } from '../service';
import { bodyOf, type Editing } from './documentBody';
import { type DocRecord, textOfBody, titleOf } from './documentModel';
import { docxFileName, docxOf } from './docxWriter';
import { type DriveFake, type DriveItem, driveId, GOOGLE_DOCS, makeBlob, PDF } from './drive';
import { minimalPdf } from './pdf';

export type { DocElement, DocRecord } from './documentModel';

interface DocState {
  docs: DocRecord[];
}

const CLOSED = 'Document is closed, its contents cannot be updated.';

type Doc = Pick<
  GoogleAppsScript.Document.Document,
  'getBody' | 'getId' | 'getUrl' | 'getName' | 'setName' | 'saveAndClose' | 'getAs'
>;

const HEADINGS = {
  NORMAL: 'NORMAL',
  HEADING1: 'HEADING1',
  HEADING2: 'HEADING2',
  HEADING3: 'HEADING3',
  TITLE: 'TITLE',
  SUBTITLE: 'SUBTITLE',
};
const ALIGN = { LEFT: 'LEFT', CENTER: 'CENTER', RIGHT: 'RIGHT', JUSTIFY: 'JUSTIFY' };
// DocumentApp.Attribute (R/document/attribute): the keys of setAttributes' object. Those this fake
// renders are read; the others are accepted and have no effect on the .docx.
const ATTRIBUTES = Object.fromEntries(
  [
    'BACKGROUND_COLOR',
    'BOLD',
    'BORDER_COLOR',
    'BORDER_WIDTH',
    'FONT_FAMILY',
    'FONT_SIZE',
    'FOREGROUND_COLOR',
    'HEADING',
    'HORIZONTAL_ALIGNMENT',
    'ITALIC',
    'LINE_SPACING',
    'SPACING_AFTER',
    'SPACING_BEFORE',
    'STRIKETHROUGH',
    'UNDERLINE',
    'WIDTH',
  ].map((k) => [k, k]),
);

export class DocumentFake implements FakeService {
  readonly name = 'document';
  state: DocState = { docs: [] };
  /** Docs opened in this execution; Apps Script saves and closes them at its end. */
  private open = new Set<string>();
  private closed = new Set<string>();

  constructor(
    private readonly ctx: ServiceContext,
    private readonly drive: DriveFake,
  ) {
    drive.exporter = { exportAs: (item, type) => this.exportAs(item, type) };
  }

  async load(): Promise<void> {
    this.state = this.ctx.workspace.readState('documents', this.state);
  }

  beginExecution(): void {
    this.open.clear();
    this.closed.clear();
  }

  endExecution(): void {
    // "Apps Script calls saveAndClose automatically at the end of a run" (R/document/document#saveAndClose()).
    this.open.clear();
  }

  /** Docs whose Drive file still exists (a person may have deleted one). */
  live(): { rec: DocRecord; item: DriveItem }[] {
    const out: { rec: DocRecord; item: DriveItem }[] = [];
    for (const rec of this.state.docs) {
      const item = this.drive.item(rec.id);
      if (item) out.push({ rec, item });
    }
    return out;
  }

  async save(): Promise<void> {
    const dir = this.ctx.workspace.reportsDir;
    const wanted = new Set<string>();
    const live = this.live();
    // Docs deleted from Drive are forgotten.
    this.state.docs = live.map((l) => l.rec);
    for (const { rec, item } of live) {
      const file = join('reports', docxFileName(item.name));
      wanted.add(file);
      const path = join(this.ctx.workspace.dir, file);
      if (rec.file === file && rec.savedVersion === rec.version && existsSync(path)) continue;
      this.ctx.workspace.writeFile(path, await docxOf(rec.body, item.name));
      rec.file = file;
      rec.savedVersion = rec.version;
    }
    // reports/ belongs to this fake: any other .docx there is a stale copy of a renamed or deleted doc.
    if (existsSync(dir)) {
      for (const f of readdirSync(dir)) {
        const rel = join('reports', f);
        if ((f.endsWith('.docx') || f.endsWith('.tmp')) && !wanted.has(rel))
          this.ctx.workspace.removeFile(join(dir, f));
      }
    }
    this.ctx.workspace.writeState('documents', this.state);
  }

  status(): Record<string, unknown> {
    return {
      reports: this.live().map(({ rec, item }) => ({
        file: rec.file ?? join('reports', docxFileName(item.name)),
        docId: rec.id,
        title: titleOf(rec),
        name: item.name,
        folder: this.drive.pathOf(item),
        trashed: item.trashed,
      })),
    };
  }

  /** The doc's text, paragraph by paragraph and table rows as tab-joined cells (for tests and the CLI). */
  textOf(id: string): string {
    const rec = this.state.docs.find((d) => d.id === id);
    return rec ? textOfBody(rec.body) : '';
  }

  globals(): Record<string, unknown> {
    const hit = (m: string) => this.ctx.meter.hit(m);
    return {
      DocumentApp: {
        ParagraphHeading: HEADINGS,
        HorizontalAlignment: ALIGN,
        Attribute: ATTRIBUTES,
        create: (name: string) => {
          hit('DocumentApp.create');
          const item = this.drive.addFile(String(name), GOOGLE_DOCS, driveId(44));
          const rec: DocRecord = { id: item.id, body: [{ t: 'p', text: '', heading: 'NORMAL' }], version: 1 };
          this.state.docs.push(rec);
          this.open.add(rec.id);
          return this.doc(rec);
        },
        openById: (id: string) => {
          hit('DocumentApp.openById');
          const rec = this.state.docs.find((d) => d.id === String(id));
          if (!rec || !this.drive.item(rec.id)) {
            throw new Error(
              `Document ${id} is missing (perhaps it was deleted, or you don't have read access?)`,
            );
          }
          this.closed.delete(rec.id);
          this.open.add(rec.id);
          return this.doc(rec);
        },
      },
    };
  }

  private editable(rec: DocRecord): void {
    if (this.closed.has(rec.id)) throw new Error(CLOSED);
    rec.version++;
  }

  private doc(rec: DocRecord): Doc {
    const hit = (m: string) => this.ctx.meter.hit(m);
    const item = () => {
      const it = this.drive.item(rec.id);
      if (!it)
        throw new Error(
          `Document ${rec.id} is missing (perhaps it was deleted, or you don't have read access?)`,
        );
      return it;
    };
    const doc: Doc = {
      getBody: () =>
        counted(hit, 'Document.getBody', () => bodyOf(rec, this.editing) as GoogleAppsScript.Document.Body),
      getId: () => counted(hit, 'Document.getId', () => rec.id),
      getUrl: () =>
        counted(hit, 'Document.getUrl', () => `https://docs.google.com/document/d/${rec.id}/edit`),
      getName: () => counted(hit, 'Document.getName', () => item().name),
      setName: (name: string) => {
        hit('Document.setName');
        this.editable(rec);
        item().name = String(name);
        return doc as GoogleAppsScript.Document.Document;
      },
      // R/document/document#getAs(String): "the contents of this object as a blob converted to the
      // specified content type"; a PDF is all Docs converts to here.
      getAs: (contentType: string) => {
        hit('Document.getAs');
        const it = item();
        return makeBlob(
          this.exportAs(it, String(contentType)),
          String(contentType),
          `${it.name}.pdf`,
          hit,
        ) as never;
      },
      saveAndClose: () => {
        hit('Document.saveAndClose');
        this.closed.add(rec.id);
        this.open.delete(rec.id);
      },
    };
    return doc;
  }

  /** What the body's objects (documentBody.ts) need of this fake. */
  private readonly editing: Editing = {
    hit: (m) => this.ctx.meter.hit(m),
    editable: (rec) => this.editable(rec),
  };

  /** PDF export: without a converter in the emulator this is a minimal real PDF naming the doc. */
  private exportAs(item: DriveItem, type: string): Uint8Array {
    if (item.mimeType !== GOOGLE_DOCS || type !== PDF) {
      throw new Error(`Converting from ${item.mimeType} to ${type} is not supported.`);
    }
    return minimalPdf(`localgas: PDF of document ${item.id}`);
  }
}
