// The layering, checked on the source: Apps Script types and globals stay in src/gas; the use cases
// (src/app) get their services as ports and import nothing from src/gas; the domain imports neither.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname, '..', '..', 'src');

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? tsFiles(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );
}

const files = tsFiles(SRC).map((f) => ({ path: relative(SRC, f), text: readFileSync(f, 'utf8') }));
const above = files.filter((f) => !f.path.startsWith('gas/'));

describe('layering of src/', () => {
  it('finds the files it checks', () => {
    expect(above.map((f) => f.path)).toEqual(
      expect.arrayContaining(['main.ts', 'app/ports.ts', 'ui/addon.ts']),
    );
  });

  it('names no GoogleAppsScript type above src/gas', () => {
    const offenders = above.filter((f) => /\bGoogleAppsScript\b/.test(f.text)).map((f) => f.path);
    expect(offenders).toEqual([]);
  });

  it('src/app imports nothing from src/gas or src/ui (use cases receive their ports)', () => {
    const offenders = files
      .filter((f) => f.path.startsWith('app/'))
      .filter((f) => /from '\.\.\/(gas|ui)\//.test(f.text))
      .map((f) => f.path);
    expect(offenders).toEqual([]);
  });

  it('src/domain imports only src/domain', () => {
    const offenders = files
      .filter((f) => f.path.startsWith('domain/'))
      .filter((f) => /from '\.\.\/(\.\.\/)?(gas|app|ui|main)\b/.test(f.text))
      .map((f) => f.path);
    expect(offenders).toEqual([]);
  });

  it('no Apps Script global is called above src/gas', () => {
    const globals =
      /\b(SpreadsheetApp|DocumentApp|DriveApp|MailApp|PropertiesService|LockService|ScriptApp|CardService|HtmlService|Session|Utilities|Calendar)\.\w/;
    const offenders = above
      .filter((f) => globals.test(f.text.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')))
      .map((f) => f.path);
    expect(offenders).toEqual([]);
  });
});
