// planbook ui: the dialogs and the sidebar in a browser, on 127.0.0.1 only, against a workspace.
// A page is what the bundle's HtmlService produced (the menu function runs in the emulator and the Ui
// fake records the dialog), plus a google.script.run shim whose calls POST to /run, where the same
// top-level function of dist/Code.js runs in the emulator (Runtime.run) and answers JSON.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type OpenOptions, Runtime } from '../../localgas/runtime';
import { escapeHtml } from '../../localgas/services/html';
import type { ScriptAppFake } from '../../localgas/services/scriptApp';
import type { RecordedDialog, UiFake } from '../../localgas/services/ui';
import { runWebApp } from '../../localgas/webapp';
import { PLANBOOK } from '../product';
import { cliText } from '../texts';
import type { Command } from './types';

/** The dialogs a person can open from the menu, by the menu function that opens each. */
export const DIALOGS = [
  { id: 'setup', fn: 'menuSetup', label: 'Мастер настройки' },
  { id: 'import', fn: 'menuImport', label: 'Импорт плана' },
  { id: 'status', fn: 'menuStatus', label: 'Состояние (боковая панель)' },
  { id: 'settings', fn: 'menuSettings', label: 'Настройки' },
  { id: 'help', fn: 'menuHelp', label: 'Справка' },
] as const;

export interface UiServer {
  url: string;
  runtime: Runtime;
  server: Server;
  close(): Promise<void>;
}

export interface UiServerOptions extends Partial<OpenOptions> {
  workspace: string;
  port?: number;
  /** An already open runtime (the CLI's); otherwise one is opened and closed with the server. */
  runtime?: Runtime;
  /** Deploy the script's web app at this server's /exec (default true), so new mails carry its links. */
  deploy?: boolean;
}

/**
 * What google.script.run may carry (G/html/reference/run): primitives, plain objects and arrays of them.
 * Returns the path of the first illegal value, or null. Values may come from the script's vm realm, so
 * plain objects are recognised by their prototype chain, not by instanceof.
 */
export function illegalValue(v: unknown, path = 'value', seen = new Set<unknown>()): string | null {
  if (v === null || v === undefined) return null;
  const type = typeof v;
  if (type === 'string' || type === 'boolean') return null;
  if (type === 'number') return null;
  if (type !== 'object') return path;
  if (seen.has(v)) return path;
  seen.add(v);
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const bad = illegalValue(v[i], `${path}[${i}]`, seen);
      if (bad) return bad;
    }
    return null;
  }
  const proto = Object.getPrototypeOf(v);
  const plain =
    proto === null || (Object.getPrototypeOf(proto) === null && proto.constructor?.name === 'Object');
  if (!plain) return path;
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    const bad = illegalValue(x, `${path}.${k}`, seen);
    if (bad) return bad;
  }
  return null;
}

/** The client side of google.script.run and google.script.host, talking to this server. */
function shim(): string {
  return `<script>
(function () {
  function plain(v, seen) {
    if (v === null || v === undefined) return true;
    var t = typeof v;
    if (t === 'string' || t === 'number' || t === 'boolean') return true;
    if (t !== 'object' || seen.indexOf(v) >= 0) return false;
    seen.push(v);
    if (Array.isArray(v)) return v.every(function (x) { return plain(x, seen); });
    var p = Object.getPrototypeOf(v);
    if (p !== Object.prototype && p !== null) return false;
    return Object.keys(v).every(function (k) { return plain(v[k], seen); });
  }
  function runner(ok, fail, user) {
    return new Proxy({}, {
      get: function (_, name) {
        if (name === 'withSuccessHandler') return function (f) { return runner(f, fail, user); };
        if (name === 'withFailureHandler') return function (f) { return runner(ok, f, user); };
        if (name === 'withUserObject') return function (u) { return runner(ok, fail, u); };
        if (typeof name !== 'string') return undefined;
        return function () {
          var args = Array.prototype.slice.call(arguments);
          var failWith = function (msg) {
            var e = new Error(msg);
            setTimeout(function () { if (fail) fail(e, user); else console.error(e); }, 0);
          };
          if (!plain(args, [])) return failWith('Failed due to illegal value in the arguments of ' + name);
          window.__pbPending = (window.__pbPending || 0) + 1;
          fetch('/run', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ fn: name, args: args }) })
            .then(function (r) { return r.json(); })
            .then(function (res) {
              window.__pbPending--;
              if (res.ok) { if (ok) ok(res.value, user); } else if (fail) fail(new Error(res.error), user); else console.error(res.error);
              if (res.open) location.href = res.open;
            }, function (e) { window.__pbPending--; if (fail) fail(e, user); });
        };
      }
    });
  }
  window.google = { script: {
    run: runner(null, null, undefined),
    host: {
      origin: location.origin,
      close: function () { window.__pbClosed = true; location.href = '/?closed=1'; },
      setHeight: function () {}, setWidth: function () {}, editor: { focus: function () {} }
    },
    sandbox: { mode: 'IFRAME' }
  } };
})();
</script>`;
}

