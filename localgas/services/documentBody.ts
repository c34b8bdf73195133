// The objects of a doc's body in the Docs fake: Body, Paragraph, Text, Table, TableRow, TableCell, each
// counted by the meter and writing to the doc's model (documentModel.ts).
import { counted } from '../meter';
import { type DocElement, type DocRecord, textOfBody } from './documentModel';

/** What the body's objects need of the fake: the meter, and a check that the doc is open (its version bumped). */
export interface Editing {
  hit(method: string): void;
  editable(rec: DocRecord): void;
}

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

/** A setAttributes object as plain entries; values of the enums (headings, alignments) are their names. */
function attributesOf(attrs: unknown): Record<string, unknown> {
  if (!attrs || typeof attrs !== 'object') throw new Error('Invalid argument: attributes');
  return Object.fromEntries(Object.entries(attrs as Record<string, unknown>).map(([k, v]) => [String(k), v]));
}

/** Docs' error for an index past the last child (R/document/table#getRow(Integer) and the like). */
function childIndexError(index: number, count: number): Error {
  return new Error(`Child index (${index}) must be less than the number of child elements (${count}).`);
}

/** Body: a doc's content, appended to paragraph by paragraph and table by table. */
export function bodyOf(rec: DocRecord, ed: Editing): Body {
  const hit = ed.hit;
  const body: Body = {
    clear: () => {
      hit('Body.clear');
      ed.editable(rec);
      // Like Docs, a cleared body keeps one empty paragraph.
      rec.body = [{ t: 'p', text: '', heading: 'NORMAL' }];
      return body as GoogleAppsScript.Document.Body;
    },
    appendParagraph: ((text: string) => {
      hit('Body.appendParagraph');
      ed.editable(rec);
      const el: DocElement = { t: 'p', text: String(text), heading: 'NORMAL' };
      rec.body.push(el);
      return paragraphOf(rec, el, ed) as GoogleAppsScript.Document.Paragraph;
    }) as Body['appendParagraph'],
    appendTable: ((cells?: string[][]) => {
      hit('Body.appendTable');
      ed.editable(rec);
      const rows = (cells ?? []).map((r) => r.map((c) => String(c ?? '')));
      const width = Math.max(0, ...rows.map((r) => r.length));
      // Docs pads short rows (R/document/body#appendTable(String)).
      const el: DocElement = {
        t: 'table',
        rows: rows.map((r) => [...r, ...Array(width - r.length).fill('')]),
        widths: Array(width).fill(null),
      };
      rec.body.push(el);
      return tableOf(rec, el, ed) as GoogleAppsScript.Document.Table;
    }) as Body['appendTable'],
    getParagraphs: () => {
      hit('Body.getParagraphs');
      return rec.body
        .filter((e): e is DocElement & { t: 'p' } => e.t === 'p')
        .map((e) => paragraphOf(rec, e, ed)) as never;
    },
    getText: () => counted(hit, 'Body.getText', () => textOfBody(rec.body)),
    getNumChildren: () => counted(hit, 'Body.getNumChildren', () => rec.body.length),
  };
  return body;
}

function paragraphOf(rec: DocRecord, el: DocElement & { t: 'p' }, ed: Editing): Para {
  const hit = ed.hit;
  const p: Para = {
    setText: (text: string) => {
      hit('Paragraph.setText');
      ed.editable(rec);
      el.text = String(text);
    },
    getText: () => counted(hit, 'Paragraph.getText', () => el.text),
    setHeading: (h: GoogleAppsScript.Document.ParagraphHeading) => {
      hit('Paragraph.setHeading');
      ed.editable(rec);
      el.heading = String(h);
      return p as GoogleAppsScript.Document.Paragraph;
    },
    setAlignment: (a: GoogleAppsScript.Document.HorizontalAlignment) => {
      hit('Paragraph.setAlignment');
      ed.editable(rec);
      el.align = String(a);
      return p as GoogleAppsScript.Document.Paragraph;
    },
    setAttributes: (attrs: unknown) => {
      hit('Paragraph.setAttributes');
      ed.editable(rec);
      const a = attributesOf(attrs);
      if (a['HEADING'] !== undefined) el.heading = String(a['HEADING']);
      if (a['HORIZONTAL_ALIGNMENT'] !== undefined) el.align = String(a['HORIZONTAL_ALIGNMENT']);
      if (a['BOLD'] !== undefined && a['BOLD'] !== null) el.bold = Boolean(a['BOLD']);
      if (a['ITALIC'] !== undefined && a['ITALIC'] !== null) el.italic = Boolean(a['ITALIC']);
      return p as GoogleAppsScript.Document.Paragraph;
    },
    editAsText: () => {
      hit('Paragraph.editAsText');
      return textOf(
        rec,
        el.text,
        (k, v) => {
          el[k] = v;
        },
        ed,
      ) as GoogleAppsScript.Document.Text;
    },
  };
  return p;
}

