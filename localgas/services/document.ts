// DocumentApp: Google Docs kept in .planbook/documents.json, each also saved as a real .docx in reports/
// (written by the `docx` package in save()). One .docx per doc, named after the doc; a renamed or deleted
// doc leaves no stale file.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  AlignmentType,
  BorderStyle,
  Document as DocxDocument,
  Paragraph as DocxParagraph,
  Table as DocxTable,
  TableCell as DocxTableCell,
  TableRow as DocxTableRow,
  HeadingLevel,
  Packer,
  ShadingType,
  TextRun,
  WidthType,
} from 'docx';
import { counted } from '../meter';
import type { FakeService, ServiceContext } from '../service';
import { type DriveFake, type DriveItem, driveId, GOOGLE_DOCS, makeBlob, PDF } from './drive';

export type DocElement =
  | { t: 'p'; text: string; heading: string; align?: string; bold?: boolean; italic?: boolean }
  | {
      t: 'table';
      rows: string[][];
      headerBold?: boolean;
      headerBackground?: string;
      border?: string;
      widths: (number | null)[];
    };

export interface DocRecord {
  id: string;
  body: DocElement[];
  /** Bumped on every change; the .docx is rewritten when it differs from savedVersion. */
  version: number;
  savedVersion?: number;
  /** The .docx written for this doc (relative to the workspace). */
  file?: string;
}

interface DocState {
  docs: DocRecord[];
}

const CLOSED = 'Document is closed, its contents cannot be updated.';

type Doc = Pick<
  GoogleAppsScript.Document.Document,
  'getBody' | 'getId' | 'getUrl' | 'getName' | 'setName' | 'saveAndClose' | 'getAs'
>;
type Body = Pick<
  GoogleAppsScript.Document.Body,
  'clear' | 'appendParagraph' | 'appendTable' | 'getParagraphs' | 'getText' | 'getNumChildren'
>;
type Para = Pick<
  GoogleAppsScript.Document.Paragraph,
  'setText' | 'getText' | 'setHeading' | 'setAlignment' | 'editAsText' | 'setAttributes'
>;
type Text = Pick<GoogleAppsScript.Document.Text, 'setBold' | 'setItalic' | 'getText'>;
type Table = Pick<
  GoogleAppsScript.Document.Table,
  'setBorderColor' | 'getRow' | 'setColumnWidth' | 'getNumRows'
>;
type Row = Pick<
  GoogleAppsScript.Document.TableRow,
  'editAsText' | 'getCell' | 'getNumCells' | 'setAttributes'
>;
type Cell = Pick<GoogleAppsScript.Document.TableCell, 'setBackgroundColor' | 'getText'>;

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

/** A setAttributes object as plain entries; values of the enums (headings, alignments) are their names. */
function attributesOf(attrs: unknown): Record<string, unknown> {
  if (!attrs || typeof attrs !== 'object') throw new Error('Invalid argument: attributes');
  return Object.fromEntries(Object.entries(attrs as Record<string, unknown>).map(([k, v]) => [String(k), v]));
}

/** A month at the start of a doc name: '2026-10 Отчёт …' → '2026-10'. */
export function monthOfName(name: string): string | null {
  const m = /^(\d{4}-\d{2})\b/.exec(name);
  return m ? m[1]! : null;
}

