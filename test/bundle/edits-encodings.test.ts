// Plan text files as people save them (issue 12): Windows-1251, UTF-16 with and without BOM import the
// same rows as UTF-8; a file in none of them is refused with a message, not imported as rows of «�».
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../cli/textFile';
import { REPO_ROOT } from '../../localgas/paths';
import { tempDir } from '../helpers';
import { SEED } from './edits';

/** Windows-1251, written out here from its table (Node has no encoder for it). */
function cp1251(text: string): Uint8Array {
  const extra: Record<string, number> = {
    Ё: 0xa8,
    ё: 0xb8,
    '№': 0xb9,
    '«': 0xab,
    '»': 0xbb,
    '–': 0x96,
    '—': 0x97,
    '\u00a0': 0xa0,
  };
  return Uint8Array.from(
    [...text].map((ch) => {
      const c = ch.codePointAt(0)!;
      if (c < 0x80) return c;
      if (c >= 0x410 && c <= 0x44f) return c - 0x410 + 0xc0;
      if (ch in extra) return extra[ch]!;
      throw new Error(`not in cp1251: ${ch}`);
    }),
  );
}

function utf16(text: string, be: boolean, bom: boolean): Uint8Array {
  const b = Buffer.from((bom ? '\ufeff' : '') + text, 'utf16le');
  if (be) b.swap16();
  return new Uint8Array(b);
}

const rowsOf = (out: string) => Number(/Строк в тексте: (\d+)/.exec(out)?.[1] ?? -1);

const cli = (...args: string[]) =>
  spawnSync(process.execPath, [join(REPO_ROOT, 'bin/planbook.cjs'), ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });

/** A set-up workspace to preview imports in (import refuses a folder that is not one). */
let workspace = '';

function preview(bytes: Uint8Array) {
  if (!workspace) {
    workspace = join(tempDir(), 'ws');
    const r = cli('setup', '--workspace', workspace, '--school', 'Школа');
    if (r.status !== 0) throw new Error(r.stderr);
  }
  const file = join(tempDir(), 'plan.txt');
  writeFileSync(file, bytes);
  return cli('import', file, '--preview', '--workspace', workspace);
}

describe('encodings of imported text files', () => {
  it('detects each encoding from the bytes alone', () => {
    const cases: [Uint8Array, string][] = [
      [new TextEncoder().encode(SEED), 'utf-8'],
      [new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(SEED)]), 'utf-8'],
      [cp1251(SEED), 'windows-1251'],
      [utf16(SEED, false, true), 'utf-16le'],
      [utf16(SEED, false, false), 'utf-16le'],
      [utf16(SEED, true, true), 'utf-16be'],
      [utf16(SEED, true, false), 'utf-16be'],
    ];
    for (const [bytes, enc] of cases) {
      const got = decodeText(bytes);
      expect(got.encoding, enc).toBe(enc);
      expect(got.text.replace(/^\ufeff/, ''), enc).toBe(SEED);
    }
    // a short one-line plan in cp1251 too
    expect(decodeText(cp1251('1. Неделя детской книги — март — библиотека')).text).toContain('Неделя');
  });

  it('the CLI imports cp1251 and BOM-less UTF-16 as it imports UTF-8, and refuses a binary file', () => {
    const want = rowsOf(preview(new TextEncoder().encode(SEED)).stdout);
    expect(want).toBeGreaterThan(10);
    for (const bytes of [cp1251(SEED), utf16(SEED, false, false)]) {
      const r = preview(bytes);
      expect(r.status, r.stderr).toBe(0);
      expect(rowsOf(r.stdout)).toBe(want);
      expect(r.stdout).not.toContain('�');
    }
    const pdfish = new Uint8Array(2048).map((_, i) => (i * 73 + 11) % 256);
    const bad = preview(pdfish);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/UTF-8.*Windows-1251/);
  });
});