function withShim(html: string): string {
  const m = /<head[^>]*>/i.exec(html);
  if (!m) return shim() + html;
  const at = m.index + m[0].length;
  return html.slice(0, at) + shim() + html.slice(at);
}

function indexPage(shown: string | null): string {
  const items = DIALOGS.map(
    (d) => `<li><a href="/dialog/${d.id}">${escapeHtml(d.label)}</a> <code>${escapeHtml(d.fn)}</code></li>`,
  ).join('\n');
  return `<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>planbook ui</title>
<style>body{font:15px/1.5 Arial,sans-serif;margin:2em;max-width:40em}li{margin:.4em 0}code{color:#5f6368}</style></head>
<body><h1>planbook: диалоги</h1>${shown ? `<p>${escapeHtml(shown)}</p>` : ''}
<p>Диалоги таблицы «План мероприятий», как их показывает Google Таблица; ответы на google.script.run даёт скрипт в эмуляторе.</p>
<ul>${items}</ul></body></html>`;
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, {
    'Content-Type': `${type}; charset=utf-8`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(body);
}

async function readBody(req: IncomingMessage, limit = 5_000_000): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req) {
    size += (c as Buffer).length;
    if (size > limit) throw new Error('request too large');
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startUiServer(opts: UiServerOptions): Promise<UiServer> {
  const own = !opts.runtime;
  const rt = opts.runtime ?? (await Runtime.open({ product: PLANBOOK, ...opts, workspace: opts.workspace }));
  const ui = () => (rt.service('spreadsheet') as unknown as { ui: UiFake }).ui;
  const shown: RecordedDialog[] = [];
  // One execution at a time, as the runtime keeps one set of fakes.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(f: () => Promise<T>): Promise<T> => {
    const p = queue.then(f, f);
    queue = p.catch(() => undefined);
    return p;
  };
  /** Runs fn; a dialog the run showed is kept and its address returned. */
  const execute = (fn: string, args: unknown[]) =>
    serial(async () => {
      const before = ui().dialogs.length;
      const before2 = ui().alerts.length;
      const outcome = await rt.run(fn, ...args);
      const dialogs = ui().dialogs.slice(before);
      const alerts = ui()
        .alerts.slice(before2)
        .map((a) => (a.title ? `${a.title}: ${a.prompt}` : a.prompt));
      let open: string | undefined;
      const last = dialogs[dialogs.length - 1];
      if (last) {
        shown.push(last);
        open = `/shown/${shown.length - 1}`;
      }
      return { outcome, open, alerts };
    });

  let origin = '';
  const server = createServer((req, res) => {
    void handle(req, res).catch((e) =>
      send(res, 500, 'text/plain', String(e instanceof Error ? e.message : e)),
    );
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Loopback only, and only pages of this server (no DNS rebinding, no cross-site posts).
    const host = req.headers.host ?? '';
    const port = (server.address() as AddressInfo).port;
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`)
      return send(res, 403, 'text/plain', 'forbidden host');
    const url = new URL(req.url ?? '/', origin);
    if (req.method === 'GET' && url.pathname === '/') {
      return send(res, 200, 'text/html', indexPage(url.searchParams.has('closed') ? 'Диалог закрыт.' : null));
    }
    const dialog = /^\/dialog\/([a-z]+)$/.exec(url.pathname);
    if (req.method === 'GET' && dialog) {
      const d = DIALOGS.find((x) => x.id === dialog[1]);
      if (!d) return send(res, 404, 'text/plain', 'no such dialog');
      const r = await execute(d.fn, []);
      const page = r.open ? shown[shown.length - 1] : undefined;
      if (!page) {
        const why = r.outcome.error?.message ?? (r.alerts.join('\n') || 'Диалог не открылся.');
        return send(res, 500, 'text/html', indexPage(why));
      }
      return send(res, 200, 'text/html', withShim(page.html));
    }
    const shownMatch = /^\/shown\/(\d+)$/.exec(url.pathname);
    if (req.method === 'GET' && shownMatch) {
      const page = shown[Number(shownMatch[1])];
      if (!page) return send(res, 404, 'text/plain', 'no such dialog');
      return send(res, 200, 'text/html', withShim(page.html));
    }
    if (req.method === 'GET' && url.pathname === '/dialogs.json') {
      return send(
        res,
        200,
        'application/json',
        JSON.stringify(
          shown.map((d, i) => ({ i, kind: d.kind, title: d.title, width: d.width, height: d.height })),
        ),
      );
    }
    // The web app (doGet/doPost), deployed at /exec as Apps Script deploys it at …/exec.
    if (url.pathname === '/exec' || url.pathname.startsWith('/exec/')) {
      if (req.method === 'GET') {
        const r = await serial(() => runWebApp(rt, url));
        return send(res, r.status, r.status === 200 ? 'text/html' : 'text/plain', r.html);
      }
      if (req.method === 'POST') {
        // A form of this server's pages, or a client without a browser's Origin (curl, planbook answer).
        if (req.headers.origin !== undefined && req.headers.origin !== origin)
          return send(res, 403, 'text/plain', 'forbidden');
        const type = String(req.headers['content-type'] ?? '');
        const r = await serial(async () =>
          runWebApp(rt, url, { type, contents: await readBody(req, 200_000) }),
        );
        return send(res, r.status, r.status === 200 ? 'text/html' : 'text/plain', r.html);
      }
      return send(res, 405, 'text/plain', 'method not allowed');
    }
    if (req.method === 'POST' && url.pathname === '/run') {
      const fromPage = req.headers.origin === undefined || req.headers.origin === origin;
      if (!fromPage || !String(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return send(res, 403, 'application/json', JSON.stringify({ ok: false, error: 'forbidden' }));
      }
      let call: { fn?: unknown; args?: unknown };
      try {
        call = JSON.parse(await readBody(req));
      } catch {
        return send(res, 400, 'application/json', JSON.stringify({ ok: false, error: 'bad request' }));
      }
      const fn = typeof call.fn === 'string' ? call.fn : '';
      const args = Array.isArray(call.args) ? call.args : [];
      const reply = (o: Record<string, unknown>) => send(res, 200, 'application/json', JSON.stringify(o));
      // Functions whose names end in "_" are private: google.script.run can't call them (G/html/reference/run).
      if (!/^[A-Za-z$][\w$]*$/.test(fn) || fn.endsWith('_')) {
        return reply({ ok: false, error: `Script function not found: ${fn}` });
      }
      let r: Awaited<ReturnType<typeof execute>>;
      try {
        r = await execute(fn, args);
      } catch (e) {
        // Runtime.run throws when Code.js has no such top-level function.
        return reply({ ok: false, error: e instanceof Error ? e.message : String(e) });
      }
      if (r.outcome.killed)
        return reply({ ok: false, error: 'Execution killed (emulator fault plan).', open: r.open });
      if (r.outcome.error) return reply({ ok: false, error: r.outcome.error.message, open: r.open });
      const bad = illegalValue(r.outcome.value);
      if (bad) return reply({ ok: false, error: `Failed due to illegal value in ${bad}` });
      return reply({ ok: true, value: r.outcome.value ?? null, open: r.open, alerts: r.alerts });
    }
    return send(res, 404, 'text/plain', 'not found');
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  if (opts.deploy !== false) {
    rt.service<ScriptAppFake>('scriptApp').deployWebApp(`${origin}/exec`);
  }
  return {
    url: origin,
    runtime: rt,
    server,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections?.();
      await queue.catch(() => undefined);
      if (own) await rt.close();
    },
  };
}

export const uiCmd: Command = {
  name: 'ui',
  usage: 'planbook ui [--port N]',
  summary:
    'диалоги (мастер, импорт, состояние, справка) и веб-приложение «Отметить результат» в браузере на 127.0.0.1',
  summaryEn:
    'the dialogs (wizard, import, status, help) and the «Record the result» web app in a browser on 127.0.0.1',
  options: [
    { name: 'port', value: 'N', help: { ru: 'порт (по умолчанию 8765)', en: 'the port (default 8765)' } },
  ],
  async run(args, io, open) {
    const rt = await open();
    const port = typeof args.flags['port'] === 'string' ? Number(args.flags['port']) : 8765;
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      await rt.close();
      io.err(`planbook ui: ${cliText(args.lang)('badPort', { port: String(args.flags['port']) })}`);
      return 2;
    }
    const srv = await startUiServer({ workspace: args.workspace, runtime: rt, port });
    io.out(cliText(args.lang)('uiServing', { url: srv.url, dir: rt.workspace.dir }));
    io.out(
      `Веб-приложение «Отметить результат»: ${srv.url}/exec — ссылки на него будут в новых письмах (outbox/).`,
    );
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await srv.close();
    await rt.close();
    return 0;
  },
};
