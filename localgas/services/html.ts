// HtmlService: dialogs and sidebars from the .html files next to Code.js (dist/), as Apps Script serves
// them from the project's HTML files. See shared/APPS-SCRIPT-FACTS.md section 7.
//
// Templates (G/html/templates): `<? code ?>` runs code, `<?= expr ?>` prints with contextual escaping,
// `<?!= expr ?>` prints raw. Scriptlets run once, at evaluate(), with the template's properties in scope.
// Approximation: real scriptlets also see the script's globals (its functions, the services); here they
// see only the template's properties and the JavaScript built-ins, so a script passes everything a
// template needs as properties. Contextual escaping here: inside a <script> element a value prints as a
// JavaScript literal (JSON with <, >, & escaped); everywhere else it is HTML-escaped (& < > " ').
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_DIR } from '../paths';
import type { FakeService, ServiceContext } from '../service';

type HtmlOutputApi = Pick<
  GoogleAppsScript.HTML.HtmlOutput,
  | 'getContent'
  | 'setContent'
  | 'append'
  | 'appendUntrusted'
  | 'clear'
  | 'getTitle'
  | 'setTitle'
  | 'getWidth'
  | 'setWidth'
  | 'getHeight'
  | 'setHeight'
  | 'setXFrameOptionsMode'
  | 'setSandboxMode'
  | 'addMetaTag'
  | 'setFaviconUrl'
>;

type HtmlServiceApi = Pick<
  GoogleAppsScript.HTML.HtmlService,
  | 'createHtmlOutput'
  | 'createHtmlOutputFromFile'
  | 'createTemplate'
  | 'createTemplateFromFile'
  | 'XFrameOptionsMode'
  | 'SandboxMode'
>;

