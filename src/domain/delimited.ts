// Delimited text (CSV with commas or semicolons, TSV): RFC 4180 quoting, including quoted new lines,
// lenient with stray quotes in the middle of a field (text pasted from Word).

export interface DelimitedRecord {
  fields: string[];
  /** 1-based line where the record starts, counted from lineOffset + 1. */
  line: number;
}

export function parseDelimited(text: string, delimiter: string, lineOffset = 0): DelimitedRecord[] {
  const out: DelimitedRecord[] = [];
  let fields: string[] = [];
  let cur = '';
  let line = lineOffset + 1;
  let recordLine = line;
  let i = 0;
  let atFieldStart = true;
  const endRecord = (): void => {
    fields.push(cur);
    out.push({ fields, line: recordLine });
    fields = [];
    cur = '';
    atFieldStart = true;
  };
  while (i < text.length) {
    const c = text.charAt(i);
    if (atFieldStart && c === '"') {
      // a quoted field
      let j = i + 1;
      let value = '';
      let closed = false;
      let lines = 0;
      while (j < text.length) {
        const q = text.charAt(j);
        if (q === '"') {
          if (text.charAt(j + 1) === '"') {
            value += '"';
            j += 2;
            continue;
          }
          closed = true;
          j++;
          break;
        }
        if (q === '\n') lines++;
        if (q !== '\r') value += q;
        j++;
      }
      const after = text.charAt(j);
      if (closed && (j >= text.length || after === delimiter || after === '\n' || after === '\r')) {
        cur = value;
        line += lines;
        i = j;
        atFieldStart = false;
        continue;
      }
      // not a well-formed quoted field: the quote is an ordinary character
      cur += c;
      atFieldStart = false;
      i++;
      continue;
    }
    atFieldStart = false;
    if (c === delimiter) {
      fields.push(cur);
      cur = '';
      atFieldStart = true;
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      endRecord();
      if (c === '\r' && text.charAt(i + 1) === '\n') i++;
      i++;
      line++;
      recordLine = line;
      continue;
    }
    cur += c;
    i++;
  }
  if (cur !== '' || fields.length > 0) endRecord();
  return out;
}
