// A1 notation helpers for the adapters: column letters and the header row as a sheet gives it.

/** Column letters of a 1-based column: 1 → A, 27 → AA. */
export function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A row without its trailing empty cells (a whole-row range '1:1' reaches the last column of the grid). */
export function trimRow(row: unknown[]): unknown[] {
  let n = row.length;
  while (n > 0 && (row[n - 1] === '' || row[n - 1] === null || row[n - 1] === undefined)) n--;
  return row.slice(0, n);
}
