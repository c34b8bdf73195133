// Word documents made from the corpus plans, as a school's .docx holds them: the heading as paragraphs,
// the table with a merged row across it for a section (gridSpan), one cell merged down where rows
// share a value (vMerge), multi-line cells as paragraphs, the № column auto-numbered by Word when it
// counts 1, 2, 3… (so document.xml holds no digits there). And the reading side for node tests.
import {
  AlignmentType,
  Document,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  WidthType,
} from 'docx';
import { parseXml } from '../localgas/services/xml';
import { readZip } from '../localgas/zip';
import { parseDelimited } from '../src/domain/delimited';
import { docxToText, type XNode } from '../src/domain/docxPlan';

const paragraphs = (text: string, numbered = false) =>
  numbered
    ? [new Paragraph({ text: '', numbering: { reference: 'no', level: 0 } })]
    : text.split('\n').map((line) => new Paragraph({ text: line }));

/** A .docx of a TSV plan (heading lines, then a header row and rows). */
export async function planDocx(tsv: string): Promise<Buffer> {
  const records = parseDelimited(tsv, '\t').filter((r) => r.fields.some((f) => f.trim() !== ''));
  const headerAt = records.findIndex((r) => r.fields.length >= 3);
  const heading = records.slice(0, Math.max(0, headerAt)).map((r) => r.fields.join(' '));
  const table = records.slice(Math.max(0, headerAt));
  const width = table[0]?.fields.length ?? 1;
  const numbers = table
    .slice(1)
    .filter((r) => r.fields.length > 1)
    .map((r) => r.fields[0]?.trim() ?? '');
  const autoNumber = numbers.length > 1 && numbers.every((n, i) => n.replace(/\.$/, '') === String(i + 1));
  // rows sharing the next row's value in this column are merged down in it (the Сроки, or the last column)
  const mergeCol = Math.min(3, width - 1);
  const rows: TableRow[] = [];
  for (let r = 0; r < table.length; r++) {
    const f = table[r]!.fields;
    if (f.filter((x) => x.trim() !== '').length === 1 && r > 0) {
      rows.push(
        new TableRow({
          children: [new TableCell({ children: paragraphs(f.find((x) => x.trim())!), columnSpan: width })],
        }),
      );
      continue;
    }
    const cells: TableCell[] = [];
    for (let c = 0; c < width; c++) {
      const v = f[c] ?? '';
      const prev = table[r - 1]?.fields;
      if (r > 1 && c === mergeCol && prev && prev.length > 1 && prev[c] === v && v !== '') continue;
      let span = 1;
      while (
        r > 0 &&
        c === mergeCol &&
        v !== '' &&
        (table[r + span]?.fields.length ?? 0) > 1 &&
        table[r + span]!.fields[c] === v
      )
        span++;
      const numbered = autoNumber && r > 0 && c === 0;
      cells.push(new TableCell({ children: paragraphs(v, numbered), rowSpan: span }));
    }
    rows.push(new TableRow({ children: cells, tableHeader: r === 0 }));
  }
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'no',
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT }],
        },
      ],
    },
    sections: [
      {
        children: [
          ...heading.map((h) => new Paragraph({ text: h })),
          new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** A .docx of numbered lines: Word's own list numbering, no digits typed. */
export async function numberedDocx(heading: string, lines: string[]): Promise<Buffer> {
  const doc = new Document({
    numbering: {
      config: [{ reference: 'no', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.' }] }],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: heading }),
          ...lines.map((l) => new Paragraph({ text: l, numbering: { reference: 'no', level: 0 } })),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

function toNode(n: ReturnType<typeof parseXml>): XNode {
  const attrs: Record<string, string> = {};
  for (const a of n.attrs ?? []) attrs[a.name] = a.value;
  const children = (n.children ?? []).filter((c) => c.kind === 'el').map(toNode);
  const text = (n.children ?? [])
    .filter((c) => c.kind === 'text')
    .map((c) => c.text ?? '')
    .join('');
  return { name: n.name ?? '', attrs, text: n.name === 't' ? text : '', children };
}

/** The plan text of a .docx read in node (the same fakes the emulator's Utilities and XmlService use). */
export function docxText(buf: Buffer): string {
  const entries = readZip(buf);
  const part = (name: string) => {
    const e = entries.find((x) => x.name === name);
    return e ? toNode(parseXml(e.data.toString('utf8'))) : null;
  };
  return docxToText(part('word/document.xml')!, part('word/numbering.xml'));
}
