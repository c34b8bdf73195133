// Row keys: every plan row gets a stable key in a hidden system column. It moves with the row when
// people sort or insert; a copied row carries a duplicate, which the first row keeps and the copy loses.
// Keys use base32hex (0-9, a-v) so they can be part of Calendar event ids.

const ALPHABET = '0123456789abcdefghijklmnopqrstuv';

export function isKey(s: string): boolean {
  return /^[0-9a-v]{10}$/.test(s);
}

/** A new key from a random source returning numbers in [0, 1). */
export function newKey(random: () => number): string {
  let k = '';
  for (let i = 0; i < 10; i++) k += ALPHABET[Math.floor(random() * 32) % 32];
  return k;
}

/**
 * Given the key cell of each row (in sheet order; '' for rows without content),
 * returns the keys rows must have: kept where valid and first seen, new ones elsewhere.
 */
export function assignKeys(cells: string[], hasContent: boolean[], random: () => number): string[] {
  const seen = new Set<string>();
  for (const c of cells) if (isKey(c)) seen.add(c);
  const used = new Set<string>();
  return cells.map((c, i) => {
    if (!hasContent[i]) return c;
    if (isKey(c) && !used.has(c)) {
      used.add(c);
      return c;
    }
    let k = newKey(random);
    while (seen.has(k) || used.has(k)) k = newKey(random);
    used.add(k);
    return k;
  });
}
