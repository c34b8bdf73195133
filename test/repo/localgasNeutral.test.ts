// localgas/ is a local Apps Script that knows nothing of planbook (issue 17): no string literal, template
// part or identifier in localgas/*.ts names the product or its private keys. Comments are not code: they
// are trivia to TypeScript's own parser, so a word in a comment never trips this and a word in code
// always does. The product's names reach localgas as Runtime options (cli/product.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../localgas/paths';

const PRODUCT_WORDS = /planbook|pbkey/i;

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? tsFiles(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );
}

/** The strings, template parts and names of a source (its comments are trivia, not nodes): `line: text` of each naming the product. */
function productTokens(source: string): string[] {
  const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, true);
  const hits: string[] = [];
  const visit = (node: ts.Node): void => {
    const named = ts.isIdentifier(node) || ts.isPrivateIdentifier(node) || ts.isStringLiteralLike(node);
    const text = named || ts.isTemplateLiteralToken(node) ? node.getText(file) : '';
    if (PRODUCT_WORDS.test(text)) {
      hits.push(`${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}: ${text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return hits;
}

describe('localgas knows nothing of planbook', () => {
  it('finds a product word in code and not in a comment (the check itself can fail)', () => {
    expect(productTokens("// planbook\nconst a = 'x'; /* pbKey */")).toEqual([]);
    expect(productTokens("const a = 'planbook';")).toEqual(["1: 'planbook'"]);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source of a template, parsed as TypeScript
    expect(productTokens('const x = 1;\nconst pbKey = `a${x}b planbook`;')).toEqual([
      '2: pbKey',
      '2: }b planbook`',
    ]);
  });

  it('no string or identifier in localgas/*.ts names planbook', () => {
    const root = join(REPO_ROOT, 'localgas');
    const found = tsFiles(root).flatMap((f) =>
      productTokens(readFileSync(f, 'utf8')).map((h) => `${relative(REPO_ROOT, f)}:${h}`),
    );
    expect(found).toEqual([]);
  });
});
