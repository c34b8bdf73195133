// A1 notation: 'B2', 'A1:C5', 'A:A', 'A2:A', '7:7', with an optional sheet name ("'План'!A1:B2").

export interface A1 {
  sheetName?: string;
  row: number;
  col: number;
  /** null = to the end of the grid. */
  rowEnd: number | null;
  colEnd: number | null;
  /** 'cols' for 'A:C' (whole columns), 'rows' for '7:9' (whole rows). */
  kind: 'cells' | 'cols' | 'rows';
}

export function colToLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function lettersToCol(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const PART = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

export function splitSheetName(a1: string): { sheetName?: string; ref: string } {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return { ref: a1.trim() };
  let name = a1.slice(0, bang).trim();
  if (name.startsWith("'") && name.endsWith("'") && name.length >= 2)
    name = name.slice(1, -1).replace(/''/g, "'");
  return { sheetName: name, ref: a1.slice(bang + 1).trim() };
}

/** Parses A1 notation; returns null when it is not a range ('Range not found'). */
export function parseA1(a1: string): A1 | null {
  const { sheetName, ref } = splitSheetName(a1);
  const [a, b, extra] = ref.split(':');
  if (extra !== undefined || !a) return null;
  const pa = PART.exec(a);
  const pb = b === undefined ? pa : PART.exec(b);
  if (!pa || !pb) return null;
  const [ca, ra] = [pa[1]!, pa[2]!];
  const [cb, rb] = [pb[1]!, pb[2]!];
  const base = sheetName === undefined ? {} : { sheetName };
  if (ca && ra && cb && rb) {
    const [r1, r2] = [Number(ra), Number(rb)];
    const [c1, c2] = [lettersToCol(ca), lettersToCol(cb)];
    if (r1 < 1 || r2 < 1) return null;
    return {
      ...base,
      row: Math.min(r1, r2),
      rowEnd: Math.max(r1, r2),
      col: Math.min(c1, c2),
      colEnd: Math.max(c1, c2),
      kind: 'cells',
    };
  }
  if (b === undefined) return null;
  if (ca && cb && !rb) {
    // 'A:C' or 'A2:C'
    const [c1, c2] = [lettersToCol(ca), lettersToCol(cb)];
    const r1 = ra ? Number(ra) : 1;
    if (r1 < 1) return null;
    return {
      ...base,
      row: r1,
      rowEnd: null,
      col: Math.min(c1, c2),
      colEnd: Math.max(c1, c2),
      kind: ra ? 'cells' : 'cols',
    };
  }
  if (!ca && !cb && ra && rb) {
    const [r1, r2] = [Number(ra), Number(rb)];
    if (r1 < 1 || r2 < 1) return null;
    return { ...base, row: Math.min(r1, r2), rowEnd: Math.max(r1, r2), col: 1, colEnd: null, kind: 'rows' };
  }
  return null;
}

export function a1Of(row: number, col: number, numRows: number, numCols: number, kind: A1['kind']): string {
  if (kind === 'cols') return `${colToLetters(col)}:${colToLetters(col + numCols - 1)}`;
  if (kind === 'rows') return `${row}:${row + numRows - 1}`;
  const start = `${colToLetters(col)}${row}`;
  if (numRows === 1 && numCols === 1) return start;
  return `${start}:${colToLetters(col + numCols - 1)}${row + numRows - 1}`;
}
