// A document of the Docs fake written as a real .docx (the `docx` package): headings, alignment, bold and
// italic paragraphs, tables with their column widths, the header row's shading and the border colour.
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
import type { DocElement } from './documentModel';

/** The .docx file name of a doc: its name without the characters a file name cannot carry. */
export function docxFileName(name: string): string {
  const visible = [...name].filter((ch) => ch.charCodeAt(0) >= 32).join('');
  const safe = visible.replace(/[\\/:*?"<>|]/g, '_').trim() || 'document';
  return `${safe.slice(0, 150)}.docx`;
}

/** The doc as .docx bytes. */
export async function docxOf(body: readonly DocElement[], name: string): Promise<Buffer> {
  const children: (DocxParagraph | DocxTable)[] = [];
  for (const e of body) {
    if (e.t === 'p') children.push(docxParagraph(e));
    else if (e.rows.length) children.push(docxTable(e));
  }
  if (children.length === 0 || !(children[children.length - 1] instanceof DocxParagraph))
    children.push(new DocxParagraph(''));
  const doc = new DocxDocument({
    title: name,
    creator: 'localgas',
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    sections: [
      { properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 850 } } }, children },
    ],
  });
  return Packer.toBuffer(doc);
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
