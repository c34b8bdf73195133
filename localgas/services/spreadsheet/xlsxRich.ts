// What a person makes of a typed cell in Excel or LibreOffice, read from and written to plan.xlsx with
// exceljs: rich text runs, a cell's hyperlink, merged ranges (the model's side: merges.ts).
import type ExcelJS from 'exceljs';
import { lettersToCol } from './a1';
import type { MergeModel, RichRun, RunFont } from './merges';
import type { CellFormat } from './model';

function colorOf(argb: string): string {
  return `#${argb.slice(-6).toLowerCase()}`;
}

function runFont(font: Partial<ExcelJS.Font> | undefined): RunFont | undefined {
  if (!font) return undefined;
  const f: RunFont = {};
  if (font.bold) f.bold = true;
  if (font.italic) f.italic = true;
  if (font.underline) f.underline = true;
  if (font.strike) f.strike = true;
  if (font.color?.argb) f.color = colorOf(font.color.argb);
  if (typeof font.size === 'number') f.size = font.size;
  if (font.name) f.name = font.name;
  return Object.keys(f).length ? f : undefined;
}

function excelFont(f: RunFont | undefined): Partial<ExcelJS.Font> | undefined {
  if (!f) return undefined;
  const out: Partial<ExcelJS.Font> = {};
  if (f.bold) out.bold = true;
  if (f.italic) out.italic = true;
  if (f.underline) out.underline = true;
  if (f.strike) out.strike = true;
  if (f.color) out.color = { argb: `FF${f.color.slice(1).toUpperCase()}` };
  if (f.size) out.size = f.size;
  if (f.name) out.name = f.name;
  return out;
}

function runsOf(v: unknown): RichRun[] | undefined {
  const list = (v as { richText?: ExcelJS.RichText[] } | null)?.richText;
  if (!Array.isArray(list)) return undefined;
  return list.map((r) => {
    const font = runFont(r.font);
    return font ? { text: r.text, font } : { text: r.text };
  });
}

/** The runs and link of a cell as read (only what the cell has). */
export function readTextFormat(cell: ExcelJS.Cell): Pick<CellFormat, 'rich' | 'link'> {
  const raw = cell.value as unknown;
  if (raw === null || typeof raw !== 'object') return {};
  const o = raw as { hyperlink?: unknown; text?: unknown };
  const out: Pick<CellFormat, 'rich' | 'link'> = {};
  if (typeof o.hyperlink === 'string' && o.hyperlink) out.link = o.hyperlink;
  const rich = runsOf('hyperlink' in o ? o.text : raw);
  if (rich?.some((r) => r.font)) out.rich = rich;
  return out;
}

/**
 * Writes a text cell with its runs and link when they still describe its text (the model drops them
 * when the value changes; a mismatch here means they are stale and are left out). False: not written.
 */
export function writeTextCell(cell: ExcelJS.Cell, text: string, f: CellFormat | undefined): boolean {
  const rich =
    f?.rich && f.rich.map((r) => r.text).join('') === text
      ? {
          richText: f.rich.map((r) => {
            const font = excelFont(r.font);
            return font ? { text: r.text, font } : { text: r.text };
          }),
        }
      : null;
  if (f?.link) {
    cell.value = { text: (rich ?? text) as string, hyperlink: f.link };
    return true;
  }
  if (rich) {
    cell.value = rich;
    return true;
  }
  return false;
}

/** 'A1:C2' ranges as the worksheet model lists them. */
export function readMerges(ws: ExcelJS.Worksheet): MergeModel[] {
  const list = (ws.model as { merges?: string[] }).merges ?? [];
  const out: MergeModel[] = [];
  for (const r of list) {
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(r);
    if (!m) continue;
    out.push({
      row: Number(m[2]),
      col: lettersToCol(m[1]!),
      rowEnd: Number(m[4]),
      colEnd: lettersToCol(m[3]!),
    });
  }
  return out;
}

export function writeMerges(ws: ExcelJS.Worksheet, merges: MergeModel[] | undefined): void {
  for (const m of merges ?? []) ws.mergeCells(m.row, m.col, m.rowEnd, m.colEnd);
}
