// A Word plan (.docx: word/document.xml, and word/numbering.xml for numbered lists) as the text the
// importer reads: paragraphs as lines (numbered ones with their number, which Word does not store in the
// text), tables as TSV — a cell merged across columns (gridSpan) is its text and empty cells, a cell
// merged down (vMerge) repeats the text above, a cell's paragraphs and line breaks become one quoted
// multi-line cell. The tree comes from XmlService (gas/planFile.ts) or any XML parser: local names.

export interface XNode {
  /** Local name: 'p', 'tbl', 't'… */
  name: string;
  /** Attributes by local name: 'val'… */
  attrs: Record<string, string>;
  /** The element's own text (for 't'). */
  text: string;
  children: XNode[];
}

const kids = (n: XNode, name: string) => n.children.filter((c) => c.name === name);
const kid = (n: XNode | undefined, name: string) => n?.children.find((c) => c.name === name);

/** numId → ilvl → true when that level is numbered with digits (not bullets). */
export type Numbering = Map<string, Map<string, boolean>>;

export function readNumbering(root: XNode | null): Numbering {
  const out: Numbering = new Map();
  if (!root) return out;
  const abstract = new Map<string, Map<string, boolean>>();
  for (const a of kids(root, 'abstractNum')) {
    const levels = new Map<string, boolean>();
    for (const l of kids(a, 'lvl')) {
      const fmt = kid(l, 'numFmt')?.attrs['val'] ?? 'decimal';
      levels.set(l.attrs['ilvl'] ?? '0', fmt !== 'bullet' && fmt !== 'none');
    }
    abstract.set(a.attrs['abstractNumId'] ?? '', levels);
  }
  for (const n of kids(root, 'num')) {
    const levels = abstract.get(kid(n, 'abstractNumId')?.attrs['val'] ?? '');
    if (levels) out.set(n.attrs['numId'] ?? '', levels);
  }
  return out;
}

function runText(n: XNode): string {
  if (n.name === 't') return n.text;
  if (n.name === 'tab') return ' ';
  if (n.name === 'br' || n.name === 'cr') return '\n';
  if (n.name === 'delText' || n.name === 'pPr' || n.name === 'rPr' || n.name === 'instrText') return '';
  return n.children.map(runText).join('');
}

class Counter {
  private counts = new Map<string, number[]>();
  constructor(private readonly numbering: Numbering) {}
  /** The number Word shows before a paragraph («3.»), or ''. */
  label(p: XNode): string {
    const numPr = kid(kid(p, 'pPr'), 'numPr');
    if (!numPr) return '';
    const id = kid(numPr, 'numId')?.attrs['val'] ?? '0';
    const lvl = Number(kid(numPr, 'ilvl')?.attrs['val'] ?? '0');
    if (id === '0') return '';
    const levels = this.numbering.get(id);
    const c = this.counts.get(id) ?? [];
    c[lvl] = (c[lvl] ?? 0) + 1;
    c.length = lvl + 1;
    this.counts.set(id, c);
    if (levels && levels.get(String(lvl)) === false) return '';
    return lvl === 0 ? c[0] + '.' : c.slice(0, lvl + 1).join('.') + '.';
  }
}

function paragraphText(p: XNode, counter: Counter): string {
  const label = counter.label(p);
  const text = p.children
    .map(runText)
    .join('')
    .replace(/[ \u00A0]+/g, ' ')
    .trim();
  return label && text ? label + ' ' + text : label || text;
}

const quote = (c: string) => (/[\t\n"]/.test(c) ? '"' + c.replace(/"/g, '""') + '"' : c);

function cellText(tc: XNode, counter: Counter): string {
  const parts: string[] = [];
  for (const c of tc.children) {
    if (c.name === 'p') parts.push(paragraphText(c, counter));
    else if (c.name === 'tbl') parts.push(tableLines(c, counter).join(' '));
    else if (c.name === 'sdt') parts.push(cellText(kid(c, 'sdtContent') ?? c, counter));
  }
  return parts
    .filter((x) => x !== '')
    .join('\n')
    .replace(/\t/g, ' ');
}

function tableLines(tbl: XNode, counter: Counter): string[] {
  const lines: string[] = [];
  let above: string[] = [];
  for (const tr of kids(tbl, 'tr')) {
    const row: string[] = [];
    for (const tc of kids(tr, 'tc')) {
      const pr = kid(tc, 'tcPr');
      const span = Math.max(1, Number(kid(pr, 'gridSpan')?.attrs['val'] ?? '1') || 1);
      const vMerge = kid(pr, 'vMerge');
      const col = row.length;
      // a cell merged down: the text of the first cell of the merge, on every row it covers
      const text = vMerge && vMerge.attrs['val'] !== 'restart' ? (above[col] ?? '') : cellText(tc, counter);
      row.push(text);
      for (let i = 1; i < span; i++) row.push('');
    }
    above = row;
    if (row.some((c) => c.trim() !== '')) lines.push(row.map(quote).join('\t'));
  }
  return lines;
}

/** The plan text of a Word document's body (the root of word/document.xml). */
export function docxToText(document: XNode, numbering: XNode | null = null): string {
  const body = kid(document, 'body') ?? document;
  const counter = new Counter(readNumbering(numbering));
  const lines: string[] = [];
  const walk = (nodes: XNode[]) => {
    for (const n of nodes) {
      if (n.name === 'p') {
        const t = paragraphText(n, counter);
        if (t) lines.push(...t.split('\n').map((x) => x.replace(/\t/g, ' ')));
      } else if (n.name === 'tbl') lines.push(...tableLines(n, counter));
      else if (n.name === 'sdt') walk(kid(n, 'sdtContent')?.children ?? []);
    }
  };
  walk(body.children);
  return lines.join('\n') + '\n';
}