function textOf(
  rec: DocRecord,
  content: string,
  set: (k: 'bold' | 'italic', v: boolean) => void,
  ed: Editing,
): Text {
  const hit = ed.hit;
  const t: Text = {
    setBold: ((v: boolean) => {
      hit('Text.setBold');
      ed.editable(rec);
      set('bold', Boolean(v));
      return t as GoogleAppsScript.Document.Text;
    }) as Text['setBold'],
    setItalic: ((v: boolean) => {
      hit('Text.setItalic');
      ed.editable(rec);
      set('italic', Boolean(v));
      return t as GoogleAppsScript.Document.Text;
    }) as Text['setItalic'],
    getText: () => counted(hit, 'Text.getText', () => content),
  };
  return t;
}

function tableOf(rec: DocRecord, el: DocElement & { t: 'table' }, ed: Editing): Table {
  const hit = ed.hit;
  const t: Table = {
    setBorderColor: (c: string) => {
      hit('Table.setBorderColor');
      ed.editable(rec);
      el.border = String(c);
      return t as GoogleAppsScript.Document.Table;
    },
    setColumnWidth: (col: number, w: number) => {
      hit('Table.setColumnWidth');
      ed.editable(rec);
      if (col < 0 || col >= el.widths.length) throw childIndexError(col, el.widths.length);
      el.widths[col] = Number(w);
      return t as GoogleAppsScript.Document.Table;
    },
    getNumRows: () => counted(hit, 'Table.getNumRows', () => el.rows.length),
    getRow: (r: number) => {
      hit('Table.getRow');
      if (r !== 0 || el.rows.length === 0) {
        if (r < 0 || r >= el.rows.length) throw childIndexError(r, el.rows.length);
      }
      return rowOf(rec, el, r, ed) as GoogleAppsScript.Document.TableRow;
    },
  };
  return t;
}

/** Only the header row (row 0) keeps its styling; the report styles nothing else. */
function rowOf(rec: DocRecord, el: DocElement & { t: 'table' }, r: number, ed: Editing): Row {
  const hit = ed.hit;
  const row: Row = {
    getNumCells: () => counted(hit, 'TableRow.getNumCells', () => el.rows[r]!.length),
    // A container's text attributes apply to all the text in it (R/document/table-row#setAttributes(Object)).
    setAttributes: (attrs: unknown) => {
      hit('TableRow.setAttributes');
      ed.editable(rec);
      const a = attributesOf(attrs);
      if (r === 0 && a['BOLD'] !== undefined) el.headerBold = Boolean(a['BOLD']);
      if (r === 0 && typeof a['BACKGROUND_COLOR'] === 'string') el.headerBackground = a['BACKGROUND_COLOR'];
      return row as GoogleAppsScript.Document.TableRow;
    },
    editAsText: () => {
      hit('TableRow.editAsText');
      return textOf(
        rec,
        el.rows[r]!.join('\t'),
        (k, v) => {
          if (r === 0 && k === 'bold') el.headerBold = v;
        },
        ed,
      ) as GoogleAppsScript.Document.Text;
    },
    getCell: (c: number) => {
      hit('TableRow.getCell');
      if (c < 0 || c >= el.rows[r]!.length) throw childIndexError(c, el.rows[r]!.length);
      const cell: Cell = {
        setBackgroundColor: (color: string) => {
          hit('TableCell.setBackgroundColor');
          ed.editable(rec);
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
