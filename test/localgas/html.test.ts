// The HtmlService fake's templates: scriptlets, contextual escaping, raw printing, files from dist/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HtmlServiceFake } from '../../localgas/services/html';
import { fakeContext, tempDir } from '../helpers';

function service(files: Record<string, string> = {}) {
  const dir = tempDir('planbook-html-');
  mkdirSync(dir, { recursive: true });
  for (const [n, c] of Object.entries(files)) writeFileSync(join(dir, n), c);
  const ctx = fakeContext();
  const fake = new HtmlServiceFake(ctx, dir);
  return { ctx, html: fake.globals()['HtmlService'] as GoogleAppsScript.HTML.HtmlService };
}

describe('HtmlService fake', () => {
  it('evaluates <? ?>, escapes <?= ?> in HTML and prints <?!= ?> raw', () => {
    const { html, ctx } = service({
      'T.html':
        '<p><? for (var i = 0; i < items.length; i++) { ?><b><?= items[i] ?></b><? } ?></p><?!= raw ?>',
    });
    const t = html.createTemplateFromFile('T') as unknown as Record<string, unknown> &
      GoogleAppsScript.HTML.HtmlTemplate;
    t['items'] = ['a&b', '<i>"x"</i>'];
    t['raw'] = '<hr>';
    const out = t.evaluate();
    expect(out.getContent()).toBe('<p><b>a&amp;b</b><b>&lt;i&gt;&quot;x&quot;&lt;/i&gt;</b></p><hr>');
    expect(ctx.meter.snapshot().byMethod['HtmlService.createTemplateFromFile']).toBe(1);
  });

  it('prints a JavaScript literal inside <script>, safe against </script>', () => {
    const { html } = service();
    const t = html.createTemplate('<script>var d = <?= data ?>;</script>') as unknown as Record<
      string,
      unknown
    > &
      GoogleAppsScript.HTML.HtmlTemplate;
    t['data'] = { title: '</script><script>alert(1)</script>' };
    const c = t.evaluate().getContent();
    expect(c).not.toContain('</script><script>');
    expect(c).toBe(
      '<script>var d = {"title":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"};</script>',
    );
  });

  it('serves files raw, keeps title and size, and fails on a missing file', () => {
    const { html } = service({ 'Raw.html': '<?= not evaluated ?>' });
    const out = html.createHtmlOutputFromFile('Raw').setTitle('T').setWidth(300).setHeight(200);
    expect(out.getContent()).toBe('<?= not evaluated ?>');
    expect([out.getTitle(), out.getWidth(), out.getHeight()]).toEqual(['T', 300, 200]);
    expect(() => html.createTemplateFromFile('Nope')).toThrow('No HTML file named Nope was found.');
  });
});
