// The event object Apps Script passes to a web app's doGet(e) / doPost(e) (G/apps-script/guides/web,
// "Request parameters"): queryString, parameter (first value of each), parameters (all values),
// pathInfo, contextPath (always ''), contentLength (-1 for GET) and, for POST, postData. Parameters of
// an application/x-www-form-urlencoded body join those of the query string, as a form POST gives them.

export interface WebAppEvent {
  queryString: string;
  parameter: Record<string, string>;
  parameters: Record<string, string[]>;
  pathInfo?: string;
  contextPath: string;
  contentLength: number;
  postData?: { length: number; type: string; contents: string; name: 'postData' };
}

/** The event of a request to `url` (its path after /exec is pathInfo), with an optional POST body. */
export function webAppEvent(url: URL, post?: { type: string; contents: string }): WebAppEvent {
  const parameters: Record<string, string[]> = {};
  const add = (params: URLSearchParams) => {
    for (const [k, v] of params) {
      const list = parameters[k] ?? [];
      list.push(v);
      parameters[k] = list;
    }
  };
  add(url.searchParams);
  if (post && post.type.split(';')[0]!.trim() === 'application/x-www-form-urlencoded')
    add(new URLSearchParams(post.contents));
  const parameter: Record<string, string> = {};
  for (const [k, v] of Object.entries(parameters)) parameter[k] = v[0]!;
  const path = /\/exec\/(.+)$/.exec(url.pathname)?.[1];
  const length = post ? Buffer.byteLength(post.contents, 'utf8') : -1;
  return {
    queryString: url.search.replace(/^\?/, ''),
    parameter,
    parameters,
    ...(path ? { pathInfo: decodeURIComponent(path) } : {}),
    contextPath: '',
    contentLength: length,
    ...(post ? { postData: { length, type: post.type, contents: post.contents, name: 'postData' } } : {}),
  };
}

/** What a web app request answers: the HtmlOutput's content (or TextOutput's), or the script's error. */
export interface WebAppAnswer {
  status: number;
  html: string;
}

interface RunsScripts {
  run(fn: string, ...args: unknown[]): Promise<{ value?: unknown; killed: boolean; error?: Error }>;
}

/** Runs doGet (no body) or doPost with the request's event, as one execution of the script. */
export async function runWebApp(
  rt: RunsScripts,
  url: URL,
  post?: { type: string; contents: string },
): Promise<WebAppAnswer> {
  const fn = post ? 'doPost' : 'doGet';
  let out: Awaited<ReturnType<RunsScripts['run']>>;
  try {
    out = await rt.run(fn, webAppEvent(url, post));
  } catch {
    // Google's page for a script without the function: "Script function not found: doGet".
    return { status: 404, html: `Script function not found: ${fn}` };
  }
  if (out.killed) return { status: 500, html: 'The script was stopped (emulator fault plan).' };
  if (out.error) return { status: 500, html: `Error: ${out.error.message}` };
  const v = out.value as { getContent?: () => string } | undefined;
  if (!v || typeof v.getContent !== 'function')
    return { status: 500, html: 'The script completed but did not return anything.' };
  return { status: 200, html: v.getContent() };
}