function fileNameOf(name: string): string {
  const visible = [...name].filter((ch) => ch.charCodeAt(0) >= 32).join('');
  const safe = visible.replace(/[\\/:*?"<>|]/g, '_').trim() || 'document';
  return `${safe.slice(0, 150)}.docx`;
}

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
      const file = join('reports', fileNameOf(item.name));
      wanted.add(file);
      const path = join(this.ctx.workspace.dir, file);
      if (rec.file === file && rec.savedVersion === rec.version && existsSync(path)) continue;
      this.ctx.workspace.writeFile(path, await this.docx(rec, item.name));
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
        month: monthOfName(item.name),
        file: rec.file ?? join('reports', fileNameOf(item.name)),
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
    if (!rec) return '';
    return rec.body
      .map((e) => (e.t === 'p' ? e.text : e.rows.map((r) => r.join('\t')).join('\n')))
      .join('\n');
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
      getBody: () => counted(hit, 'Document.getBody', () => this.body(rec) as GoogleAppsScript.Document.Body),
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

  private body(rec: DocRecord): Body {
    const hit = (m: string) => this.ctx.meter.hit(m);
    const body: Body = {
      clear: () => {
        hit('Body.clear');
        this.editable(rec);
        // Like Docs, a cleared body keeps one empty paragraph.
        rec.body = [{ t: 'p', text: '', heading: 'NORMAL' }];
        return body as GoogleAppsScript.Document.Body;
      },
      appendParagraph: ((text: string) => {
        hit('Body.appendParagraph');
        this.editable(rec);
        const el: DocElement = { t: 'p', text: String(text), heading: 'NORMAL' };
        rec.body.push(el);
        return this.paragraph(rec, el) as GoogleAppsScript.Document.Paragraph;
      }) as Body['appendParagraph'],
      appendTable: ((cells?: string[][]) => {
        hit('Body.appendTable');
        this.editable(rec);
        const rows = (cells ?? []).map((r) => r.map((c) => String(c ?? '')));
        const width = Math.max(0, ...rows.map((r) => r.length));
        // Docs pads short rows (R/document/body#appendTable(String)).
        const el: DocElement = {
          t: 'table',
          rows: rows.map((r) => [...r, ...Array(width - r.length).fill('')]),
          widths: Array(width).fill(null),
        };
        rec.body.push(el);
        return this.table(rec, el) as GoogleAppsScript.Document.Table;
      }) as Body['appendTable'],
      getParagraphs: () => {
        hit('Body.getParagraphs');
        return rec.body
          .filter((e): e is DocElement & { t: 'p' } => e.t === 'p')
          .map((e) => this.paragraph(rec, e)) as never;
      },
      getText: () => counted(hit, 'Body.getText', () => this.textOf(rec.id)),
      getNumChildren: () => counted(hit, 'Body.getNumChildren', () => rec.body.length),
    };
    return body;
  }

  private paragraph(rec: DocRecord, el: DocElement & { t: 'p' }): Para {
    const hit = (m: string) => this.ctx.meter.hit(m);
    const p: Para = {
      setText: (text: string) => {
        hit('Paragraph.setText');
        this.editable(rec);
        el.text = String(text);
      },
      getText: () => counted(hit, 'Paragraph.getText', () => el.text),
      setHeading: (h: GoogleAppsScript.Document.ParagraphHeading) => {
        hit('Paragraph.setHeading');
        this.editable(rec);
        el.heading = String(h);
        return p as GoogleAppsScript.Document.Paragraph;
      },
      setAlignment: (a: GoogleAppsScript.Document.HorizontalAlignment) => {
        hit('Paragraph.setAlignment');
        this.editable(rec);
        el.align = String(a);
        return p as GoogleAppsScript.Document.Paragraph;
      },
      setAttributes: (attrs: unknown) => {
        hit('Paragraph.setAttributes');
        this.editable(rec);
        const a = attributesOf(attrs);
        if (a['HEADING'] !== undefined) el.heading = String(a['HEADING']);
        if (a['HORIZONTAL_ALIGNMENT'] !== undefined) el.align = String(a['HORIZONTAL_ALIGNMENT']);
        if (a['BOLD'] !== undefined && a['BOLD'] !== null) el.bold = Boolean(a['BOLD']);
        if (a['ITALIC'] !== undefined && a['ITALIC'] !== null) el.italic = Boolean(a['ITALIC']);
        return p as GoogleAppsScript.Document.Paragraph;
      },
      editAsText: () => {
        hit('Paragraph.editAsText');
        return this.text(rec, el.text, (k, v) => {
          el[k] = v;
        }) as GoogleAppsScript.Document.Text;
      },
    };
    return p;
  }

  private text(rec: DocRecord, content: string, set: (k: 'bold' | 'italic', v: boolean) => void): Text {
    const hit = (m: string) => this.ctx.meter.hit(m);
    const t: Text = {
      setBold: ((v: boolean) => {
        hit('Text.setBold');
        this.editable(rec);
        set('bold', Boolean(v));
        return t as GoogleAppsScript.Document.Text;
      }) as Text['setBold'],
      setItalic: ((v: boolean) => {
        hit('Text.setItalic');
        this.editable(rec);
        set('italic', Boolean(v));
        return t as GoogleAppsScript.Document.Text;
      }) as Text['setItalic'],
      getText: () => counted(hit, 'Text.getText', () => content),
    };
    return t;
  }

  private table(rec: DocRecord, el: DocElement & { t: 'table' }): Table {
    const hit = (m: string) => this.ctx.meter.hit(m);
    const t: Table = {
      setBorderColor: (c: string) => {
        hit('Table.setBorderColor');
        this.editable(rec);
        el.border = String(c);
        return t as GoogleAppsScript.Document.Table;
      },
      setColumnWidth: (col: number, w: number) => {
        hit('Table.setColumnWidth');
        this.editable(rec);
        if (col < 0 || col >= el.widths.length)
          throw new Error(
            'Child index (' +
              col +
              ') must be less than the number of child elements (' +
              el.widths.length +
              ').',
          );
        el.widths[col] = Number(w);
        return t as GoogleAppsScript.Document.Table;
      },
      getNumRows: () => counted(hit, 'Table.getNumRows', () => el.rows.length),
      getRow: (r: number) => {
        hit('Table.getRow');
        if (r !== 0 || el.rows.length === 0) {
          if (r < 0 || r >= el.rows.length)
            throw new Error(
              'Child index (' +
                r +
                ') must be less than the number of child elements (' +
                el.rows.length +
                ').',
            );
        }
        return this.row(rec, el, r) as GoogleAppsScript.Document.TableRow;
      },
    };
    return t;
  }

  /** Only the header row (row 0) keeps its styling; the report styles nothing else. */
  private row(rec: DocRecord, el: DocElement & { t: 'table' }, r: number): Row {
    const hit = (m: string) => this.ctx.meter.hit(m);
    const row: Row = {
      getNumCells: () => counted(hit, 'TableRow.getNumCells', () => el.rows[r]!.length),
      // A container's text attributes apply to all the text in it (R/document/table-row#setAttributes(Object)).
      setAttributes: (attrs: unknown) => {
        hit('TableRow.setAttributes');
        this.editable(rec);
        const a = attributesOf(attrs);
        if (r === 0 && a['BOLD'] !== undefined) el.headerBold = Boolean(a['BOLD']);
        if (r === 0 && typeof a['BACKGROUND_COLOR'] === 'string') el.headerBackground = a['BACKGROUND_COLOR'];
        return row as GoogleAppsScript.Document.TableRow;
      },
      editAsText: () => {
        hit('TableRow.editAsText');
        return this.text(rec, el.rows[r]!.join('\t'), (k, v) => {
          if (r === 0 && k === 'bold') el.headerBold = v;
        }) as GoogleAppsScript.Document.Text;
      },
      getCell: (c: number) => {
        hit('TableRow.getCell');
        if (c < 0 || c >= el.rows[r]!.length)
          throw new Error(
            'Child index (' +
              c +
              ') must be less than the number of child elements (' +
              el.rows[r]!.length +
              ').',
          );
        const cell: Cell = {
          setBackgroundColor: (color: string) => {
            hit('TableCell.setBackgroundColor');
            this.editable(rec);
            if (r === 0) el.headerBackground = String(color);
            return cell as GoogleAppsScript.Document.TableCell;
          },
          getText: () => counted(hit, 'TableCell.getText', () => el.rows[r]![c]!),
        };
        return cell as GoogleAppsScript.Document.TableCell;
      },
    };
    return row;
  }

  /** PDF export: without a converter in the emulator this is a minimal real PDF naming the doc. */
  private exportAs(item: DriveItem, type: string): Uint8Array {
    if (item.mimeType !== GOOGLE_DOCS || type !== PDF) {
      throw new Error(`Converting from ${item.mimeType} to ${type} is not supported.`);
    }
    return minimalPdf(`planbook emulator: PDF of document ${item.id}`);
  }

  /** The doc as .docx bytes. */
  async docx(rec: DocRecord, name: string): Promise<Buffer> {
    const children: (DocxParagraph | DocxTable)[] = [];
    for (const e of rec.body) {
      if (e.t === 'p') children.push(docxParagraph(e));
      else if (e.rows.length) children.push(docxTable(e));
    }
    if (children.length === 0 || !(children[children.length - 1] instanceof DocxParagraph))
      children.push(new DocxParagraph(''));
    const doc = new DocxDocument({
      title: name,
      creator: 'planbook',
      styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
      sections: [
        { properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 850 } } }, children },
      ],
    });
    return Packer.toBuffer(doc);
  }
}

