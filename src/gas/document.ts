// DocumentApp adapter: creates and opens the report docs and writes the report's blocks into them.
// Scopes: DocumentApp.create and openById need https://www.googleapis.com/auth/documents
// (R/document/document-app#create, #openById: "Scripts that use this method require authorization with
// one or more of the following scopes: https://www.googleapis.com/auth/documents").
import type { Block } from '../domain/report';

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

const HEADER_BACKGROUND = '#dfe7f3';
const BORDER = '#7f8c9d';
/** Usable page width in points (A4/Letter with default margins is about 450–470 pt). */
const PAGE_WIDTH_PT = 460;

/**
 * Replaces the doc's whole content with the blocks. Each table is written with one appendTable call
 * (all cells at once); only its header row is styled cell by cell.
 */
export function writeBlocks(doc: Document, blocks: Block[]): void {
  const body = doc.getBody();
  body.clear();
  // A cleared body keeps one empty paragraph: the title goes into it instead of leaving a blank line on top.
  let first: GoogleAppsScript.Document.Paragraph | null = body.getParagraphs()[0] ?? null;
  const paragraph = (text: string): GoogleAppsScript.Document.Paragraph => {
    if (first) {
      const p = first;
      p.setText(text);
      first = null;
      return p;
    }
    return body.appendParagraph(text);
  };
  for (const b of blocks) {
    switch (b.kind) {
      case 'title':
        paragraph(b.text)
          .setHeading(DocumentApp.ParagraphHeading.TITLE)
          .setAlignment(DocumentApp.HorizontalAlignment.CENTER);
        break;
      case 'subtitle':
        paragraph(b.text)
          .setHeading(DocumentApp.ParagraphHeading.NORMAL)
          .setAlignment(DocumentApp.HorizontalAlignment.CENTER);
        break;
      case 'heading':
        paragraph(b.text).setHeading(DocumentApp.ParagraphHeading.HEADING2);
        break;
      case 'paragraph': {
        const p = paragraph(b.text).setHeading(DocumentApp.ParagraphHeading.NORMAL);
        if (b.note) p.editAsText().setItalic(true);
        break;
      }
      case 'table':
        writeTable(body, b.rows, b.widths);
        break;
    }
  }
}

function writeTable(body: GoogleAppsScript.Document.Body, rows: string[][], widths?: number[]): void {
  if (first0(rows) === 0) return;
  const table = body.appendTable(rows);
  table.setBorderColor(BORDER);
  const header = table.getRow(0);
  header.editAsText().setBold(true);
  const cols = rows[0]!.length;
  for (let c = 0; c < cols; c++) header.getCell(c).setBackgroundColor(HEADER_BACKGROUND);
  // Column widths only for the wide tables: each width is one call, and narrow tables read fine as Docs lays them out.
  if (widths && widths.length === cols && cols >= 6) {
    const total = widths.reduce((a, b) => a + b, 0);
    widths.forEach((w, c) => {
      table.setColumnWidth(c, Math.round((w / total) * PAGE_WIDTH_PT));
    });
  }
}

function first0(rows: string[][]): number {
  return rows.length && rows[0]!.length ? rows.length : 0;
}

export function saveAndClose(doc: Document): void {
  doc.saveAndClose();
}
