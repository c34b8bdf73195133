// XmlService: parse() into a read-only tree of Elements, as strict as Google's where code relies on it.
// developers.google.com/apps-script/reference/xml-service/xml-service#parse(String),
// .../xml-service/element: getName() is the LOCAL name; getChildren(name) and getAttribute(name) without
// a Namespace find only nodes in NO namespace (so «w:p» of a .docx is not getChildren('p'));
// getText() is the element's own text, getValue() all the text below it. Malformed XML throws
// «Error on line N: …» as the Xerces parser behind XmlService does.
import type { FakeService, ServiceContext } from '../service';

type XEl = GoogleAppsScript.XML_Service.Element;
type XNs = GoogleAppsScript.XML_Service.Namespace;

interface Ns {
  prefix: string;
  uri: string;
}

interface Node {
  kind: 'el' | 'text';
  text?: string;
  name?: string;
  ns?: Ns;
  attrs?: { name: string; ns: Ns | null; value: string }[];
  children?: Node[];
}

const NO_NS: Ns = { prefix: '', uri: '' };

function nsObject(ns: Ns): XNs {
  return { getPrefix: () => ns.prefix, getURI: () => ns.uri } as unknown as XNs;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(s: string, line: () => number): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (_m, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(
        e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)),
      );
    const v = ENTITIES[e];
    if (v === undefined)
      throw new Error(`Error on line ${line()}: The entity "${e}" was referenced, but not declared.`);
    return v;
  });
}

