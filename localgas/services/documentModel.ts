// The Docs fake's model of a document: its body as paragraphs and tables, as DocumentApp builds it, and the
// version the saved .docx was written from.

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

/** The doc's text, paragraph by paragraph and table rows as tab-joined cells (Body.getText, tests, the CLI). */
export function textOfBody(body: readonly DocElement[]): string {
  return body.map((e) => (e.t === 'p' ? e.text : e.rows.map((r) => r.join('\t')).join('\n'))).join('\n');
}

/** The title paragraph's text, else the first text. */
export function titleOf(rec: DocRecord): string {
  const t =
    rec.body.find((e) => e.t === 'p' && e.heading === 'TITLE') ?? rec.body.find((e) => e.t === 'p' && e.text);
  return t && t.t === 'p' ? t.text : '';
}