function titleOf(rec: DocRecord): string {
  const t =
    rec.body.find((e) => e.t === 'p' && e.heading === 'TITLE') ?? rec.body.find((e) => e.t === 'p' && e.text);
  return t && t.t === 'p' ? t.text : '';
}

const HEADING_LEVEL: Record<string, (typeof HeadingLevel)[keyof typeof HeadingLevel] | undefined> = {
  TITLE: HeadingLevel.TITLE,
  HEADING1: HeadingLevel.HEADING_1,
  HEADING2: HeadingLevel.HEADING_2,
  HEADING3: HeadingLevel.HEADING_3,
};

const ALIGNMENT: Record<string, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  LEFT: AlignmentType.LEFT,
  CENTER: AlignmentType.CENTER,
  RIGHT: AlignmentType.RIGHT,
  JUSTIFY: AlignmentType.JUSTIFIED,
};

function docxParagraph(e: DocElement & { t: 'p' }): DocxParagraph {
  const heading = HEADING_LEVEL[e.heading];
  const size =
    e.heading === 'TITLE' ? 32 : e.heading === 'HEADING2' ? 26 : e.heading === 'SUBTITLE' ? 24 : undefined;
  return new DocxParagraph({
    heading,
    alignment: e.align ? ALIGNMENT[e.align] : undefined,
    spacing: heading ? { before: 240, after: 120 } : { after: 80 },
    children: [
      new TextRun({
        text: e.text,
        bold: e.bold || e.heading === 'TITLE' || e.heading.startsWith('HEADING') || undefined,
        italics: e.italic || undefined,
        size,
        color: heading ? '1F3864' : undefined,
      }),
    ],
  });
}