const SANDBOX_MODE = Object.freeze({ EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' });
const XFRAME_OPTIONS_MODE = Object.freeze({ ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' });

export function escapeHtml(v: unknown): string {
  return String(v)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function jsLiteral(v: unknown): string {
  const json = JSON.stringify(v === undefined ? null : v) ?? 'null';
  return json
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

type Part = { kind: 'text' | 'code' | 'print' | 'raw'; text: string; inScript: boolean };

/** Splits a template into text and scriptlets, noting which printing scriptlets sit inside <script>. */
export function parseTemplate(src: string): Part[] {
  const parts: Part[] = [];
  const re = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  let html = '';
  for (let m = re.exec(src); m; m = re.exec(src)) {
    const text = src.slice(last, m.index);
    html += text;
    parts.push({ kind: 'text', text, inScript: false });
    const inScript = html.toLowerCase().lastIndexOf('<script') > html.toLowerCase().lastIndexOf('</script');
    parts.push({ kind: m[1] === '=' ? 'print' : m[1] === '!=' ? 'raw' : 'code', text: m[2]!, inScript });
    last = re.lastIndex;
  }
  parts.push({ kind: 'text', text: src.slice(last), inScript: false });
  return parts.filter((p) => p.kind !== 'text' || p.text);
}

/** The JavaScript a template compiles to (what getCode() shows). */
export function templateCode(src: string): string {
  const lines = parseTemplate(src).map((p) => {
    if (p.kind === 'text') return `__out.push(${JSON.stringify(p.text)});`;
    if (p.kind === 'code') return p.text;
    return `__out.push(__print(${p.text.trim() || 'undefined'}, ${p.kind === 'raw' ? "'raw'" : p.inScript ? "'js'" : "'html'"}));`;
  });
  return lines.join('\n');
}

function printValue(v: unknown, mode: 'raw' | 'js' | 'html'): string {
  if (mode === 'js') return jsLiteral(v);
  const s = v === undefined || v === null ? '' : String(v);
  return mode === 'raw' ? s : escapeHtml(s);
}

export class HtmlServiceFake implements FakeService {
  readonly name = 'html';
  /** Every output the script evaluated or created in this runtime (newest last). */
  readonly outputs: HtmlOutputApi[] = [];

  constructor(
    private readonly ctx: ServiceContext,
    private readonly distDir: string = ctx.distDir ?? DIST_DIR,
  ) {}

  private hit(m: string): void {
    this.ctx.meter.hit(`HtmlService.${m}`);
  }

  private readFile(name: string): string {
    const file = join(this.distDir, name.endsWith('.html') ? name : `${name}.html`);
    // The message Apps Script gives for a missing file (UNVERIFIED wording).
    if (!existsSync(file)) throw new Error(`No HTML file named ${name} was found.`);
    return readFileSync(file, 'utf8');
  }

  output(initial = ''): HtmlOutputApi {
    let content = initial;
    let title = '';
    let width = 600;
    let height = 400;
    const hit = (m: string) => this.hit(`HtmlOutput.${m}`);
    const self = (m: string): HtmlOutputApi => {
      hit(m);
      return out;
    };
    const out: HtmlOutputApi = {
      getContent: () => {
        hit('getContent');
        return content;
      },
      setContent: (c: string) => {
        content = String(c);
        return self('setContent') as never;
      },
      append: (c: string) => {
        content += String(c);
        return self('append') as never;
      },
      appendUntrusted: (c: string) => {
        content += escapeHtml(c);
        return self('appendUntrusted') as never;
      },
      clear: () => {
        content = '';
        return self('clear') as never;
      },
      getTitle: () => {
        hit('getTitle');
        return title;
      },
      setTitle: (t: string) => {
        title = String(t);
        return self('setTitle') as never;
      },
      getWidth: () => {
        hit('getWidth');
        return width;
      },
      setWidth: (w: number) => {
        width = Number(w);
        return self('setWidth') as never;
      },
      getHeight: () => {
        hit('getHeight');
        return height;
      },
      setHeight: (h: number) => {
        height = Number(h);
        return self('setHeight') as never;
      },
      setXFrameOptionsMode: () => self('setXFrameOptionsMode') as never,
      // Only IFRAME is left; setSandboxMode does nothing (R/html/sandbox-mode).
      setSandboxMode: () => self('setSandboxMode') as never,
      addMetaTag: () => self('addMetaTag') as never,
      setFaviconUrl: () => self('setFaviconUrl') as never,
    };
    this.outputs.push(out);
    return out;
  }

  template(src: string): GoogleAppsScript.HTML.HtmlTemplate {
    const self = this;
    const tpl: Record<string, unknown> &
      Pick<
        GoogleAppsScript.HTML.HtmlTemplate,
        'evaluate' | 'getCode' | 'getCodeWithComments' | 'getRawContent'
      > = {
      evaluate() {
        self.hit('HtmlTemplate.evaluate');
        const props: Record<string, unknown> = {};
        for (const k of Object.keys(tpl)) if (!TEMPLATE_METHODS.has(k)) props[k] = tpl[k];
        const out: string[] = [];
        // Sloppy-mode function so `with` puts the properties in scope, as Apps Script does.
        const run = new Function('__props', '__out', '__print', `with (__props) {\n${templateCode(src)}\n}`);
        run(props, out, printValue);
        return self.output(out.join('')) as unknown as GoogleAppsScript.HTML.HtmlOutput;
      },
      getCode() {
        self.hit('HtmlTemplate.getCode');
        return templateCode(src);
      },
      getCodeWithComments() {
        self.hit('HtmlTemplate.getCodeWithComments');
        return templateCode(src);
      },
      getRawContent() {
        self.hit('HtmlTemplate.getRawContent');
        return src;
      },
    };
    return tpl as unknown as GoogleAppsScript.HTML.HtmlTemplate;
  }

  globals(): Record<string, unknown> {
    const api: HtmlServiceApi = {
      createHtmlOutput: ((html?: unknown) => {
        this.hit('createHtmlOutput');
        return this.output(html === undefined ? '' : String(html));
      }) as never,
      createHtmlOutputFromFile: (name: string) => {
        this.hit('createHtmlOutputFromFile');
        // Served raw: scriptlets are not evaluated (R/html/html-service#createHtmlOutputFromFile).
        return this.output(this.readFile(name)) as never;
      },
      createTemplate: ((src: unknown) => {
        this.hit('createTemplate');
        return this.template(String(src));
      }) as never,
      createTemplateFromFile: (name: string) => {
        this.hit('createTemplateFromFile');
        return this.template(this.readFile(name));
      },
      XFrameOptionsMode: XFRAME_OPTIONS_MODE as never,
      SandboxMode: SANDBOX_MODE as never,
    };
    return { HtmlService: api };
  }
}

const TEMPLATE_METHODS = new Set(['evaluate', 'getCode', 'getCodeWithComments', 'getRawContent']);
