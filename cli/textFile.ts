// A plan's text file as people save it: UTF-8 (with or without BOM), Windows-1251 (Notepad and Word's
// «Обычный текст» on Russian Windows), UTF-16 (Word's and Excel's «Текст Юникод», with a BOM, or without
// one when a converter drops it). Detected from the bytes; anything else is refused with a message
// instead of importing rows of «�».
import { readFileSync } from 'node:fs';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251';

export class TextFileError extends Error {}

/** Share of a text's letters that are Cyrillic or Latin, spaces, digits and punctuation. */
function plausible(text: string): number {
  if (text.length === 0) return 1;
  const ok = text.match(/[\p{Script=Cyrillic}\p{Script=Latin}\p{N}\p{P}\p{Zs}\t\r\n№«»—–‑]/gu)?.length ?? 0;
  return ok / text.length;
}

function utf16Guess(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(b.length - (b.length % 2), 4096);
  if (n < 4) return null;
  // Russian text in UTF-16: a letter is 0x04xx, an ASCII character 0x00xx — so one byte of nearly every
  // pair is 0x00 or 0x04 (the high byte: second in little-endian, first in big-endian).
  let le = 0;
  let be = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i + 1] === 0 || b[i + 1] === 4) le++;
    if (b[i] === 0 || b[i] === 4) be++;
  }
  const pairs = n / 2;
  if (le >= pairs * 0.6 && le > be) return 'utf-16le';
  if (be >= pairs * 0.6 && be > le) return 'utf-16be';
  return null;
}

/** The text of a file's bytes and the encoding it was found in; throws TextFileError when it is none. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const b = bytes;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(b.subarray(3)), encoding: 'utf-8' };
  if (b[0] === 0xff && b[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(b.subarray(2)), encoding: 'utf-16le' };
  if (b[0] === 0xfe && b[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(b.subarray(2)), encoding: 'utf-16be' };
  const wide = utf16Guess(b);
  if (wide) {
    const text = new TextDecoder(wide).decode(b);
    if (plausible(text) > 0.9) return { text, encoding: wide };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(b);
    if (!text.includes('\u0000')) return { text, encoding: 'utf-8' };
  } catch {
    // not UTF-8: try the Russian 8-bit code page below
  }
  const cp = new TextDecoder('windows-1251').decode(b);
  if (plausible(cp) > 0.9 && /\p{Script=Cyrillic}/u.test(cp) && !cp.includes('\u0000'))
    return { text: cp, encoding: 'windows-1251' };
  throw new TextFileError(
    'Не удалось прочитать текст файла: это не UTF-8, не UTF-16 и не Windows-1251 (а может быть, и не текст вовсе — например, .doc или .pdf). Откройте файл в Блокноте или Word и сохраните как «Текст в кодировке UTF-8» (Word: «Обычный текст» → «Юникод (UTF-8)»), затем импортируйте снова.',
  );
}

/** Reads a plan text file in whichever of the encodings above it is saved. */
export function readPlanText(file: string): { text: string; encoding: TextEncoding } {
  return decodeText(new Uint8Array(readFileSync(file)));
}
