// Row identity that survives what people do to the sheet (issue 12). Pure.
//
// A row's key lives in the hidden Ключ column. A person who sorts only the columns they see (A:I, the
// usual selection) moves the rows' contents and leaves the keys behind; a person who types into the key
// cell replaces it. So each key cell carries a witness in its note, written with the key:
//   planbook <key> <content signature> <title signature> <Sync hash> <Problems hash> <rest signature>
// The witness travels with the key cell (and with Sync and Problems beside it), the content with the
// person's columns. Reading the plan, a row whose content no longer matches its key cell's witness is
// given the key whose witness names that content (the sort), else the key its own witness names (an
// edited key, an edited row), else a new key. Two hashes also tell whether a person typed into Sync or
// Problems since planbook wrote them: their text is then kept in the cell's note, never erased.
// Lines after the first of the witness note hold what a person typed into the key cell itself.

import { isKey, newKey } from './keys';
import type { PlanRow } from './plan';
import { shortHash } from './reminders';

const TAG = 'planbook';

export interface Witness {
  key: string;
  sig: string;
  title: string;
  sync: string;
  problems: string;
  /** Signature of the content but the title ('' in older witnesses). */
  rest: string;
  /** Lines a person's text was kept in (typed into the key cell). */
  extra: string[];
}

const norm = (s: string) => s.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();

function dateText(v: unknown): string {
  if (Object.prototype.toString.call(v) === '[object Date]') return String((v as Date).getTime());
  return v === null || v === undefined ? '' : String(v).trim();
}

/** What identifies a row's content: the person's columns that make its events. */
export function rowSignature(r: Pick<PlanRow, 'title' | 'period' | 'date' | 'place' | 'responsibles'>): {
  sig: string;
  title: string;
  rest: string;
} {
  const title = norm(r.title);
  const rest = [norm(r.period), dateText(r.date), norm(r.place), norm(r.responsibles)].join('\u0001');
  return { sig: shortHash(`${title}\u0001${rest}`), title: shortHash(title), rest: shortHash(rest) };
}

/**
 * The row's content is the one its key cell's witness describes, or that content with the title or the
 * rest edited (one edit at a time). False means the content came from elsewhere (a sort of a selection,
 * a paste of another row) and only a read of the whole plan can tell which key it has.
 */
export function matchesWitness(w: Witness | null, s: { sig: string; title: string; rest: string }): boolean {
  return !w || w.sig === s.sig || w.title === s.title || (w.rest !== '' && w.rest === s.rest);
}

export function parseWitness(note: string): Witness | null {
  const lines = String(note ?? '').split('\n');
  const f = (lines[0] ?? '').trim().split(' ');
  if (f[0] !== TAG || f.length < 6 || !isKey(f[1]!)) return null;
  return {
    key: f[1]!,
    sig: f[2]!,
    title: f[3]!,
    sync: f[4]!,
    problems: f[5]!,
    rest: f[6] ?? '',
    extra: lines.slice(1),
  };
}

export function witnessNote(w: Witness): string {
  return [[TAG, w.key, w.sig, w.title, w.sync, w.problems, w.rest].join(' '), ...w.extra].join('\n');
}

export interface KeyedRow {
  /** The key cell as read. */
  cell: string;
  witness: Witness | null;
  sig: string;
  title: string;
}

export interface KeyChoice {
  key: string;
  /** No key cell or witness named it: a new row, or a row whose key column was lost. */
  fresh: boolean;
}

/**
 * The key each row must have (rows in sheet order, with content). Keys are unique; a copied row (same
 * key cell, same witness) keeps the key in its first place only.
 */
export function chooseKeys(rows: KeyedRow[], random: () => number): KeyChoice[] {
  const claimed = new Set<string>();
  const out: (KeyChoice | null)[] = rows.map(() => null);
  const bySig = new Map<string, string[]>();
  const byTitle = new Map<string, string[]>();
  const known = new Set<string>();
  for (const r of rows) {
    if (isKey(r.cell)) known.add(r.cell);
    if (!r.witness) continue;
    known.add(r.witness.key);
    for (const [m, k] of [
      [bySig, r.witness.sig],
      [byTitle, r.witness.title],
    ] as const) {
      const list = m.get(k) ?? [];
      list.push(r.witness.key);
      m.set(k, list);
    }
  }
  const take = (i: number, key: string | undefined): boolean => {
    if (out[i] || key === undefined || !isKey(key) || claimed.has(key)) return false;
    claimed.add(key);
    out[i] = { key, fresh: false };
    return true;
  };
  const firstFree = (keys: string[] | undefined, prefer?: string) =>
    prefer && keys?.includes(prefer) && !claimed.has(prefer) ? prefer : keys?.find((k) => !claimed.has(k));
  // 1. the key cell agrees with its witness and the content with both (or there is no witness yet)
  rows.forEach((r, i) => {
    if (!r.witness || (r.witness.key === r.cell && r.witness.sig === r.sig)) take(i, r.cell);
  });
  // 2. the content moved away from its key: the key whose witness names this very content
  rows.forEach((r, i) => {
    take(i, firstFree(bySig.get(r.sig), r.witness?.key));
  });
  // 3. the content was edited and moved: the key whose witness names this title
  rows.forEach((r, i) => {
    take(i, firstFree(byTitle.get(r.title), r.witness?.key));
  });
  // 4. edited in place (or the key cell typed over): the key the witness names, else the cell's
  rows.forEach((r, i) => {
    if (!take(i, r.witness?.key)) take(i, r.cell);
  });
  return out.map((c) => {
    if (c) return c;
    let k = newKey(random);
    while (known.has(k) || claimed.has(k)) k = newKey(random);
    claimed.add(k);
    return { key: k, fresh: true };
  });
}
