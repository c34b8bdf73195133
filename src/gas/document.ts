// DocumentApp adapter: creates and opens the report docs and writes the report's blocks into them.
// Scopes: DocumentApp.create and openById need https://www.googleapis.com/auth/documents
// (R/document/document-app#create, #openById: "Scripts that use this method require authorization with
// one or more of the following scopes: https://www.googleapis.com/auth/documents").
import type { Block } from '../domain/reportData';

type Document = GoogleAppsScript.Document.Document;

/** The doc, or null when it is gone (deleted, trashed, or no longer shared with us). */
export function openDoc(id: string): Document | null {
  try {
    return DocumentApp.openById(id);
  } catch (e) {
    // "Document <id> is missing (perhaps it was deleted, or you don't have read access?)" (APPS-SCRIPT-FACTS §4)
    if (/is missing|not found|no item|permission/i.test(e instanceof Error ? e.message : String(e)))
      return null;
    throw e;
  }
}

/** A new doc in the root of My Drive (the caller moves it to the report folder). */
export function createDoc(name: string): Document {
  return DocumentApp.create(name);
}

/** Usable page width in points (A4 portrait with the margins the docs get: 595 pt less about 135). */
const PAGE_WIDTH_PT = 460;

type Attributes = Partial<Record<GoogleAppsScript.Document.Attribute, unknown>>;

/**
 * Replaces the doc's whole content with the blocks, with one style call per paragraph, table header
 * row and column width (setAttributes, R/document/paragraph#setAttributes(Object)), never one per cell:
 * each table is one appendTable with all its cells.
 */
export function writeBlocks(doc: Document, blocks: Block[]): void {
  const A = DocumentApp.Attribute;
  const H = DocumentApp.ParagraphHeading;
  const body = doc.getBody();
  body.clear();
  // A cleared body keeps one empty paragraph: the title goes into it instead of leaving a blank line on top.
  let first: GoogleAppsScript.Document.Paragraph | null = body.getParagraphs()[0] ?? null;
  const paragraph = (text: string, attrs: Attributes): void => {
    let p: GoogleAppsScript.Document.Paragraph;
    if (first) {
      p = first;
      p.setText(text);
      first = null;
    } else p = body.appendParagraph(text);
    // An appended paragraph takes the style of the one before it (a heading, a title): always say which.
    p.setAttributes(attrs);
  };
  const center = DocumentApp.HorizontalAlignment.CENTER;
  const left = DocumentApp.HorizontalAlignment.LEFT;
  for (const b of blocks) {
    switch (b.kind) {
      case 'title':
        paragraph(b.text, { [A.HEADING]: H.TITLE, [A.HORIZONTAL_ALIGNMENT]: center });
        break;
      case 'subtitle':
        paragraph(b.text, { [A.HEADING]: H.NORMAL, [A.HORIZONTAL_ALIGNMENT]: center, [A.ITALIC]: false });
        break;
      case 'heading':
        paragraph(b.text, { [A.HEADING]: H.HEADING2, [A.HORIZONTAL_ALIGNMENT]: left });
        break;
      case 'paragraph':
        paragraph(b.text, {
          [A.HEADING]: H.NORMAL,
          [A.HORIZONTAL_ALIGNMENT]: left,
          [A.ITALIC]: Boolean(b.note),
        });
        break;
      case 'table':
        writeTable(body, b.rows, b.widths, b.plain);
        break;
    }
  }
}

function writeTable(
  body: GoogleAppsScript.Document.Body,
  rows: string[][],
  widths?: number[],
  plain?: boolean,
): void {
  if (rows.length === 0 || rows[0]!.length === 0) return;
  const table = body.appendTable(rows);
  // The header row: bold, one call for the whole row (its cells' text takes it). A plain table has none.
  if (!plain) table.getRow(0).setAttributes({ [DocumentApp.Attribute.BOLD]: true });
  const cols = rows[0]!.length;
  // Column widths only for the wide tables: each width is one call, and narrow tables read fine as Docs lays them out.
  if (widths && widths.length === cols && cols >= 6) {
    const total = widths.reduce((a, b) => a + b, 0);
    widths.forEach((w, c) => {
      table.setColumnWidth(c, Math.round((w / total) * PAGE_WIDTH_PT));
    });
  }
}

export function saveAndClose(doc: Document): void {
  doc.saveAndClose();
}