export function parseXml(xml: string): Node {
  let i = 0;
  const line = () => xml.slice(0, i).split('\n').length;
  const fail = (msg: string): never => {
    throw new Error(`Error on line ${line()}: ${msg}`);
  };
  const stack: { node: Node; qname: string; scope: Map<string, string> }[] = [];
  let root: Node | null = null;
  const skipProlog = () => {
    for (;;) {
      while (/\s/.test(xml.charAt(i))) i++;
      if (xml.startsWith('<?', i)) i = xml.indexOf('?>', i) + 2;
      else if (xml.startsWith('<!--', i)) i = xml.indexOf('-->', i) + 3;
      else if (xml.startsWith('<!DOCTYPE', i)) i = xml.indexOf('>', i) + 1;
      else return;
      if (i < 2) fail('XML document structures must start and end within the same entity.');
    }
  };
  xml = xml.replace(/^\uFEFF/, '');
  skipProlog();
  if (xml.charAt(i) !== '<') fail('Content is not allowed in prolog.');
  while (i < xml.length) {
    if (xml.startsWith('<!--', i)) {
      const e = xml.indexOf('-->', i);
      if (e < 0) fail('XML document structures must start and end within the same entity.');
      i = e + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', i)) {
      const e = xml.indexOf(']]>', i);
      if (e < 0 || !stack.length) fail('XML document structures must start and end within the same entity.');
      stack[stack.length - 1]!.node.children!.push({ kind: 'text', text: xml.slice(i + 9, e) });
      i = e + 3;
      continue;
    }
    if (xml.startsWith('<?', i)) {
      i = xml.indexOf('?>', i) + 2;
      continue;
    }
    if (xml.startsWith('</', i)) {
      const e = xml.indexOf('>', i);
      const qname = xml.slice(i + 2, e).trim();
      const top = stack.pop();
      if (!top || top.qname !== qname)
        fail(
          `The element type "${top?.qname ?? qname}" must be terminated by the matching end-tag "</${top?.qname ?? qname}>".`,
        );
      i = e + 1;
      if (!stack.length) {
        while (/\s/.test(xml.charAt(i))) i++;
        if (i < xml.length && !xml.startsWith('<!--', i) && !xml.startsWith('<?', i))
          fail('Content is not allowed in trailing section.');
      }
      continue;
    }
    if (xml.charAt(i) === '<') {
      if (root && !stack.length)
        fail('The markup in the document following the root element must be well-formed.');
      const m = /^<([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(
        xml.slice(i, i + 100000),
      );
      if (!m) return fail('Element type is not followed by well-formed attributes.');
      const qname = m[1]!;
      const scope = new Map(stack.length ? stack[stack.length - 1]!.scope : []);
      const raw: [string, string][] = [];
      for (const a of (m[2] ?? '').matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        const an = a[1]!;
        const av = decode(a[2] ?? a[3] ?? '', line);
        if (an === 'xmlns') scope.set('', av);
        else if (an.startsWith('xmlns:')) scope.set(an.slice(6), av);
        else raw.push([an, av]);
      }
      const resolve = (q: string, isAttr: boolean): { local: string; ns: Ns | null } => {
        const c = q.indexOf(':');
        if (c < 0)
          return {
            local: q,
            ns: isAttr ? null : scope.has('') ? { prefix: '', uri: scope.get('')! } : NO_NS,
          };
        const prefix = q.slice(0, c);
        const uri = prefix === 'xml' ? 'http://www.w3.org/XML/1998/namespace' : scope.get(prefix);
        if (uri === undefined) fail(`The prefix "${prefix}" for element "${q}" is not bound.`);
        return { local: q.slice(c + 1), ns: { prefix, uri: uri! } };
      };
      const r = resolve(qname, false);
      const node: Node = {
        kind: 'el',
        name: r.local,
        ns: r.ns ?? NO_NS,
        attrs: raw.map(([an, av]) => {
          const ra = resolve(an, true);
          return { name: ra.local, ns: ra.ns, value: av };
        }),
        children: [],
      };
      if (stack.length) stack[stack.length - 1]!.node.children!.push(node);
      else root = node;
      i += m[0].length;
      if (!m[3]) stack.push({ node, qname, scope });
      continue;
    }
    const e = xml.indexOf('<', i);
    const end = e < 0 ? xml.length : e;
    const text = xml.slice(i, end);
    if (!stack.length) {
      if (text.trim()) fail('Content is not allowed in trailing section.');
    } else stack[stack.length - 1]!.node.children!.push({ kind: 'text', text: decode(text, line) });
    i = end;
  }
  if (stack.length || !root) fail('XML document structures must start and end within the same entity.');
  return root!;
}

const sameNs = (a: Ns | null, b: XNs | undefined): boolean =>
  b === undefined ? a === null || a.uri === '' : (a?.uri ?? '') === b.getURI();

function allText(n: Node): string {
  return n.kind === 'text' ? (n.text ?? '') : (n.children ?? []).map(allText).join('');
}

function element(n: Node): XEl {
  const kids = () => (n.children ?? []).filter((c) => c.kind === 'el');
  const el = {
    getName: () => n.name ?? '',
    getNamespace: () => nsObject(n.ns ?? NO_NS),
    getQualifiedName: () => (n.ns?.prefix ? n.ns.prefix + ':' : '') + (n.name ?? ''),
    getChildren: (name?: string, ns?: XNs) =>
      kids()
        .filter((c) => name === undefined || (c.name === name && sameNs(c.ns ?? NO_NS, ns)))
        .map(element),
    getChild: (name: string, ns?: XNs) => {
      const c = kids().find((k) => k.name === name && sameNs(k.ns ?? NO_NS, ns));
      return c ? element(c) : null;
    },
    getAttribute: (name: string, ns?: XNs) => {
      const a = (n.attrs ?? []).find((x) => x.name === name && sameNs(x.ns, ns));
      return a ? attribute(a) : null;
    },
    getAttributes: () => (n.attrs ?? []).map(attribute),
    getText: () =>
      (n.children ?? [])
        .filter((c) => c.kind === 'text')
        .map((c) => c.text ?? '')
        .join(''),
    getValue: () => allText(n),
  };
  return el as unknown as XEl;
}

function attribute(a: {
  name: string;
  ns: Ns | null;
  value: string;
}): GoogleAppsScript.XML_Service.Attribute {
  return {
    getName: () => a.name,
    getValue: () => a.value,
    getNamespace: () => nsObject(a.ns ?? NO_NS),
  } as unknown as GoogleAppsScript.XML_Service.Attribute;
}

export class XmlFake implements FakeService {
  readonly name = 'xml';
  constructor(private readonly ctx: ServiceContext) {}

  globals(): Record<string, unknown> {
    const hit = (m: string) => this.ctx.meter.hit(m);
    return {
      XmlService: {
        parse: (xml: string) => {
          hit('XmlService.parse');
          const root = parseXml(String(xml));
          return { getRootElement: () => element(root) };
        },
        getNamespace: (a: string, b?: string) =>
          nsObject(b === undefined ? { prefix: '', uri: a } : { prefix: a, uri: b }),
        getNoNamespace: () => nsObject(NO_NS),
      },
    };
  }
}