function docxTable(e: DocElement & { t: 'table' }): DocxTable {
  const border = { style: BorderStyle.SINGLE, size: 4, color: (e.border ?? '#000000').replace('#', '') };
  const known = e.widths.every((w) => typeof w === 'number');
  const totalPt = known ? (e.widths as number[]).reduce((a, b) => a + b, 0) : 0;
  return new DocxTable({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: known ? (e.widths as number[]).map((w) => Math.round(w * 20)) : undefined,
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows: e.rows.map(
      (r, i) =>
        new DocxTableRow({
          tableHeader: i === 0,
          children: r.map(
            (text, c) =>
              new DocxTableCell({
                width:
                  known && totalPt
                    ? {
                        size: Math.round(((e.widths[c] as number) / totalPt) * 100),
                        type: WidthType.PERCENTAGE,
                      }
                    : undefined,
                shading:
                  i === 0 && e.headerBackground
                    ? { fill: e.headerBackground.replace('#', ''), type: ShadingType.CLEAR, color: 'auto' }
                    : undefined,
                margins: { top: 40, bottom: 40, left: 80, right: 80 },
                children: String(text)
                  .split('\n')
                  .map(
                    (line) =>
                      new DocxParagraph({
                        children: [
                          new TextRun({ text: line, bold: (i === 0 && e.headerBold) || undefined, size: 20 }),
                        ],
                      }),
                  ),
              }),
          ),
        }),
    ),
  });
}

/** A one-page PDF with one line of ASCII text (the emulator has no document converter). */
export function minimalPdf(line: string): Uint8Array {
  const text = line.replace(/[^\x20-\x7e]/g, '?').replace(/([()\\])/g, '\\$1');
  const content = `BT /F1 12 Tf 72 770 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
